package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmentation.cluster.KMeans;
import io.segmentation.eval.Stability.Resampling;
import io.segmentation.eval.StabilityReport.Verdict;
import org.junit.jupiter.api.Test;

final class StabilityTest {
    private static final Blobs THREE = Blobs.of(300, 2, 3, 10.0, 8);
    private static final int A = Stability.ABSENT;

    @Test
    void jaccard_of_a_segment_with_its_best_match_by_hand() {
        // Reference segment 0 = rows {0, 1, 2, 3}; row 3 was not drawn, so it is {0, 1, 2}.
        // Re-fit: segment 5 = {0, 1, 4}, segment 6 = {2}. Jaccard with 5: |{0,1}| / |{0,1,2,4}| = 1/2;
        // with 6: 1/3. Best 1/2.
        int[] reference = {0, 0, 0, 0, 1};
        int[] resample = {5, 5, 6, A, 5};
        assertEquals(0.5, Stability.bestJaccard(reference, 0, resample), 1e-15);
        // Segment 1 = {4}: with 5, 1/3; with 6, 0: best 1/3.
        assertEquals(1.0 / 3.0, Stability.bestJaccard(reference, 1, resample), 1e-15);
        assertTrue(Double.isNaN(Stability.bestJaccard(reference, 1, new int[] {5, 5, 6, 6, A})));
    }

    @Test
    void the_ari_between_re_fits_uses_only_shared_rows() {
        // Shared rows 0, 1, 3, 4: labels (0, 0, 1, 1) and (2, 2, 7, 7): the same partition.
        assertEquals(1.0, Stability.sharedAri(new int[] {0, 0, 9, 1, 1}, new int[] {2, 2, A, 7, 7}), 1e-15);
    }

    @Test
    void well_separated_blobs_are_highly_stable() {
        StabilityReport report = Stability.builder().resamples(6).seed(3).build()
                .assess(KMeans.builder().k(3).nInit(2).seed(5).build(), THREE.x);
        assertEquals(1.0, report.meanAdjustedRand(), 1e-12, report.toText());
        assertEquals(15, report.pairwiseAdjustedRand().length);
        for (int c = 0; c < 3; c++) {
            assertEquals(1.0, report.jaccard(c), 1e-12);
            assertEquals(Verdict.HIGHLY_STABLE, report.verdict(c));
            assertEquals(0.0, report.dissolved(c));
        }
    }

    @Test
    void splitting_three_blobs_into_six_segments_is_flagged_as_unstable() {
        // k = 6 on 3 round blobs: each blob is cut in two along an arbitrary line that moves between
        // re-fits, so the partition agrees less between re-fits than the 3-segment one, and some segments
        // lose their rows.
        StabilityReport six = Stability.builder().resamples(8).resampling(Resampling.BOOTSTRAP).seed(3).build()
                .assess(KMeans.builder().k(6).seed(5).build(), THREE.x);
        assertThat(six.meanAdjustedRand()).isLessThan(0.95);
        double worst = 1.0;
        for (int c = 0; c < 6; c++) {
            worst = Math.min(worst, six.jaccard(c));
        }
        assertThat(worst).as(six.toText()).isLessThan(0.85);
    }

    @Test
    void the_same_seed_gives_the_same_report() {
        Stability stability = Stability.builder().resamples(3).fraction(0.5).seed(11).build();
        KMeans kmeans = KMeans.builder().k(4).seed(1).build();
        StabilityReport a = stability.assess(kmeans, THREE.x);
        StabilityReport b = stability.assess(kmeans, THREE.x);
        assertArrayEquals(a.pairwiseAdjustedRand(), b.pairwiseAdjustedRand());
        assertArrayEquals(a.jaccards(), b.jaccards());
    }

    @Test
    void rejects_bad_settings_naming_them() {
        assertThatThrownBy(() -> Stability.builder().fraction(1.0)).hasMessage("fraction must be < 1.0 (was 1.0)");
        assertThatThrownBy(() -> Stability.builder().resamples(1)).hasMessage("resamples must be >= 2 (was 1)");
    }
}
