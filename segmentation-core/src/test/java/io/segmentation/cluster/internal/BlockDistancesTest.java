package io.segmentation.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class BlockDistancesTest {

    @Test
    void the_build_runs_these_tests_with_the_vector_kernels() {
        // The surefire configuration adds jdk.incubator.vector; without it the comparison below would
        // compare the scalar kernels with themselves.
        assertTrue(BlockDistances.vectorAvailable());
        assertThat(BlockDistances.get().name()).startsWith("vector(");
        assertEquals("scalar", BlockDistances.scalar().name());
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "2, 3, 5", "16, 8, 64", "16, 4, 33", "5, 7, 64", "9, 1, 17", "31, 13, 63"})
    void vector_and_scalar_distances_are_identical_and_equal_the_plain_squared_distance(int d, int k, int m) {
        SplittableRandom random = new SplittableRandom(31L * d + 7L * k + m);
        int n = 200;
        double[] x = widelyScaled(random, n * d);
        double[] centres = gaussians(random, k * d);
        int[] rows = new int[BlockDistances.ROWS];
        for (int r = 0; r < m; r++) {
            rows[r] = random.nextInt(n); // gathered rows, in any order, repeats allowed
        }
        double[] scratch = new double[BlockDistances.ROWS * d];
        double[] vector = new double[BlockDistances.ROWS * k];
        double[] scalar = new double[BlockDistances.ROWS * k];
        BlockDistances.vector().distances(x, d, rows, m, centres, k, scratch, vector);
        BlockDistances.scalar().distances(x, d, rows, m, centres, k, scratch, scalar);
        for (int c = 0; c < k; c++) {
            for (int r = 0; r < m; r++) {
                double plain = Kernels.squaredDistance(x, rows[r], centres, c, d);
                assertEquals(plain, scalar[c * BlockDistances.ROWS + r], 0.0, "scalar, row " + r + ", centre " + c);
                assertEquals(plain, vector[c * BlockDistances.ROWS + r], 0.0, "vector, row " + r + ", centre " + c);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "2, 3, 5", "16, 8, 64", "16, 4, 33", "5, 7, 64", "9, 1, 17", "3, 13, 63"})
    void vector_and_scalar_nearest_agree_with_the_plain_scan_ties_included(int d, int k, int m) {
        SplittableRandom random = new SplittableRandom(17L * d + 3L * k + m);
        int n = 300;
        // Small integer coordinates, so that exact ties between centres are common; the last centres
        // repeat the first ones, so that ties of whole centres occur too.
        double[] x = new double[n * d];
        for (int q = 0; q < x.length; q++) {
            x[q] = random.nextInt(-3, 4);
        }
        double[] centres = new double[k * d];
        for (int q = 0; q < centres.length; q++) {
            centres[q] = q >= (k / 2 + 1) * d ? centres[q - (k / 2 + 1) * d] : random.nextInt(-3, 4);
        }
        int[] rows = new int[BlockDistances.ROWS];
        for (int r = 0; r < m; r++) {
            rows[r] = random.nextInt(n);
        }
        for (BlockDistances kernel : new BlockDistances[] {BlockDistances.scalar(), BlockDistances.vector()}) {
            int[] best = new int[BlockDistances.ROWS];
            double[] bestDist = new double[BlockDistances.ROWS];
            double[] secondDist = new double[BlockDistances.ROWS];
            kernel.nearest(x, d, rows, m, centres, k, new double[BlockDistances.ROWS * d],
                    new double[BlockDistances.ROWS * k], best, bestDist, secondDist);
            for (int r = 0; r < m; r++) {
                double[] two = new double[2];
                int expected = Kernels.nearestTwo(x, rows[r], centres, d, k, two);
                String where = kernel.name() + ", row " + r;
                assertEquals(expected, best[r], where);
                assertEquals(two[0], bestDist[r], 0.0, where);
                assertEquals(two[1], secondDist[r], 0.0, where);
            }
        }
    }

    @Test
    void a_blocked_copy_puts_feature_j_of_row_i_where_the_layout_says_and_pads_with_zeros() {
        int n = 70; // one whole block and a partial one
        int d = 3;
        double[] x = new double[n * d];
        for (int q = 0; q < x.length; q++) {
            x[q] = q + 1; // value of feature j of row i is i * d + j + 1
        }
        double[] blocked = BlockDistances.blocked(n, d);
        assertEquals(2 * BlockDistances.ROWS * d, blocked.length);
        BlockDistances.fillBlocked(x, d, 0, 64, blocked);
        BlockDistances.fillBlocked(x, d, 64, n, blocked);
        // Groups of 8 rows, feature-major inside. Row 5, feature 2: group 0, 2 * 8 + 5 = 21.
        // Row 66, feature 1: block 1 (offset 64 * 3), its row 2, group 0: 1 * 8 + 2 = 10.
        // Row 13, feature 0: group 1 (offset 8 * 3), 0 * 8 + 5.
        assertEquals(5 * 3 + 2 + 1, blocked[21], 0.0);
        assertEquals(66 * 3 + 1 + 1, blocked[64 * 3 + 10], 0.0);
        assertEquals(13 * 3 + 1, blocked[8 * 3 + 5], 0.0);
        assertEquals(21, BlockDistances.at(5, 2, 3));
        // Every value in a cell of its own, where at() says; every other cell (the padding) zero.
        boolean[] used = new boolean[blocked.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                int cell = i / BlockDistances.ROWS * BlockDistances.ROWS * d + BlockDistances.at(i % 64, j, d);
                assertFalse(used[cell], "two values in cell " + cell);
                used[cell] = true;
                assertEquals(i * d + j + 1, blocked[cell], 0.0, "row " + i + ", feature " + j);
            }
        }
        for (int cell = 0; cell < blocked.length; cell++) {
            if (!used[cell]) {
                assertEquals(0.0, blocked[cell], 0.0, "padding cell " + cell);
            }
        }
    }

    @Test
    void a_blocked_copy_too_large_for_one_array_is_refused_with_its_size() {
        assertThatThrownBy(() -> BlockDistances.blocked(Integer.MAX_VALUE / 16, 16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("134217727 rows of 16 features");
    }

    @Test
    void the_nearest_centre_scan_passes_over_nan_distances_as_the_scalar_scan_does() {
        // Distances of one block to 4 centres, row by row: NaN (an overflowed sum) and +inf among them.
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        double[][] rows = {{nan, 3, 1, 2}, {2, nan, 1, nan}, {inf, 5, inf, 5}, {nan, nan, nan, nan}, {1, 1, 0, 1}};
        int[] bestExpected = {2, 2, 1, 0, 2};
        double[] firstExpected = {1, 1, 5, inf, 0};
        double[] secondExpected = {2, 2, 5, inf, 1};
        int k = 4;
        double[] sums = new double[k * BlockDistances.ROWS];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < k; c++) {
                sums[c * BlockDistances.ROWS + r] = rows[r][c];
            }
        }
        for (BlockDistances kernel : new BlockDistances[] {BlockDistances.scalar(), BlockDistances.vector()}) {
            int[] best = new int[BlockDistances.ROWS];
            double[] bestDist = new double[BlockDistances.ROWS];
            double[] secondDist = new double[BlockDistances.ROWS];
            kernel.pickNearest(sums, rows.length, k, best, bestDist, secondDist);
            for (int r = 0; r < rows.length; r++) {
                String where = kernel.name() + ", row " + r;
                assertEquals(bestExpected[r], best[r], where);
                assertEquals(firstExpected[r], bestDist[r], 0.0, where);
                assertEquals(secondExpected[r], secondDist[r], 0.0, where);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "2, 3, 5", "16, 8, 64", "16, 4, 130", "5, 7, 200", "9, 1, 17", "31, 13, 150"})
    void blocks_measured_in_place_equal_the_plain_distances_and_scan(int d, int k, int n) {
        SplittableRandom random = new SplittableRandom(17L * d + 5L * k + n);
        double[] x = widelyScaled(random, n * d);
        double[] centres = gaussians(random, k * d);
        double[] blocked = BlockDistances.blocked(n, d);
        BlockDistances.fillBlocked(x, d, 0, n, blocked);
        for (BlockDistances kernel : new BlockDistances[] {BlockDistances.scalar(), BlockDistances.vector()}) {
            double[] out = new double[BlockDistances.ROWS * k];
            int[] best = new int[BlockDistances.ROWS];
            double[] bestDist = new double[BlockDistances.ROWS];
            double[] secondDist = new double[BlockDistances.ROWS];
            for (int from = 0; from < n; from += BlockDistances.ROWS) {
                int m = Math.min(BlockDistances.ROWS, n - from);
                kernel.distancesOfBlock(blocked, from * d, d, m, centres, k, out);
                for (int r = 0; r < m; r++) {
                    for (int c = 0; c < k; c++) {
                        assertEquals(Kernels.squaredDistance(x, from + r, centres, c, d),
                                out[c * BlockDistances.ROWS + r], 0.0, kernel.name() + ", row " + (from + r));
                    }
                }
                kernel.nearestOfBlock(blocked, from * d, d, m, centres, k, out, best, bestDist, secondDist);
                for (int r = 0; r < m; r++) {
                    double[] two = new double[2];
                    String where = kernel.name() + ", row " + (from + r);
                    assertEquals(Kernels.nearestTwo(x, from + r, centres, d, k, two), best[r], where);
                    assertEquals(two[0], bestDist[r], 0.0, where);
                    assertEquals(two[1], secondDist[r], 0.0, where);
                }
            }
        }
    }

    @Test
    void range_fills_at_most_one_block() {
        int[] rows = new int[BlockDistances.ROWS];
        assertEquals(BlockDistances.ROWS, BlockDistances.range(rows, 100, 1000));
        assertEquals(100 + BlockDistances.ROWS - 1, rows[BlockDistances.ROWS - 1]);
        assertEquals(3, BlockDistances.range(rows, 7, 10));
        assertArrayEquals(new int[] {7, 8, 9}, java.util.Arrays.copyOf(rows, 3));
    }

    /** Values of very different magnitudes, so that any change of summation order would show. */
    private static double[] widelyScaled(SplittableRandom random, int count) {
        double[] values = new double[count];
        for (int q = 0; q < count; q++) {
            values[q] = random.nextGaussian() * Math.pow(10.0, random.nextInt(-3, 4));
        }
        return values;
    }

    /** Centres: normal values with standard deviation 10. */
    private static double[] gaussians(SplittableRandom random, int count) {
        double[] values = new double[count];
        for (int q = 0; q < count; q++) {
            values[q] = random.nextGaussian() * 10.0;
        }
        return values;
    }
}
