package io.segmentation.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class KdTreeTest {

    /** Random points: continuous for odd seeds, a small integer grid (many exact ties, duplicates) for even. */
    static double[] points(long seed, int n, int d) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int p = 0; p < x.length; p++) {
            x[p] = seed % 2 == 0 ? random.nextInt(6) : random.nextDouble() * 10.0;
        }
        return x;
    }

    /** The naive squared distance, summed in the same order as every index. */
    static double naive2(double[] x, int i, double[] q, int qo, int d) {
        double s = 0.0;
        for (int j = 0; j < d; j++) {
            double diff = q[qo + j] - x[i * d + j];
            s += diff * diff;
        }
        return s;
    }

    static SpatialIndex[] indexes(double[] x, int n, int d) {
        return new SpatialIndex[] {KdTree.build(x, n, d), BruteForceIndex.of(x, n, d)};
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void range_queries_equal_brute_force(int seed) {
        for (int d : new int[] {1, 2, 3, 5}) {
            int n = 300 + 37 * seed;
            double[] x = points(seed, n, d);
            double[] queries = points(seed + 100, 50, d);
            for (SpatialIndex index : indexes(x, n, d)) {
                SpatialIndex.Search search = index.newSearch();
                for (double r : new double[] {0.0, 0.5, 1.0, 2.0, 4.0}) {
                    double r2 = r * r;
                    for (int q = 0; q < 50; q++) {
                        // Queries both at fresh points and at indexed points (distance 0 to themselves).
                        double[] source = q % 2 == 0 ? queries : x;
                        int qo = q * d;
                        int[] expected = java.util.stream.IntStream.range(0, n)
                                .filter(i -> naive2(x, i, source, qo, d) <= r2).toArray();
                        int found = search.within(source, qo, r2);
                        int[] actual = new int[found];
                        for (int f = 0; f < found; f++) {
                            actual[f] = search.found(f);
                        }
                        Arrays.sort(actual);
                        String where = index.getClass().getSimpleName() + " seed " + seed + " d " + d + " r " + r
                                + " q " + q;
                        assertArrayEquals(expected, actual, where);
                        assertEquals(expected.length, search.count(source, qo, r2, Integer.MAX_VALUE), where);
                        assertEquals(Math.min(expected.length, 7), search.count(source, qo, r2, 7), where);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void nearest_and_kth_distance_equal_brute_force(int seed) {
        for (int d : new int[] {1, 2, 4}) {
            int n = 257 + 11 * seed;
            double[] x = points(seed, n, d);
            double[] queries = points(seed + 200, 40, d);
            boolean[] accept = new boolean[n];
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < n; i++) {
                accept[i] = random.nextInt(3) > 0;
            }
            for (SpatialIndex index : indexes(x, n, d)) {
                SpatialIndex.Search search = index.newSearch();
                for (int q = 0; q < 40; q++) {
                    int qo = q * d;
                    for (double r2 : new double[] {0.25, 1.0, 9.0, Double.POSITIVE_INFINITY}) {
                        for (boolean[] filter : new boolean[][] {null, accept}) {
                            // Naive: the lowest row among the accepted rows at the smallest distance <= r2.
                            int expected = -1;
                            double best = r2;
                            for (int i = 0; i < n; i++) {
                                double s = naive2(x, i, queries, qo, d);
                                if ((filter == null || filter[i]) && (s < best || (s == best && expected < 0))) {
                                    best = s;
                                    expected = i;
                                }
                            }
                            assertEquals(expected, search.nearest(queries, qo, r2, filter),
                                    index.getClass().getSimpleName() + " seed " + seed + " d " + d + " q " + q);
                        }
                    }
                    double[] all = new double[n];
                    for (int i = 0; i < n; i++) {
                        all[i] = naive2(x, i, queries, qo, d);
                    }
                    Arrays.sort(all);
                    for (int k : new int[] {1, 2, 5, 20, n}) {
                        assertEquals(all[k - 1], search.kthDistance2(queries, qo, k), 0.0, "k " + k);
                    }
                    assertEquals(Double.POSITIVE_INFINITY, search.kthDistance2(queries, qo, n + 1));
                }
            }
        }
    }

    @Test
    void many_identical_points_make_one_leaf_and_are_all_found() {
        int n = 1000;
        double[] x = new double[2 * n];
        Arrays.fill(x, 3.0);
        KdTree tree = KdTree.build(x, n, 2);
        assertEquals(1, tree.nodeCount()); // no spread to split on
        SpatialIndex.Search search = tree.newSearch();
        assertEquals(n, search.within(new double[] {3.0, 3.0}, 0, 0.0));
        assertEquals(0, search.count(new double[] {3.0, 4.0}, 0, 0.99, n));
        assertEquals(0, search.nearest(new double[] {3.0, 4.0}, 0, 1.0, null)); // tie: the lowest row
    }

    @Test
    void tree_is_balanced_with_leaves_of_at_most_leaf_size() {
        // 4096 distinct points split at medians: 4096 / 16 = 256 leaves, 511 nodes in all.
        double[] x = new double[4096];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i * 7919) % 4096;
        }
        assertEquals(511, KdTree.build(x, 4096, 1).nodeCount());
    }

    @Test
    void input_is_not_modified() {
        double[] x = points(3, 500, 3);
        double[] copy = x.clone();
        KdTree.build(x, 500, 3).newSearch().within(x, 0, 4.0);
        assertArrayEquals(copy, x);
    }

    @Test
    void rejects_an_array_too_short_for_n_and_d() {
        assertThrows(IllegalArgumentException.class, () -> KdTree.build(new double[5], 3, 2));
        assertThrows(IllegalArgumentException.class, () -> BruteForceIndex.of(new double[5], 0, 2));
    }
}
