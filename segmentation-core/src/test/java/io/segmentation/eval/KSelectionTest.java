package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.KMeans;
import io.segmentation.eval.KSelection.Criterion;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

final class KSelectionTest {
    private static final Blobs FOUR = Blobs.of(600, 2, 4, 8.0, 21);

    @Test
    void every_criterion_finds_four_well_separated_blobs_with_k_means() {
        KSelectionReport report = KSelection.builder().kBetween(2, 8).gapReferences(5).seed(1).build()
                .run(k -> KMeans.builder().k(k).nInit(3).seed(7).build(), FOUR.x);
        assertEquals(4, report.recommendedK(), report.toText());
        assertEquals(4, report.choice(Criterion.ELBOW), report.toText());
        assertEquals(4, report.choice(Criterion.GAP), report.toText());
        assertEquals(4, report.choice(Criterion.CALINSKI_HARABASZ), report.toText());
        assertEquals(4, report.choice(Criterion.DAVIES_BOULDIN), report.toText());
        assertEquals(-1, report.choice(Criterion.BIC), "k-means fits have no BIC");
        assertTrue(report.reason().startsWith(String.format(java.util.Locale.ROOT, "k=4: highest silhouette %.2f; ",
                report.candidate(4).silhouette())), report.reason());
        assertThat(report.reason()).contains("the elbow").contains("agree");
        assertEquals(1.0, AdjustedRand.of(FOUR.labels, report.recommendedModel().labels()), 1e-15);
        assertEquals(7, report.candidates().size());
    }

    @Test
    void bic_of_gaussian_mixtures_finds_the_blobs_too() {
        KSelectionReport report = KSelection.builder().kBetween(2, 6).gapReferences(0).criterion(Criterion.BIC).build()
                .run(k -> GaussianMixture.builder().k(k).seed(3).build(), FOUR.x);
        assertEquals(4, report.recommendedK(), report.toText());
        assertThat(report.reason()).startsWith("k=4: lowest BIC ");
        assertTrue(Double.isFinite(report.candidate(3).aic()));
        assertTrue(Double.isNaN(report.candidate(3).gap()));
    }

    @Test
    void computes_inertia_and_scores_of_each_fit_from_its_labels() {
        // A stand-in clusterer that returns the true blob labels whatever k is asked: every candidate then
        // has the same scores, equal to the metrics computed directly, and ties go to the smallest k.
        FixedPartition truth = new FixedPartition("truth", FOUR.labels);
        KSelectionReport report = KSelection.builder().kBetween(2, 4).gapReferences(0).build().run(k -> truth, FOUR.x);
        double silhouette = Silhouette.exact(FOUR.x, FOUR.labels).score();
        for (KCandidate c : report.candidates()) {
            assertEquals(silhouette, c.silhouette(), 0.0);
            assertEquals(CalinskiHarabasz.of(FOUR.x, FOUR.labels), c.calinskiHarabasz(), 0.0);
            assertEquals(DaviesBouldin.of(FOUR.x, FOUR.labels), c.daviesBouldin(), 0.0);
            assertEquals(4, c.clusters());
            assertEquals(1.0, c.sizeSpread());
        }
        assertEquals(2, report.recommendedK());
        // A flat inertia curve has no elbow.
        assertEquals(-1, report.choice(Criterion.ELBOW));
        // Header, one line per k, the reason.
        String[] lines = report.toText().split("\n");
        assertEquals(5, lines.length);
        assertEquals(report.reason(), lines[4]);
    }

    @Test
    void gap_statistic_prefers_one_cluster_for_uniform_noise() {
        // Uniform data has no structure: Tibshirani's rule should stop at the smallest k, k = 1. The rule
        // compares noisy estimates (gap(1) against gap(2) - s(2)), so a single data set can still pick 2 by
        // chance; over 5 independent data sets of 1000 rows with B = 20, at least 4 must pick k = 1.
        int ones = 0;
        StringBuilder tables = new StringBuilder();
        for (long seed = 1; seed <= 5; seed++) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            DMatrixRMaj x = DMatrixRMaj.wrap(1000, 2, random.doubles(2000).toArray());
            KSelectionReport report = KSelection.builder().kBetween(1, 4).gapReferences(20).criterion(Criterion.GAP)
                    .seed(seed).build().run(k -> KMeans.builder().k(k).seed(1).build(), x);
            assertTrue(Double.isNaN(report.candidate(1).silhouette()));
            if (report.recommendedK() == 1) {
                ones++;
            }
            tables.append(report.toText()).append('\n');
        }
        assertThat(ones).as(tables.toString()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void the_same_seed_gives_the_same_report() {
        KSelection selection = KSelection.builder().kBetween(2, 4).gapReferences(3).seed(9).build();
        KSelectionReport a = selection.run(k -> KMeans.builder().k(k).seed(2).build(), FOUR.x);
        KSelectionReport b = selection.run(k -> KMeans.builder().k(k).seed(2).build(), FOUR.x);
        for (int k = 2; k <= 4; k++) {
            assertEquals(a.candidate(k).gap(), b.candidate(k).gap(), 0.0);
            assertEquals(a.candidate(k).inertia(), b.candidate(k).inertia(), 0.0);
        }
    }

    @Test
    void rejects_bad_settings_naming_them() {
        assertThatThrownBy(() -> KSelection.builder().kBetween(3, 4)).hasMessage("kMax must be >= 5 (was 4)");
        assertThatThrownBy(() -> KSelection.builder().gapReferences(0).criterion(Criterion.GAP).build())
                .hasMessage("KSelection is incomplete:\n  - criterion GAP needs gapReferences >= 1 (was 0)");
        KSelection bic = KSelection.builder().kBetween(2, 4).gapReferences(0).criterion(Criterion.BIC).build();
        assertThatThrownBy(() -> bic.run(k -> KMeans.builder().k(k).build(), FOUR.x))
                .hasMessage("criterion BIC needs Gaussian mixture fits (was kmeans)");
        assertThatThrownBy(() -> KSelection.builder().kBetween(2, 10).build()
                .run(k -> KMeans.builder().k(k).build(), DMatrixRMaj.wrap(5, 1, new double[5])))
                .hasMessage("x must have at least kMax rows (was 5 rows, kMax=10)");
    }
}
