package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

final class SilhouetteTest {
    @Test
    void scores_two_one_dimensional_pairs_by_hand() {
        // A = {0, 2}, B = {5, 7}. Row 0: a = 2, b = (5 + 7)/2 = 6, s = 4/6 = 2/3. Row 1: a = 2,
        // b = (3 + 5)/2 = 4, s = 1/2. By symmetry rows 2, 3 score 1/2, 2/3. Mean 7/12.
        // A noise row at 100 changes nothing and is counted.
        DMatrixRMaj x = DMatrixRMaj.wrap(5, 1, new double[] {0, 2, 5, 7, 100});
        Silhouette s = Silhouette.exact(x, new int[] {0, 0, 1, 1, -1});
        assertEquals(7.0 / 12.0, s.score(), 1e-15);
        assertEquals(2.0 / 3.0, s.sample(0), 1e-15);
        assertEquals(0.5, s.sample(1), 1e-15);
        assertTrue(Double.isNaN(s.sample(4)));
        assertArrayEquals(new double[] {7.0 / 12.0, 7.0 / 12.0}, s.clusterScores(), 1e-15);
        assertEquals(4, s.scoredRows());
        assertEquals(1, s.noiseRows());
        assertEquals(0.0, s.standardError());
    }

    @Test
    void a_singleton_cluster_scores_zero() {
        // {0, 1} and {10}: row 2 is alone, so s = 0 by convention. Row 0: a = 1, b = 10, s = 0.9;
        // row 1: a = 1, b = 9, s = 8/9. Mean (0.9 + 8/9 + 0)/3.
        DMatrixRMaj x = DMatrixRMaj.wrap(3, 1, new double[] {0, 1, 10});
        Silhouette s = Silhouette.exact(x, new int[] {0, 0, 1});
        assertEquals(0.0, s.sample(2));
        assertEquals((0.9 + 8.0 / 9.0) / 3.0, s.score(), 1e-15);
    }

    @Test
    void matches_a_naive_pairwise_implementation_on_random_data() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 300;
        int d = 3;
        double[] data = random.doubles(n * d).toArray();
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(5) - 1; // 4 clusters and some noise
        }
        Silhouette s = Silhouette.exact(DMatrixRMaj.wrap(n, d, data), labels);
        double[] expected = naive(data, n, d, labels);
        double sum = 0.0;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] >= 0) {
                // Same operations in the same order (distances summed over j, then over the cluster's rows
                // in row order), whether a row is scored alone or in a block of four: identical bits.
                assertEquals(expected[i], s.sample(i), 0.0, "row " + i);
                sum += expected[i];
                m++;
            }
        }
        assertEquals(sum / m, s.score(), 0.0);
    }

    @Test
    void is_bit_identical_on_one_and_three_threads_and_stays_in_range() {
        Blobs blobs = Blobs.of(9000, 2, 3, 3.0, 11); // three chunks of rows
        Silhouette one = Silhouette.exact(blobs.x, blobs.labels, 1);
        Silhouette three = Silhouette.exact(blobs.x, blobs.labels, 3);
        assertEquals(one, three);
        for (double v : one.samples()) {
            assertThat(v).isBetween(-1.0, 1.0);
        }
    }

    @Test
    void the_sampled_silhouette_is_within_its_stated_error_of_the_exact_one() {
        // Stated error: with 600 of 6000 rows, the estimate lies within 4 standard errors of the exact
        // score (a 4-sigma band fails by chance about once in 16,000 seeds) and within 0.02 absolutely.
        Blobs blobs = Blobs.of(6000, 2, 4, 2.5, 3);
        double exact = Silhouette.exact(blobs.x, blobs.labels, 2).score();
        for (long seed = 1; seed <= 3; seed++) {
            Silhouette sampled = Silhouette.sampled(blobs.x, blobs.labels, 600, seed, 2);
            assertTrue(sampled.isSampled());
            assertEquals(600, sampled.scoredRows());
            assertThat(sampled.standardError()).isPositive().isLessThan(0.01);
            assertEquals(exact, sampled.score(), 4 * sampled.standardError(), "seed " + seed);
            assertEquals(exact, sampled.score(), 0.02, "seed " + seed);
        }
    }

    @Test
    void a_sampled_row_scores_as_in_the_exact_silhouette() {
        Blobs blobs = Blobs.of(500, 2, 3, 2.0, 5);
        Silhouette exact = Silhouette.exact(blobs.x, blobs.labels);
        Silhouette sampled = Silhouette.sampled(blobs.x, blobs.labels, 50, 9);
        int scored = 0;
        for (int i = 0; i < 500; i++) {
            if (!Double.isNaN(sampled.sample(i))) {
                assertEquals(exact.sample(i), sampled.sample(i), 0.0);
                scored++;
            }
        }
        assertEquals(50, scored);
        assertEquals(sampled, Silhouette.sampled(blobs.x, blobs.labels, 50, 9, 3), "seed gives the same sample");
    }

    @Test
    void a_sample_as_large_as_the_data_is_exact() {
        Blobs blobs = Blobs.of(200, 2, 2, 3.0, 1);
        assertEquals(Silhouette.exact(blobs.x, blobs.labels), Silhouette.sampled(blobs.x, blobs.labels, 200, 1));
    }

    @Test
    void the_sample_gives_every_cluster_its_share_and_at_least_one_row() {
        // sizes 90, 9, 1 of 100, sample 10: exact shares 9, 0.9, 0.1 -> floors with minimum 1: 9, 1, 1.
        int[] labels = new int[100];
        for (int i = 90; i < 99; i++) {
            labels[i] = 1;
        }
        labels[99] = 2;
        assertArrayEquals(new int[] {9, 1, 1}, Silhouette.quotas(Labels.of(labels), 10));
        // sample 20: 18, 1.8, 0.2 -> 18, 1, 1 = 20, nothing left to give.
        assertArrayEquals(new int[] {18, 1, 1}, Silhouette.quotas(Labels.of(labels), 20));
        // sample 50: 45, 4.5, 0.5 -> 45, 4, 1 = 50.
        assertArrayEquals(new int[] {45, 4, 1}, Silhouette.quotas(Labels.of(labels), 50));
        // sample 51: 45.9, 4.59, .51 -> 45, 4, 1 = 50; the largest remainder (.9, cluster 0) gets the last.
        assertArrayEquals(new int[] {46, 4, 1}, Silhouette.quotas(Labels.of(labels), 51));
    }

    @Test
    void stops_when_the_calling_thread_is_interrupted() {
        Blobs blobs = Blobs.of(100, 2, 2, 3.0, 2);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Silhouette.exact(blobs.x, blobs.labels))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            Thread.interrupted(); // clear the flag for the next test
        }
    }

    @Test
    void does_not_modify_its_input() {
        Blobs blobs = Blobs.of(100, 2, 2, 3.0, 2);
        double[] copy = blobs.x.data.clone();
        int[] labels = blobs.labels.clone();
        Silhouette.sampled(blobs.x, labels, 20, 1);
        Silhouette.exact(blobs.x, labels);
        assertArrayEquals(copy, blobs.x.data);
        assertArrayEquals(blobs.labels, labels);
    }

    @Test
    void rejects_bad_input_naming_it() {
        DMatrixRMaj x = DMatrixRMaj.wrap(3, 1, new double[] {0, 1, 2});
        assertThatThrownBy(() -> Silhouette.exact(x, new int[] {0, 0, 0}))
                .hasMessage("silhouette needs at least 2 non-empty clusters (was 1, with 0 noise rows excluded)");
        assertThatThrownBy(() -> Silhouette.exact(x, new int[] {0, 1}))
                .hasMessage("labels must have one entry per row of x (was 2 labels, 3 rows)");
        assertThatThrownBy(() -> Silhouette.exact(x, new int[] {0, 1, -2}))
                .hasMessage("labels[2] must be a cluster >= 0 or NOISE (-1) (was -2)");
        assertThatThrownBy(() -> Silhouette.exact(DMatrixRMaj.wrap(2, 1, new double[] {0, Double.NaN}),
                new int[] {0, 1})).hasMessage("row 1, column 0: NaN is not a finite number");
        assertThatThrownBy(() -> Silhouette.sampled(x, new int[] {0, 1, 1}, 1, 0))
                .hasMessage("sampleSize must be >= 2 (was 1)");
        assertThatThrownBy(() -> Silhouette.exact(x, new int[] {0, 1, 1}, 0))
                .hasMessage("threads must be >= 1 (was 0)");
    }

    /** Rousseeuw's definition, pair by pair, written independently of the production code. */
    private static double[] naive(double[] x, int n, int d, int[] labels) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0) {
                continue;
            }
            double own = 0.0;
            int ownCount = 0;
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < 4; c++) {
                double sum = 0.0;
                int count = 0;
                for (int o = 0; o < n; o++) {
                    if (labels[o] != c || o == i) {
                        continue;
                    }
                    double dist = 0.0;
                    for (int j = 0; j < d; j++) {
                        dist += (x[i * d + j] - x[o * d + j]) * (x[i * d + j] - x[o * d + j]);
                    }
                    sum += Math.sqrt(dist);
                    count++;
                }
                if (c == labels[i]) {
                    own = sum;
                    ownCount = count;
                } else if (count > 0) {
                    b = Math.min(b, sum / count);
                }
            }
            double a = own / ownCount;
            s[i] = ownCount == 0 ? 0.0 : (b - a) / Math.max(a, b);
        }
        return s;
    }
}
