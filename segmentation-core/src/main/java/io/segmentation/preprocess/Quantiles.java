package io.segmentation.preprocess;

/**
 * Sample quantiles by Hyndman and Fan's definition 7 (R's default {@code type = 7}, NumPy's default
 * {@code linear}): for m sorted values x[0..m), h = (m - 1)·p and Q(p) = x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋+1] - x[⌊h⌋]).
 * Order statistics are found by selection (expected O(m)), not by sorting.
 *
 * <p>Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 1996, doi:10.1080/00031305.1996.10473566.
 */
final class Quantiles {
    private Quantiles() {
    }

    /**
     * Copies the non-NaN values of {@code values} into a new array (the caller's scratch); {@code values} is
     * not modified.
     */
    static double[] present(double[] values) {
        int m = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                m++;
            }
        }
        double[] out = new double[m];
        int t = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                out[t++] = values[i];
            }
        }
        return out;
    }

    /** Copies the present (non-NaN) cells of {@code column} into a new array, the caller's scratch. */
    static double[] present(io.segmentation.data.NumericColumn column) {
        int n = column.size();
        double[] out = new double[n - column.missingCount()];
        int t = 0;
        for (int i = 0; i < n; i++) {
            double v = column.get(i);
            if (!Double.isNaN(v)) {
                out[t++] = v;
            }
        }
        return out;
    }

    /**
     * The R-7 quantile {@code p} in [0, 1] of {@code scratch}, which holds no NaN, is not empty and is
     * reordered (its values are kept).
     */
    static double r7(double[] scratch, double p) {
        int m = scratch.length;
        double h = (m - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= m - 1) {
            lo = m - 1;
        }
        double low = select(scratch, lo);
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

    /**
     * Reorders {@code a} so that a[k] is its k-th smallest value (0-based), everything left of k is <= it
     * and everything right of it is >=, and returns that value. Hoare partitioning with a median-of-three
     * pivot; no NaN allowed.
     */
    static double select(double[] a, int k) {
        int left = 0;
        int right = a.length - 1;
        while (right > left) {
            int mid = (left + right) >>> 1;
            // Median of three moved to a[mid]; also makes a[left] <= a[mid] <= a[right] (sentinels).
            if (a[mid] < a[left]) {
                swap(a, mid, left);
            }
            if (a[right] < a[left]) {
                swap(a, right, left);
            }
            if (a[right] < a[mid]) {
                swap(a, right, mid);
            }
            double pivot = a[mid];
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            // Now a[left..j] <= pivot, a[i..right] >= pivot, and a[j+1..i-1] == pivot.
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return a[k];
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
