package io.segmentation.internal;

/**
 * Sample quantiles by Hyndman and Fan's definition 7 (R's default {@code type = 7}, NumPy's default
 * {@code linear}): for m sorted values x[0..m), h = (m - 1)·p and Q(p) = x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋+1] - x[⌊h⌋]).
 * Order statistics are found by selection (expected O(m), see {@link #select(double[], int, int, int)}), not by
 * sorting.
 *
 * <p>Not API: may change in any release.
 *
 * <p>Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 1996, doi:10.1080/00031305.1996.10473566.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The R-7 quantile {@code p} in [0, 1] of {@code scratch}, which holds no NaN, is not empty and is
     * reordered (its values are kept).
     */
    public static double r7(double[] scratch, double p) {
        int m = scratch.length;
        double h = (m - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= m - 1) {
            lo = m - 1;
        }
        double low = select(scratch, 0, m - 1, lo);
        double frac = h - lo;
        if (frac == 0.0 || lo == m - 1) {
            return low;
        }
        // After select, every value right of lo is >= low: the next order statistic is their minimum.
        double high = scratch[lo + 1];
        for (int i = lo + 2; i < m; i++) {
            if (scratch[i] < high) {
                high = scratch[i];
            }
        }
        return low + frac * (high - low);
    }

    /** The R-7 quantile {@code p} in [0, 1] of {@code sorted}: ascending, no NaN, not empty, not modified. */
    public static double r7Sorted(double[] sorted, double p) {
        int m = sorted.length;
        double h = (m - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= m - 1) {
            return sorted[m - 1];
        }
        double frac = h - lo;
        return frac == 0.0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * Reorders {@code a} so that a[k] is its k-th smallest value (0-based), everything left of k is <= it and
     * everything right of it is >=, and returns that value. No NaN allowed.
     */
    public static double select(double[] a, int k) {
        return select(a, 0, a.length - 1, k);
    }

    /**
     * As {@link #select(double[], int)} within a[left..right] (inclusive): Floyd and Rivest's SELECT, which
     * first narrows [left, right] around k by selecting within a small sample (so the final partitions touch
     * few values: about n + min(k, n - k) comparisons), then partitions around a[k].
     *
     * <p>Reference: R. W. Floyd and R. L. Rivest, "Algorithm 489: The algorithm SELECT", Communications of the
     * ACM 18(3), 1975, doi:10.1145/360680.360694.
     */
    static double select(double[] a, int left, int right, int k) {
        while (right > left) {
            if (right - left > 600) {
                // Recurse on a sample range expected to hold the k-th value, sized ~n^(2/3).
                double n = right - left + 1;
                double i = k - left + 1;
                double z = Math.log(n);
                double s = 0.5 * Math.exp(2 * z / 3);
                double sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * Math.signum(i - n / 2);
                int newLeft = (int) Math.max(left, Math.floor(k - i * s / n + sd));
                int newRight = (int) Math.min(right, Math.floor(k + (n - i) * s / n + sd));
                select(a, newLeft, newRight, k);
            }
            double t = a[k];
            int i = left;
            int j = right;
            swap(a, left, k);
            if (a[right] > t) {
                swap(a, right, left);
            }
            while (i < j) {
                swap(a, i, j);
                i++;
                j--;
                while (a[i] < t) {
                    i++;
                }
                while (a[j] > t) {
                    j--;
                }
            }
            if (a[left] == t) {
                swap(a, left, j);
            } else {
                j++;
                swap(a, j, right);
            }
            // Now a[j] == t, with values <= t left of j and >= t right of it.
            if (j <= k) {
                left = j + 1;
            }
            if (k <= j) {
                right = j - 1;
            }
        }
        return a[k];
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
