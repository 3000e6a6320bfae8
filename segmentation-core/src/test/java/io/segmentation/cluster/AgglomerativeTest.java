package io.segmentation.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class AgglomerativeTest extends ClustererContract {

    @Override
    Clusterer clusterer(int k, long seed) {
        return Agglomerative.builder().k(k).linkage(Linkage.WARD).seed(seed).build();
    }

    @Override
    int rows() {
        return 3_000; // O(n²) fits: 3,000 rows still span the chunks of the parallel searches
    }

    @Override
    Map<String, Runnable> badParameters() {
        Map<String, Runnable> cases = new LinkedHashMap<>();
        cases.put("k", () -> Agglomerative.builder().k(0));
        cases.put("cutHeight", () -> Agglomerative.builder().cutHeight(-1.0));
        cases.put("memoryBudget", () -> Agglomerative.builder().memoryBudget(0));
        cases.put("threads", () -> Agglomerative.builder().threads(0));
        return cases;
    }

    /**
     * The primitive algorithm from the definitions, O(n³) and more: clusters as lists of rows; every
     * step evaluates every pair's linkage distance from its rows and merges the closest pair.
     */
    static final class Naive {
        final double[] x;
        final int d;

        Naive(double[] x, int d) {
            this.x = x;
            this.d = d;
        }

        double euclid(int i, int j) {
            double s = 0.0;
            for (int c = 0; c < d; c++) {
                double diff = x[i * d + c] - x[j * d + c];
                s += diff * diff;
            }
            return Math.sqrt(s);
        }

        double linkage(Linkage linkage, List<Integer> a, List<Integer> b) {
            switch (linkage) {
                case SINGLE: {
                    double min = Double.POSITIVE_INFINITY;
                    for (int i : a) {
                        for (int j : b) {
                            min = Math.min(min, euclid(i, j));
                        }
                    }
                    return min;
                }
                case COMPLETE: {
                    double max = 0.0;
                    for (int i : a) {
                        for (int j : b) {
                            max = Math.max(max, euclid(i, j));
                        }
                    }
                    return max;
                }
                case AVERAGE: {
                    double sum = 0.0;
                    for (int i : a) {
                        for (int j : b) {
                            sum += euclid(i, j);
                        }
                    }
                    return sum / (a.size() * b.size());
                }
                default: {
                    // Ward: sqrt(2·|A|·|B|/(|A|+|B|)) times the distance of the centroids of the rows.
                    double s = 0.0;
                    for (int c = 0; c < d; c++) {
                        double ma = 0.0;
                        double mb = 0.0;
                        for (int i : a) {
                            ma += x[i * d + c];
                        }
                        for (int j : b) {
                            mb += x[j * d + c];
                        }
                        double diff = ma / a.size() - mb / b.size();
                        s += diff * diff;
                    }
                    double na = a.size();
                    double nb = b.size();
                    return Math.sqrt(2.0 * na * nb / (na + nb) * s);
                }
            }
        }

        /** Heights of the primitive algorithm, the lowest pair of cluster positions winning a tie. */
        double[] heights(Linkage linkage, int n) {
            List<List<Integer>> clusters = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                clusters.add(new ArrayList<>(List.of(i)));
            }
            double[] heights = new double[n - 1];
            for (int s = 0; s < n - 1; s++) {
                int bestA = -1;
                int bestB = -1;
                double best = Double.POSITIVE_INFINITY;
                for (int a = 0; a < clusters.size(); a++) {
                    for (int b = a + 1; b < clusters.size(); b++) {
                        double v = linkage(linkage, clusters.get(a), clusters.get(b));
                        if (v < best) {
                            best = v;
                            bestA = a;
                            bestB = b;
                        }
                    }
                }
                heights[s] = best;
                clusters.get(bestA).addAll(clusters.remove(bestB));
            }
            return heights;
        }
    }

    static double[] uniform(long seed, int n, int d) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int p = 0; p < x.length; p++) {
            x[p] = random.nextDouble() * 10.0;
        }
        return x;
    }

    /** Points on a 4×4×… integer grid: many pairs at exactly equal distances, and duplicates. */
    static double[] grid(long seed, int n, int d) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int p = 0; p < x.length; p++) {
            x[p] = random.nextInt(4);
        }
        return x;
    }

    static Dendrogram dendrogram(Linkage linkage, double[] x, int n, int d, int threads) {
        return Agglomerative.builder().k(1).linkage(linkage).threads(threads).build()
                .fit(DMatrixRMaj.wrap(n, d, x)).dendrogram();
    }

    @ParameterizedTest
    @EnumSource(Linkage.class)
    void heights_equal_the_primitive_algorithm_on_random_data(Linkage linkage) {
        for (long seed = 1; seed <= 8; seed++) {
            int n = 20 + (int) seed * 3;
            int d = 1 + (int) (seed % 3);
            double[] x = uniform(seed, n, d);
            double[] expected = new Naive(x, d).heights(linkage, n);
            double[] actual = dendrogram(linkage, x, n, d, 2).heights();
            // Lance–Williams and running centroids round differently from sums over the rows.
            assertArrayEquals(expected, actual, 1e-9, linkage + " seed " + seed);
        }
    }

    @Test
    void single_linkage_heights_equal_the_primitive_algorithm_with_ties() {
        // The merge heights of single linkage are the weights of a minimum spanning tree, which do not
        // depend on how ties are broken; for the other linkages, see the replay test below.
        for (long seed = 1; seed <= 8; seed++) {
            int n = 16 + (int) seed * 3;
            int d = 2 + (int) (seed % 2);
            double[] x = grid(seed, n, d);
            double[] expected = new Naive(x, d).heights(Linkage.SINGLE, n);
            assertArrayEquals(expected, dendrogram(Linkage.SINGLE, x, n, d, 1).heights(), 0.0, "seed " + seed);
        }
    }

    @ParameterizedTest
    @EnumSource(Linkage.class)
    void every_merge_joins_a_closest_pair_at_its_linkage_distance_even_with_ties(Linkage linkage) {
        // With ties the sequence of merges is not unique (Müllner 2011, section 2.3), and on these grids
        // the primitive algorithm with a different tie rule really does reach other heights. So the
        // reference replays our dendrogram: before merge s, no pair of current clusters is closer (by
        // the definition) than the pair merged, and the height is that pair's distance. That is, the
        // dendrogram is one the primitive algorithm can produce.
        for (long seed = 1; seed <= 8; seed++) {
            int n = 16 + (int) seed * 3;
            int d = 2 + (int) (seed % 2);
            double[] x = grid(seed, n, d);
            Naive naive = new Naive(x, d);
            Dendrogram tree = dendrogram(linkage, x, n, d, 1);
            List<List<Integer>> byId = new ArrayList<>();
            List<List<Integer>> current = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                byId.add(List.of(i));
                current.add(byId.get(i));
            }
            for (int s = 0; s < n - 1; s++) {
                List<Integer> a = byId.get(tree.left(s));
                List<Integer> b = byId.get(tree.right(s));
                double merged = naive.linkage(linkage, a, b);
                assertEquals(merged, tree.height(s), 1e-9, linkage + " seed " + seed + " merge " + s);
                for (int p = 0; p < current.size(); p++) {
                    for (int q = p + 1; q < current.size(); q++) {
                        assertThat(naive.linkage(linkage, current.get(p), current.get(q)))
                                .as(linkage + " seed " + seed + " merge " + s)
                                .isGreaterThanOrEqualTo(merged - 1e-9);
                    }
                }
                List<Integer> union = new ArrayList<>(a);
                union.addAll(b);
                current.remove(a);
                current.remove(b);
                current.add(union);
                byId.add(union);
                assertEquals(union.size(), tree.size(s));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Linkage.class)
    void the_dendrogram_is_the_same_on_1_and_3_threads_above_the_parallel_threshold(Linkage linkage) {
        // 9,000 rows: the ward searches and the Prim updates really are split into chunks on 3 threads;
        // complete and average fill the matrix and scan rows in parallel at any size.
        int n = linkage == Linkage.COMPLETE || linkage == Linkage.AVERAGE ? 3_000 : 9_000;
        DMatrixRMaj x = blobs(5, n, 2, 6);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = Math.rint(x.data[i] * 4.0) / 4.0; // ties
        }
        Dendrogram one = dendrogram(linkage, x.data, n, 2, 1);
        Dendrogram three = dendrogram(linkage, x.data, n, 2, 3);
        assertEquals(one, three, linkage.name());
    }

    @Test
    void ward_and_single_heights_worked_by_hand() {
        // Rows 0, 1, 3, 7 on a line. Ward: {0,1} at 1; then {0,1} (centroid .5, size 2) with 3:
        // 2·2·1/3·2.5² = 25/3, versus 3 with 7: 2·1·1/2·4² = 16, so sqrt(25/3); then {0,1,3} (centroid
        // 4/3) with 7: 2·3·1/4·(17/3)² = 289/6. Single linkage: the gaps 1, 2, 4.
        double[][] rows = {{0}, {1}, {3}, {7}};
        Dendrogram ward = Agglomerative.builder().k(1).build().fit(rows).dendrogram();
        assertArrayEquals(new double[] {1.0, Math.sqrt(25.0 / 3.0), Math.sqrt(289.0 / 6.0)}, ward.heights(), 1e-12);
        double[][] z = ward.linkageMatrix();
        assertArrayEquals(new double[] {0, 1, 1.0, 2}, z[0], 1e-12);
        assertArrayEquals(new double[] {2, 4, Math.sqrt(25.0 / 3.0), 3}, z[1], 1e-12);
        assertArrayEquals(new double[] {3, 5, Math.sqrt(289.0 / 6.0), 4}, z[2], 1e-12);
        Dendrogram single = Agglomerative.builder().k(1).linkage(Linkage.SINGLE).build().fit(rows).dendrogram();
        assertArrayEquals(new double[] {1.0, 2.0, 4.0}, single.heights(), 0.0);
    }

    @Test
    void ward_cut_of_separated_blobs_recovers_them() {
        for (long seed = 21; seed <= 23; seed++) {
            DMatrixRMaj x = blobs(seed, 2_000, 5, 5);
            int[] truth = new int[2_000];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = i % 5;
            }
            AgglomerativeModel model = Agglomerative.builder().k(5).build().fit(x);
            assertThat(adjustedRand(truth, model.labels())).as("seed " + seed).isGreaterThanOrEqualTo(0.99);
        }
    }

    @Test
    void cut_height_gives_the_clusters_below_it() {
        // Single linkage of 0, 1, 3, 7: cut at 2 applies the merges at 1 and 2 (inclusive).
        double[][] rows = {{0}, {1}, {3}, {7}};
        AgglomerativeModel model = Agglomerative.builder().cutHeight(2.0).linkage(Linkage.SINGLE).build().fit(rows);
        assertArrayEquals(new int[] {0, 0, 0, 1}, model.labels());
        assertEquals(2, model.clusterCount());
        assertArrayEquals(new double[] {4.0 / 3.0, 7.0}, model.centres(), 1e-15);
        assertEquals(1, model.predict(new double[] {5.0}));
    }

    @Test
    void a_single_row_is_one_cluster() {
        AgglomerativeModel model = Agglomerative.builder().k(1).build().fit(new double[][] {{1, 2}});
        assertArrayEquals(new int[] {0}, model.labels());
        assertEquals(0, model.dendrogram().merges());
    }

    @Test
    void rejects_k_larger_than_the_row_count() {
        assertThatThrownBy(() -> Agglomerative.builder().k(5).build().fit(new double[][] {{0}, {1}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be <= number of rows (was k=5, rows=2)");
    }

    @Test
    void a_matrix_beyond_the_memory_budget_is_refused_before_allocating() {
        // 1,000 rows need 1000·999/2 = 499,500 distances of 8 bytes = 3,996,000 bytes (3.8 MB).
        DMatrixRMaj x = DMatrixRMaj.wrap(1_000, 2, uniform(1, 1_000, 2));
        Agglomerative average = Agglomerative.builder().k(3).linkage(Linkage.AVERAGE).memoryBudget(3_995_999).build();
        assertThatThrownBy(() -> average.fit(x))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AVERAGE linkage of 1000 rows needs 5.0e+05 pairwise distances (3.8 MB")
                .hasMessageContaining("memoryBudget")
                .hasMessageContaining("choose WARD or SINGLE");
        assertEquals(3, average.toBuilder().memoryBudget(3_996_000).build().fit(x).clusterCount());
    }

    @Test
    void k_or_cut_height_is_required_but_not_both() {
        assertThatThrownBy(() -> Agglomerative.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k(...) or cutHeight(...) was not called");
        assertThatThrownBy(() -> Agglomerative.builder().k(2).cutHeight(1.0).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("both called");
    }

    @Test
    void reloaded_model_keeps_the_dendrogram_and_labels() {
        DMatrixRMaj x = blobs(2, 300, 3, 3);
        AgglomerativeModel model = Agglomerative.builder().k(3).linkage(Linkage.AVERAGE).build().fit(x);
        AgglomerativeModel loaded = (AgglomerativeModel) ClusterModel.read(
                new io.segmentation.io.StateReader(model.toState()));
        assertEquals(model.dendrogram(), loaded.dendrogram());
        assertArrayEquals(model.labels(), loaded.labels());
        assertEquals(Linkage.AVERAGE, loaded.linkage());
    }

    /** Adjusted Rand index (Hubert and Arabie 1985) from the contingency table, written here for the test. */
    static double adjustedRand(int[] a, int[] b) {
        int ka = Arrays.stream(a).max().getAsInt() + 1;
        int kb = Arrays.stream(b).max().getAsInt() + 1;
        long[][] table = new long[ka][kb];
        long[] rowSums = new long[ka];
        long[] colSums = new long[kb];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
            rowSums[a[i]]++;
            colSums[b[i]]++;
        }
        double index = 0.0;
        for (long[] row : table) {
            for (long v : row) {
                index += v * (v - 1) / 2.0;
            }
        }
        double sumA = 0.0;
        for (long v : rowSums) {
            sumA += v * (v - 1) / 2.0;
        }
        double sumB = 0.0;
        for (long v : colSums) {
            sumB += v * (v - 1) / 2.0;
        }
        double pairs = a.length * (a.length - 1) / 2.0;
        double expected = sumA * sumB / pairs;
        double max = (sumA + sumB) / 2.0;
        return (index - expected) / (max - expected);
    }

    @Test
    void the_test_adjusted_rand_index_matches_a_case_worked_by_hand() {
        // sum C(n_ij,2) = 1, rows 2, columns 1, C(4,2) = 6: expected 1/3, max 3/2, ARI = 4/7.
        assertEquals(4.0 / 7.0, adjustedRand(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}), 1e-15);
    }
}
