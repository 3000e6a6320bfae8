package io.segmentation.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.segmentation.internal.Knee;
import io.segmentation.io.StateReader;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class DbscanTest extends ClustererContract {

    @Override
    Clusterer clusterer(int k, long seed) {
        // Blobs have sd 0.5 and lie 12 apart: eps 4 reaches every outlier of its blob, never another blob.
        return Dbscan.builder().eps(4.0).minPts(5).seed(seed).build();
    }

    @Override
    Map<String, Runnable> badParameters() {
        Map<String, Runnable> cases = new LinkedHashMap<>();
        cases.put("eps", () -> Dbscan.builder().eps(0.0));
        cases.put("minPts", () -> Dbscan.builder().minPts(0));
        cases.put("threads", () -> Dbscan.builder().threads(0));
        return cases;
    }

    /** The textbook algorithm (Ester et al. 1996): expand clusters from unvisited core rows in row order. */
    static final class Reference {
        final boolean[] core;
        final int[] labels; // border rows get the first cluster that reaches them
        final double[] x;
        final int n;
        final int d;

        Reference(double[] x, int n, int d, double eps, int minPts) {
            this.x = x;
            this.n = n;
            this.d = d;
            double eps2 = eps * eps;
            core = new boolean[n];
            for (int i = 0; i < n; i++) {
                int count = 0;
                for (int j = 0; j < n; j++) {
                    if (dist2(i, j) <= eps2) {
                        count++;
                    }
                }
                core[i] = count >= minPts;
            }
            labels = new int[n];
            Arrays.fill(labels, ClusterModel.NOISE);
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!core[i] || labels[i] != ClusterModel.NOISE) {
                    continue;
                }
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                labels[i] = k;
                queue.add(i);
                while (!queue.isEmpty()) {
                    int p = queue.poll();
                    for (int j = 0; j < n; j++) {
                        if (dist2(p, j) <= eps2 && labels[j] == ClusterModel.NOISE) {
                            labels[j] = k;
                            if (core[j]) {
                                queue.add(j);
                            }
                        }
                    }
                }
                k++;
            }
        }

        double dist2(int i, int j) {
            double s = 0.0;
            for (int c = 0; c < d; c++) {
                double diff = x[i * d + c] - x[j * d + c];
                s += diff * diff;
            }
            return s;
        }
    }

    /** Random blobs with uniform noise; even seeds snap to a grid so distances tie exactly. */
    static DMatrixRMaj randomData(long seed, int n, int d) {
        SplittableRandom random = new SplittableRandom(seed);
        int blobs = 1 + random.nextInt(5);
        double[] centres = new double[blobs * d];
        for (int p = 0; p < centres.length; p++) {
            centres[p] = random.nextDouble() * 20.0;
        }
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            boolean noise = random.nextInt(5) == 0;
            int c = random.nextInt(blobs);
            for (int j = 0; j < d; j++) {
                double v = noise ? random.nextDouble() * 20.0 : centres[c * d + j] + 1.5 * gaussian(random);
                x.data[i * d + j] = seed % 2 == 0 ? Math.rint(v * 2.0) / 2.0 : v;
            }
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void same_partition_as_the_textbook_algorithm_up_to_the_border_rule(int seed) {
        SplittableRandom random = new SplittableRandom(seed * 31L);
        int d = 1 + random.nextInt(4);
        int n = 200 + random.nextInt(500);
        DMatrixRMaj x = randomData(seed, n, d);
        double eps = 0.5 + random.nextDouble() * 2.0;
        int minPts = 1 + random.nextInt(12);
        assertSameAsReference(x, eps, minPts, 1 + seed % 3, "seed " + seed);
    }

    @Test
    void same_partition_as_the_textbook_algorithm_where_whole_tree_nodes_lie_within_eps() {
        // 5,000 rows in two touching 2-D blobs of sd 1 on a 0.05 grid (ties): with eps 0.4, the leaves
        // and their parents in the dense middle have box diagonals below eps, so they are joined whole.
        SplittableRandom random = new SplittableRandom(99);
        DMatrixRMaj x = new DMatrixRMaj(5_000, 2);
        for (int i = 0; i < 5_000; i++) {
            double shift = i % 2 == 0 ? 0.0 : 4.5;
            x.data[2 * i] = Math.rint((shift + gaussian(random)) * 20.0) / 20.0;
            x.data[2 * i + 1] = Math.rint(gaussian(random) * 20.0) / 20.0;
        }
        assertSameAsReference(x, 0.4, 12, 2, "dense blobs");
    }

    void assertSameAsReference(DMatrixRMaj x, double eps, int minPts, int threads, String label) {
        int n = x.numRows;
        int d = x.numCols;
        Reference ref = new Reference(x.data, n, d, eps, minPts);
        String where = label + " n " + n + " d " + d + " eps " + eps + " minPts " + minPts;
        for (Dbscan.Index index : Dbscan.Index.values()) {
            DbscanModel model = Dbscan.builder().eps(eps).minPts(minPts).index(index).threads(threads).build()
                    .fit(x);
            int[] labels = model.labels();
            assertArrayEquals(ref.core, model.coreRows(), "core rows, " + index + ", " + where);
            // Core rows and noise: the same partition exactly.
            int[] coreOurs = labels.clone();
            int[] coreRef = ref.labels.clone();
            for (int i = 0; i < n; i++) {
                if (!ref.core[i]) {
                    assertEquals(ref.labels[i] == ClusterModel.NOISE, labels[i] == ClusterModel.NOISE,
                            "noise row " + i + ", " + index + ", " + where);
                    coreOurs[i] = ClusterModel.NOISE;
                    coreRef[i] = ClusterModel.NOISE;
                }
            }
            assertThat(samePartition(coreRef, coreOurs)).as("core partition, " + index + ", " + where).isTrue();
            // Border rows: the cluster of the nearest core row, a tie to the lower row (naive search).
            for (int i = 0; i < n; i++) {
                if (ref.core[i] || ref.labels[i] == ClusterModel.NOISE) {
                    continue;
                }
                int nearest = -1;
                for (int j = 0; j < n; j++) {
                    if (ref.core[j] && (nearest < 0 || ref.dist2(i, j) < ref.dist2(i, nearest))) {
                        nearest = j;
                    }
                }
                assertEquals(labels[nearest], labels[i], "border row " + i + ", " + index + ", " + where);
            }
            // Clusters are numbered by their lowest core row.
            int next = 0;
            for (int i = 0; i < n; i++) {
                if (ref.core[i] && labels[i] == next) {
                    next++;
                } else if (ref.core[i]) {
                    assertThat(labels[i]).as("cluster numbering, " + where).isLessThan(next);
                }
            }
            assertEquals(next, model.clusterCount(), where);
            assertArrayEquals(labels, model.predictAll(x), "predict of training rows, " + where);
        }
    }

    @Test
    void small_example_worked_by_hand() {
        // eps 1.5, minPts 3: 1 and 11 have 3 rows within 1.5 (core); 0, 2, 10, 12 have 2 (border);
        // 50 has only itself (noise).
        double[][] rows = {{0}, {1}, {2}, {10}, {11}, {12}, {50}};
        DbscanModel model = Dbscan.builder().eps(1.5).minPts(3).build().fit(rows);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, ClusterModel.NOISE}, model.labels());
        assertArrayEquals(new boolean[] {false, true, false, false, true, false, false}, model.coreRows());
        assertArrayEquals(new double[] {1.0, 11.0}, model.centres(), 1e-15);
        assertEquals(1, model.noiseCount());
        assertEquals(0, model.predict(new double[] {-0.5}));   // 1.5 from core row 1: inclusive
        assertEquals(ClusterModel.NOISE, model.predict(new double[] {-0.6}));
        assertEquals(ClusterModel.NOISE, model.predict(new double[] {6.0}));
    }

    @Test
    void a_border_row_joins_the_cluster_of_its_nearest_core_row_whatever_the_row_order() {
        // eps 1.2, minPts 5. A = {0, .2, .4, .6, 1} and B = {2.9 .. 3.7} are core (5 rows within 1.2
        // each); 2.0 sees itself, 1.0 (at 1.0), 2.9 (at 0.9) and 3.1 (at 1.1): 4 rows, a border row of
        // both. Its nearest core row 2.9 is in B. Expanding in row order (row 0 first, then A) would
        // give it to A instead.
        double[][] rows = {{2.0}, {0.0}, {0.2}, {0.4}, {0.6}, {1.0}, {2.9}, {3.1}, {3.3}, {3.5}, {3.7}};
        DbscanModel model = Dbscan.builder().eps(1.2).minPts(5).build().fit(rows);
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, model.labels());
        assertThat(model.coreRows()[0]).isFalse();
        Reference ref = new Reference(flat(rows), rows.length, 1, 1.2, 5);
        assertEquals(0, ref.labels[0]); // the textbook order really would decide otherwise
    }

    @Test
    void predict_breaks_an_exact_tie_towards_the_lower_row() {
        // eps 1, minPts 2: B = {3.5, 4} (rows 0, 1) is cluster 0, A = {1, 1.5} (rows 2, 3) cluster 1.
        // 2.5 lies exactly 1.0 from row 0 (3.5) and from row 3 (1.5): the lower row, 0, decides.
        double[][] rows = {{3.5}, {4.0}, {1.0}, {1.5}};
        DbscanModel model = Dbscan.builder().eps(1.0).minPts(2).build().fit(rows);
        assertArrayEquals(new int[] {0, 0, 1, 1}, model.labels());
        assertEquals(0, model.predict(new double[] {2.5}));
        assertEquals(1, model.predict(new double[] {2.4}));
    }

    @Test
    void suggest_eps_refuses_rows_that_are_all_duplicates() {
        double[][] rows = {{1, 1}, {1, 1}, {1, 1}, {1, 1}};
        assertThatThrownBy(() -> Dbscan.suggestEps(io.segmentation.cluster.internal.Inputs.fromRows(rows), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("all 3-distances are 0");
    }

    @Test
    void min_pts_one_makes_every_row_core_and_nothing_noise() {
        double[][] rows = {{0}, {5}, {5.5}, {20}};
        DbscanModel model = Dbscan.builder().eps(1.0).minPts(1).build().fit(rows);
        assertArrayEquals(new int[] {0, 1, 1, 2}, model.labels());
        assertEquals(4, model.coreCount());
    }

    @Test
    void all_noise_gives_no_clusters_and_predicts_noise() {
        double[][] rows = {{0}, {5}, {10}};
        DbscanModel model = Dbscan.builder().eps(1.0).minPts(2).build().fit(rows);
        assertArrayEquals(new int[] {-1, -1, -1}, model.labels());
        assertEquals(0, model.clusterCount());
        assertEquals(0, model.centres().length);
        assertEquals(ClusterModel.NOISE, model.predict(new double[] {0.0}));
        DbscanModel loaded = DbscanModel.read(new StateReader(model.toState()));
        assertEquals(ClusterModel.NOISE, loaded.predict(new double[] {0.0}));
    }

    @Test
    void reloaded_model_keeps_labels_core_rows_and_parameters() {
        DMatrixRMaj x = randomData(3, 400, 2);
        DbscanModel model = Dbscan.builder().eps(1.0).minPts(6).build().fit(x);
        DbscanModel loaded = (DbscanModel) ClusterModel.read(new StateReader(model.toState()));
        assertArrayEquals(model.labels(), loaded.labels());
        assertArrayEquals(model.coreRows(), loaded.coreRows());
        assertEquals(model.eps(), loaded.eps());
        assertEquals(model.minPts(), loaded.minPts());
        assertArrayEquals(model.labels(), loaded.predictAll(x));
    }

    @Test
    void a_damaged_state_is_rejected_with_its_path() {
        DbscanModel model = Dbscan.builder().eps(1.0).minPts(3).build().fit(randomData(5, 100, 2));
        JsonObject state = model.toState();
        state.remove("corePoints");
        state.add("corePoints", new com.google.gson.JsonArray());
        assertThatThrownBy(() -> DbscanModel.read(new StateReader(state)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("$.corePoints: expected");
    }

    @Test
    void eps_is_required() {
        assertThatThrownBy(() -> Dbscan.builder().minPts(3).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("eps(...) was not called");
    }

    @Test
    void suggested_eps_is_the_knee_of_the_naive_k_distance_curve() {
        DMatrixRMaj x = randomData(7, 600, 2);
        int minPts = 6;
        Reference ref = new Reference(x.data, 600, 2, 1.0, minPts);
        double[] curve = new double[600];
        for (int i = 0; i < 600; i++) {
            double[] all = new double[600];
            for (int j = 0; j < 600; j++) {
                all[j] = ref.dist2(i, j);
            }
            Arrays.sort(all);
            curve[i] = Math.sqrt(all[minPts - 1]); // the row itself is all[0]
        }
        Arrays.sort(curve);
        double[] at = new double[600];
        for (int i = 0; i < 600; i++) {
            at[i] = i;
        }
        int knee = Knee.index(at, curve, Knee.Shape.CONVEX_INCREASING);
        EpsSuggestion suggestion = Dbscan.suggestEps(x, minPts);
        assertArrayEquals(curve, suggestion.kDistances(), 0.0);
        assertThat(knee).isPositive();
        assertEquals(knee, suggestion.kneeIndex());
        assertEquals(curve[knee], suggestion.eps(), 0.0);
    }

    @Test
    void suggest_eps_rejects_min_pts_above_the_row_count() {
        assertThatThrownBy(() -> Dbscan.suggestEps(randomData(1, 10, 2), 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minPts must be between 1 and 10 (was 11)");
    }

    /** Rows to a flat row-major array for the reference. */
    static double[] flat(double[][] rows) {
        double[] x = new double[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, x, i * rows[0].length, rows[0].length);
        }
        return x;
    }
}
