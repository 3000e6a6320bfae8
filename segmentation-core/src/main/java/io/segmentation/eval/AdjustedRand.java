package io.segmentation.eval;

/**
 * The adjusted Rand index (ARI) of two labelings of the same rows: the share of row pairs on which
 * they agree (same segment in both, or different in both), corrected for chance so that independent
 * labelings score about 0 and identical partitions 1. It ignores how segments are numbered.
 * {@code ARI = (Σ C(n_ij,2) - E) / (M - E)} with {@code E = Σ C(a_i,2) · Σ C(b_j,2) / C(n,2)} and
 * {@code M = (Σ C(a_i,2) + Σ C(b_j,2)) / 2}.
 *
 * <p>Reference: L. Hubert and P. Arabie, "Comparing partitions", Journal of Classification 2, 1985,
 * doi:10.1007/BF01908075.
 *
 * <p>Noise (-1) is a group of its own. When the chance correction leaves nothing to correct (M = E:
 * both labelings put everything together, or both put every row alone) the partitions are identical
 * and the index is 1. O(n log r) time via {@link ContingencyTable}.
 *
 * <pre>{@code
 * double ari = AdjustedRand.of(truth, model.labels());
 * }</pre>
 */
public final class AdjustedRand {
    private AdjustedRand() {
    }

    /**
     * The adjusted Rand index of two labelings, in [-1, 1] (1 when they are the same partition).
     *
     * @param a any labels, not modified
     * @param b labels of the same rows, same length, not modified
     * @throws IllegalArgumentException when the lengths differ or the labelings are empty
     */
    public static double of(int[] a, int[] b) {
        return of(ContingencyTable.of(a, b));
    }

    /** The adjusted Rand index of the two labelings of a table. */
    public static double of(ContingencyTable table) {
        double index = 0.0;
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                index += pairs(table.count(r, c));
            }
        }
        double sumA = 0.0;
        for (int r = 0; r < table.rows(); r++) {
            sumA += pairs(table.rowTotal(r));
        }
        double sumB = 0.0;
        for (int c = 0; c < table.columns(); c++) {
            sumB += pairs(table.columnTotal(c));
        }
        double all = pairs(table.total());
        double max = (sumA + sumB) / 2.0;
        double expected = all == 0.0 ? 0.0 : sumA * sumB / all;
        if (max == expected) {
            return 1.0;
        }
        return (index - expected) / (max - expected);
    }

    private static double pairs(long m) {
        return m * (m - 1.0) / 2.0;
    }
}
