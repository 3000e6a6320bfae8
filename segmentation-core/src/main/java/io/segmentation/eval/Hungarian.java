package io.segmentation.eval;

import java.util.Arrays;

/**
 * The Hungarian method for the rectangular assignment problem: given an r×m cost matrix with r ≤ m,
 * the assignment of every row to a distinct column with the least total cost. Shortest augmenting
 * paths with row and column potentials (Kuhn 1955, Munkres 1957, in the O(r²·m) form of Jonker and
 * Volgenant 1987). Ties go to the lower column index. Not API.
 */
final class Hungarian {
    private Hungarian() {
    }

    /**
     * The column of each row in a least-cost assignment.
     *
     * @param cost r×m costs, row-major, finite; not modified
     * @param r    rows, at most m
     * @param m    columns
     */
    static int[] solve(double[] cost, int r, int m) {
        if (r > m) {
            throw new IllegalArgumentException("rows must be <= columns (was " + r + " > " + m + ")");
        }
        // 1-based potentials; column 0 is a virtual column that holds the row being inserted.
        double[] u = new double[r + 1];
        double[] v = new double[m + 1];
        int[] owner = new int[m + 1];   // owner[j]: the row (1-based) assigned to column j, 0 if none
        int[] way = new int[m + 1];     // way[j]: the previous column on the shortest path to j
        double[] minSlack = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= r; i++) {
            owner[0] = i;
            int j0 = 0;
            Arrays.fill(minSlack, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = owner[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) {
                        continue;
                    }
                    double slack = cost[(i0 - 1) * m + (j - 1)] - u[i0] - v[j];
                    if (slack < minSlack[j]) {
                        minSlack[j] = slack;
                        way[j] = j0;
                    }
                    if (minSlack[j] < delta) { // strict '<': the lower column wins a tie
                        delta = minSlack[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[owner[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minSlack[j] -= delta;
                    }
                }
                j0 = j1;
            } while (owner[j0] != 0);
            // Flip the augmenting path back to the virtual column.
            do {
                int j1 = way[j0];
                owner[j0] = owner[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] assignment = new int[r];
        for (int j = 1; j <= m; j++) {
            if (owner[j] != 0) {
                assignment[owner[j] - 1] = j - 1;
            }
        }
        return assignment;
    }
}
