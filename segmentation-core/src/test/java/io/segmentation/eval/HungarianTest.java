package io.segmentation.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class HungarianTest {
    @Test
    void solves_a_three_by_three_case_by_hand() {
        // Costs: row 0 (4 1 3), row 1 (2 0 5), row 2 (3 2 2). The six assignments cost
        // 0-1-2: 4+0+2 = 6, 0-2-1: 4+5+2 = 11, 1-0-2: 1+2+2 = 5, 1-2-0: 1+5+3 = 9,
        // 2-0-1: 3+2+2 = 7, 2-1-0: 3+0+3 = 6. The least is 1-0-2.
        assertArrayEquals(new int[] {1, 0, 2}, Hungarian.solve(new double[] {4, 1, 3, 2, 0, 5, 3, 2, 2}, 3, 3));
    }

    @Test
    void matches_brute_force_over_all_assignments_for_small_sizes() {
        SplittableRandom random = new SplittableRandom(13);
        for (int trial = 0; trial < 300; trial++) {
            int r = 1 + random.nextInt(5);
            int m = r + random.nextInt(3);
            double[] cost = new double[r * m];
            for (int p = 0; p < cost.length; p++) {
                // small integers make ties common, which exercises the tie handling
                cost[p] = trial % 2 == 0 ? random.nextInt(6) : random.nextDouble() * 10;
            }
            int[] assignment = Hungarian.solve(cost, r, m);
            boolean[] taken = new boolean[m];
            double total = 0.0;
            for (int i = 0; i < r; i++) {
                assertEquals(false, taken[assignment[i]], "column used twice, trial " + trial);
                taken[assignment[i]] = true;
                total += cost[i * m + assignment[i]];
            }
            assertEquals(bruteForce(cost, r, m, 0, new boolean[m]), total, 1e-9, "trial " + trial);
        }
    }

    /** The least total cost of assigning rows [i, r) to distinct free columns, by trying every choice. */
    private static double bruteForce(double[] cost, int r, int m, int i, boolean[] taken) {
        if (i == r) {
            return 0.0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            if (!taken[j]) {
                taken[j] = true;
                best = Math.min(best, cost[i * m + j] + bruteForce(cost, r, m, i + 1, taken));
                taken[j] = false;
            }
        }
        return best;
    }
}
