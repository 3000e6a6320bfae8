package io.segmentation.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segmentation.io.StateReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class KMeansTest extends ClustererContract {
    @Override
    Clusterer clusterer(int k, long seed) {
        return KMeans.builder().k(k).seed(seed).build();
    }

    @Override
    Map<String, Runnable> badParameters() {
        Map<String, Runnable> m = new LinkedHashMap<>();
        m.put("k", () -> KMeans.builder().k(0));
        m.put("nInit", () -> KMeans.builder().nInit(0));
        m.put("maxIterations", () -> KMeans.builder().maxIterations(0));
        m.put("tolerance", () -> KMeans.builder().tolerance(-1e-3));
        m.put("seedingCandidates", () -> KMeans.builder().seedingCandidates(0));
        m.put("batchSize", () -> KMeans.builder().batchSize(0));
        m.put("threads", () -> KMeans.builder().threads(0));
        m.put("initialCentres[1][0]", () -> KMeans.builder().initialCentres(new double[][] {{0}, {Double.NaN}}));
        return m;
    }

    /** A plain Lloyd written here: assign to the nearest centre (lower index on ties), move to the means. */
    private static double[] naiveLloyd(double[] x, int n, int d, double[] start, int k, int[] labels) {
        double[] c = start.clone();
        java.util.Arrays.fill(labels, -1);
        for (int it = 0; it < 1000; it++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = -1;
                double bestDist = Double.POSITIVE_INFINITY;
                for (int q = 0; q < k; q++) {
                    double s = 0.0;
                    for (int j = 0; j < d; j++) {
                        s += (x[i * d + j] - c[q * d + j]) * (x[i * d + j] - c[q * d + j]);
                    }
                    if (s < bestDist) {
                        bestDist = s;
                        best = q;
                    }
                }
                changed |= labels[i] != best;
                labels[i] = best;
            }
            if (!changed) {
                break;
            }
            double[] sum = new double[k * d];
            int[] count = new int[k];
            for (int i = 0; i < n; i++) {
                count[labels[i]]++;
                for (int j = 0; j < d; j++) {
                    sum[labels[i] * d + j] += x[i * d + j];
                }
            }
            for (int q = 0; q < k; q++) {
                for (int j = 0; j < d; j++) {
                    c[q * d + j] = sum[q * d + j] / count[q]; // the test data never empties a cluster
                }
            }
        }
        double inertia = 0.0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double diff = x[i * d + j] - c[labels[i] * d + j];
                inertia += diff * diff;
            }
        }
        return new double[] {inertia};
    }

    @ParameterizedTest
    @EnumSource(KMeans.Algorithm.class)
    void adjusted_rand_index_is_at_least_0_99_on_well_separated_blobs(KMeans.Algorithm algorithm) {
        for (long seed : SEEDS) {
            // 6 blobs in 5 dimensions, 8 units apart with sd 1: about 0.01% of rows lie nearer another blob.
            DMatrixRMaj x = Partitions.blobs(seed, 12_000, 5, 6, 8.0, 1.0);
            KMeansModel model = KMeans.builder().k(6).nInit(3).algorithm(algorithm).seed(seed).build().fit(x);
            double ari = Partitions.adjustedRand(Partitions.blobLabels(12_000, 6), model.labels());
            assertThat(ari).as("ARI, " + algorithm + ", seed " + seed).isGreaterThanOrEqualTo(0.99);
        }
    }

    @ParameterizedTest
    @EnumSource(value = KMeans.Algorithm.class, names = {"HAMERLY", "ELKAN"})
    void lloyd_and_the_accelerated_variants_agree_exactly(KMeans.Algorithm accelerated) {
        for (long seed : SEEDS) {
            // Overlapping blobs (sd 3, 8 apart) so that the iterations go on for a while.
            DMatrixRMaj x = Partitions.blobs(seed, 10_000, 4, 7, 8.0, 3.0);
            KMeans.Builder b = KMeans.builder().k(7).nInit(2).seed(seed).tolerance(0.0);
            KMeansModel lloyd = b.algorithm(KMeans.Algorithm.LLOYD).build().fit(x);
            KMeansModel hamerly = b.algorithm(accelerated).build().fit(x);
            assertThat(lloyd.report().iterations()).as("iterations, seed " + seed).isGreaterThan(5);
            assertArrayEquals(lloyd.labels(), hamerly.labels(), "labels, seed " + seed);
            assertArrayEquals(lloyd.centres(), hamerly.centres(), "centres, seed " + seed);
            assertEquals(lloyd.inertia(), hamerly.inertia(), 0.0, "inertia, seed " + seed);
            assertArrayEquals(lloyd.report().objective(), hamerly.report().objective(), "objective, seed " + seed);
            assertArrayEquals(lloyd.report().reassignments(), hamerly.report().reassignments(), "seed " + seed);
            assertThat(hamerly.report().distanceComputations()).as(accelerated + " skips distances, seed " + seed)
                    .isLessThan(lloyd.report().distanceComputations());
        }
    }

    @ParameterizedTest
    @EnumSource(value = KMeans.Algorithm.class, names = {"LLOYD", "HAMERLY", "ELKAN"})
    void matches_a_plain_lloyd_run_from_the_same_start(KMeans.Algorithm algorithm) {
        for (long seed : SEEDS) {
            int n = 3_000;
            int d = 3;
            int k = 5;
            DMatrixRMaj x = Partitions.blobs(seed, n, d, k, 6.0, 2.0);
            // The same start for both: k distinct random rows.
            SplittableRandom random = new SplittableRandom(seed);
            double[][] start = new double[k][];
            for (int c = 0; c < k; c++) {
                int row = random.nextInt(n);
                start[c] = java.util.Arrays.copyOfRange(x.data, row * d, row * d + d);
            }
            double[] flat = new double[k * d];
            for (int c = 0; c < k; c++) {
                System.arraycopy(start[c], 0, flat, c * d, d);
            }
            int[] expectedLabels = new int[n];
            double expectedInertia = naiveLloyd(x.data, n, d, flat, k, expectedLabels)[0];
            KMeansModel model = KMeans.builder().k(k).algorithm(algorithm).tolerance(0.0).initialCentres(start)
                    .build().fit(x);
            assertArrayEquals(expectedLabels, model.labels(), "labels, seed " + seed);
            // Summation orders differ (chunks): a relative 1e-12 bound.
            assertEquals(expectedInertia, model.inertia(), 1e-12 * expectedInertia, "inertia, seed " + seed);
        }
    }

    @ParameterizedTest
    @EnumSource(value = KMeans.Algorithm.class, names = {"HAMERLY", "ELKAN"})
    void ties_on_a_grid_go_the_same_way_as_in_plain_lloyd(KMeans.Algorithm algorithm) {
        // Integer points on a 6×6 grid and integer centres two apart: many rows are exactly
        // equidistant from two centres, so every tie must go to the lower index in every variant.
        for (long seed : SEEDS) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 2_000;
            double[][] rows = new double[n][];
            for (int i = 0; i < n; i++) {
                rows[i] = new double[] {random.nextInt(6), random.nextInt(6)};
            }
            double[][] start = {{0, 0}, {2, 0}, {0, 2}, {2, 2}, {4, 4}};
            double[] flat = {0, 0, 2, 0, 0, 2, 2, 2, 4, 4};
            DMatrixRMaj x = new DMatrixRMaj(rows);
            int[] expected = new int[n];
            naiveLloyd(x.data, n, 2, flat, 5, expected);
            KMeansModel model = KMeans.builder().k(5).algorithm(algorithm).tolerance(0.0).initialCentres(start)
                    .build().fit(x);
            assertArrayEquals(expected, model.labels(), algorithm + ", seed " + seed);
        }
    }

    @ParameterizedTest
    @EnumSource(value = KMeans.Algorithm.class, names = {"LLOYD", "HAMERLY", "ELKAN"})
    void a_tie_after_the_first_update_stays_with_the_lower_centre(KMeans.Algorithm algorithm) {
        // By hand: rows 0, 2, 4, 6 and centres 0, 10. Pass 1: 0, 2, 4 → centre 0 (4 is 4 from 0, 6 from 10),
        // 6 → centre 1. Update: centres 2 and 6. Pass 2: row 4 is 2 from both, and the tie keeps it with
        // centre 0; nothing changes, so labels 0, 0, 0, 1, centres 2, 6, inertia 4 + 0 + 4 + 0 = 8.
        KMeansModel model = KMeans.builder().k(2).algorithm(algorithm).initialCentres(new double[][] {{0}, {10}})
                .build().fit(new double[][] {{0}, {2}, {4}, {6}});
        assertArrayEquals(new int[] {0, 0, 0, 1}, model.labels());
        assertArrayEquals(new double[] {2, 6}, model.centres(), 0.0);
        assertEquals(8.0, model.inertia(), 0.0);
    }

    @Test
    void restarts_never_give_a_higher_inertia_than_the_first_seeding() {
        for (long seed : SEEDS) {
            DMatrixRMaj x = Partitions.blobs(seed, 5_000, 4, 9, 5.0, 2.0);
            // Restart 0 of nInit=6 draws from the same split of the seed as the single run.
            double one = KMeans.builder().k(9).seed(seed).build().fit(x).inertia();
            double six = KMeans.builder().k(9).nInit(6).seed(seed).build().fit(x).inertia();
            assertThat(six).as("seed " + seed).isLessThanOrEqualTo(one);
        }
    }

    @ParameterizedTest
    @EnumSource(value = KMeans.Algorithm.class, names = {"LLOYD", "HAMERLY", "ELKAN"})
    void an_empty_cluster_is_reseeded_at_the_farthest_row(KMeans.Algorithm algorithm) {
        // By hand: rows 0, 1, 10, 11 and centres 0.5, 10.5, 100. Iteration 1 leaves centre 2 empty; every row
        // is 0.5 from its centre, so the tie goes to row 0, which leaves cluster 0 (centre becomes 1) for
        // cluster 2 (centre 0). Iteration 2 changes no label: centres 1, 10.5, 0, inertia 0 + 0 + 2·0.25.
        double[][] rows = {{0}, {1}, {10}, {11}};
        KMeansModel model = KMeans.builder().k(3).algorithm(algorithm)
                .initialCentres(new double[][] {{0.5}, {10.5}, {100}}).build().fit(rows);
        assertArrayEquals(new int[] {2, 0, 1, 1}, model.labels());
        assertArrayEquals(new double[] {1, 10.5, 0}, model.centres(), 0.0);
        assertEquals(0.5, model.inertia(), 0.0);
        assertThat(model.report().converged()).isTrue();
    }

    @Test
    void an_empty_cluster_fails_under_the_error_policy() {
        double[][] rows = {{0}, {1}, {10}, {11}};
        KMeans kmeans = KMeans.builder().k(3).emptyCluster(KMeans.EmptyCluster.ERROR)
                .initialCentres(new double[][] {{0.5}, {10.5}, {100}}).build();
        assertThatThrownBy(() -> kmeans.fit(rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cluster 2 became empty in iteration 1");
    }

    @ParameterizedTest
    @EnumSource(KMeans.Algorithm.class)
    void fewer_distinct_rows_than_k_still_give_finite_centres(KMeans.Algorithm algorithm) {
        double[][] rows = new double[40][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i % 2, 3.0};
        }
        KMeansModel model = KMeans.builder().k(4).algorithm(algorithm).seed(5).build().fit(rows);
        for (double v : model.centres()) {
            assertThat(v).isFinite();
        }
        assertEquals(0.0, model.inertia(), 0.0);
    }

    @Test
    void mini_batch_is_identical_on_1_and_4_threads() {
        DMatrixRMaj x = Partitions.blobs(3, 20_000, 4, 5, 8.0, 1.0);
        KMeans.Builder b = KMeans.builder().k(5).algorithm(KMeans.Algorithm.MINI_BATCH).batchSize(256).seed(9);
        KMeansModel one = b.threads(1).build().fit(x);
        KMeansModel four = b.threads(4).build().fit(x);
        assertArrayEquals(one.labels(), four.labels());
        assertArrayEquals(one.centres(), four.centres());
        assertEquals(one.inertia(), four.inertia(), 0.0);
    }

    @Test
    void inertia_is_the_summed_squared_distance_to_the_centres() {
        DMatrixRMaj x = Partitions.blobs(4, 2_000, 3, 4, 6.0, 1.5);
        KMeansModel model = KMeans.builder().k(4).seed(4).build().fit(x);
        double[] c = model.centres();
        int[] labels = model.labels();
        double expected = 0.0;
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < 3; j++) {
                double diff = x.data[i * 3 + j] - c[labels[i] * 3 + j];
                expected += diff * diff;
            }
        }
        assertEquals(expected, model.inertia(), 1e-12 * expected);
        // Lloyd never raises the objective: each entry is at most the one before, and the final
        // assignment to the last centres is at most the last entry (rounding aside).
        double[] objective = model.report().objective();
        for (int t = 1; t < objective.length; t++) {
            assertThat(objective[t]).as("iteration " + t).isLessThanOrEqualTo(objective[t - 1] * (1 + 1e-12));
        }
        assertThat(model.inertia()).isLessThanOrEqualTo(objective[objective.length - 1] * (1 + 1e-12));
    }

    @Test
    void tolerance_is_relative_to_the_mean_feature_variance() {
        // Scaling the data by 1000 scales the centre movements and the variances alike (both by 10^6),
        // so the iterations are the same; a tolerance far above any movement stops after one update.
        DMatrixRMaj x = Partitions.blobs(6, 3_000, 3, 5, 4.0, 2.0);
        DMatrixRMaj scaled = x.copy();
        for (int p = 0; p < scaled.data.length; p++) {
            scaled.data[p] *= 1024.0; // a power of two keeps every product exact
        }
        KMeans kmeans = KMeans.builder().k(5).seed(6).tolerance(1e-2).build();
        assertEquals(kmeans.fit(x).report().iterations(), kmeans.fit(scaled).report().iterations());
        assertEquals(1, KMeans.builder().k(5).seed(6).tolerance(1e6).build().fit(x).report().iterations());
    }

    @Test
    void rejects_k_larger_than_the_row_count() {
        assertThatThrownBy(() -> KMeans.builder().k(5).build().fit(new double[][] {{1}, {2}, {3}, {4}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be <= number of rows (was k=5, rows=4)");
    }

    @Test
    void build_lists_every_inconsistency() {
        assertThatThrownBy(() -> KMeans.builder().k(3).nInit(2).initialCentres(new double[][] {{0}, {1}}).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("initialCentres has 2 rows but k is 3")
                .hasMessageContaining("nInit must be 1 (was 2)");
    }

    @Test
    void initial_centres_of_another_dimension_are_rejected_at_fit() {
        KMeans kmeans = KMeans.builder().k(2).initialCentres(new double[][] {{0, 0}, {1, 1}}).build();
        assertThatThrownBy(() -> kmeans.fit(new double[][] {{1}, {2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initialCentres must have 1 columns like x");
    }

    @Test
    void default_seeding_uses_two_plus_log_k_candidates() {
        // ⌊ln 8⌋ = 2 (ln 8 ≈ 2.08), ⌊ln 20⌋ = 2 (≈ 3.0 is ln 20.09), ⌊ln 21⌋ = 3.
        assertEquals(4, KMeans.builder().k(8).build().seedingCandidates());
        assertEquals(4, KMeans.builder().k(20).build().seedingCandidates());
        assertEquals(5, KMeans.builder().k(21).build().seedingCandidates());
        assertEquals(2, KMeans.builder().k(1).build().seedingCandidates());
    }

    @Test
    void reports_progress_once_per_iteration() {
        List<Long> done = new ArrayList<>();
        KMeansModel model = KMeans.builder().k(3).seed(1).progress((stage, d, total) -> done.add(d)).build()
                .fit(Partitions.blobs(1, 900, 2, 3, 6.0, 1.0));
        assertEquals(model.report().iterations(), done.size());
        assertEquals(1L, done.get(0));
    }

    @Test
    void an_interrupted_thread_cancels_the_fit() {
        DMatrixRMaj x = Partitions.blobs(1, 900, 2, 3, 6.0, 1.0);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> KMeans.builder().k(3).threads(2).build().fit(x))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void state_round_trip_keeps_every_value() {
        KMeansModel model = KMeans.builder().k(3).seed(2).build().fit(Partitions.blobs(2, 600, 2, 3, 6.0, 1.0));
        JsonObject json = JsonParser.parseString(model.toState().toString()).getAsJsonObject();
        KMeansModel back = KMeansModel.read(new StateReader(json));
        assertEquals(model, back);
        assertEquals(model.report().objectiveName(), back.report().objectiveName());
        assertArrayEquals(model.report().objective(), back.report().objective());
        assertEquals(model.report().distanceComputations(), back.report().distanceComputations());
    }

    @Test
    void reading_a_state_with_a_missing_centre_value_names_the_path() {
        KMeansModel model = KMeans.builder().k(3).seed(2).build().fit(Partitions.blobs(2, 600, 2, 3, 6.0, 1.0));
        JsonObject json = model.toState();
        JsonArray centres = json.getAsJsonArray("centres");
        centres.remove(centres.size() - 1);
        assertThatThrownBy(() -> ClusterModel.read(new StateReader(json)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.centres: expected 6 values, found 5");
    }

    @Test
    void predict_goes_to_the_lower_centre_on_a_tie() {
        KMeansModel model = KMeans.builder().k(2).initialCentres(new double[][] {{0}, {2}}).build()
                .fit(new double[][] {{0}, {2}});
        assertEquals(0, model.predict(new double[] {1.0}));
    }
}
