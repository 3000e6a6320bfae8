package io.segmentation.cluster.internal;

/**
 * The hot loops of the clustering algorithms, as static methods over flat row-major arrays. They trust
 * their input (checked once at the edge by {@link Inputs}), allocate nothing, and say which arguments
 * they overwrite.
 */
public final class Kernels {
    private Kernels() {
    }

    /**
     * The squared Euclidean distance between row {@code ai} of {@code a} and row {@code bi} of
     * {@code b}, both with {@code d} columns; neither is modified.
     */
    public static double squaredDistance(double[] a, int ai, double[] b, int bi, int d) {
        int ao = ai * d;
        int bo = bi * d;
        double s = 0.0;
        for (int j = 0; j < d; j++) {
            double diff = a[ao + j] - b[bo + j];
            s += diff * diff;
        }
        return s;
    }

    /**
     * The index of the row of {@code centres} (k×d) nearest to row {@code i} of {@code x}; a tie goes to
     * the lower index. Neither array is modified.
     */
    public static int nearest(double[] x, int i, double[] centres, int d, int k) {
        int best = 0;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = squaredDistance(x, i, centres, c, d);
            if (s < bestDist) { // strict '<': a tie goes to the lower index, every time
                bestDist = s;
                best = c;
            }
        }
        return best;
    }

    /**
     * The nearest row of {@code centres} (k×d) to each of the n rows of {@code x} (n×d), a tie going to
     * the lower index; neither array is modified.
     */
    public static int[] nearestAll(double[] x, int n, double[] centres, int d, int k) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = nearest(x, i, centres, d, k);
        }
        return labels;
    }

    /**
     * The index of the row of {@code centres} (k×d) nearest to row {@code i} of {@code x}, with the
     * squared distances to the nearest and the second nearest centre written to {@code out[0]} and
     * {@code out[1]} (the second is +∞ when k = 1). A tie goes to the lower index. The distances are
     * computed exactly as by {@link #squaredDistance}, so every caller sees the same numbers.
     *
     * @param out at least 2 values, overwritten
     */
    public static int nearestTwo(double[] x, int i, double[] centres, int d, int k, double[] out) {
        int best = 0;
        double bestDist = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = squaredDistance(x, i, centres, c, d);
            if (s < bestDist) { // strict '<': a tie goes to the lower index, every time
                second = bestDist;
                bestDist = s;
                best = c;
            } else if (s < second) {
                second = s;
            }
        }
        out[0] = bestDist;
        out[1] = second;
        return best;
    }

    /**
     * Assigns rows [from, to) of {@code x} (n×d) to their nearest row of {@code centres} (k×d), a tie
     * going to the lower index, and returns how many of those rows changed label. Neither {@code x} nor
     * {@code centres} is modified; {@code labels} and {@code distances} (the squared distance of each row
     * to its centre) are overwritten for [from, to).
     */
    public static int assignRows(double[] x, double[] centres, int d, int k, int[] labels, double[] distances,
            int from, int to) {
        int changed = 0;
        double[] two = new double[2];   // once per call (a chunk), not per row
        for (int i = from; i < to; i++) {
            int best = nearestTwo(x, i, centres, d, k, two);
            if (labels[i] != best) {
                changed++;
                labels[i] = best;
            }
            distances[i] = two[0];
        }
        return changed;
    }

    /**
     * Adds rows [from, to) of {@code x} (n×d, not modified) to the per-label sums and counts:
     * {@code sums[so + c * d + j]} and {@code counts[co + c]} for the label c of each row. The sums and
     * counts must be cleared by the caller; they are added to.
     */
    public static void sumRows(double[] x, int d, int[] labels, int from, int to, double[] sums, int so,
            long[] counts, int co) {
        for (int i = from; i < to; i++) {
            int c = labels[i];
            int xo = i * d;
            int o = so + c * d;
            for (int j = 0; j < d; j++) {
                sums[o + j] += x[xo + j];
            }
            counts[co + c]++;
        }
    }

    /**
     * Lowers {@code distances[i]} to the squared distance of row i of {@code x} to row {@code c} of
     * {@code centres} where that is smaller, for rows [from, to), and returns the new values' sum in row
     * order (k-means++ seeding's potential). {@code x} and {@code centres} are not modified;
     * {@code distances} is overwritten for [from, to).
     */
    public static double minDistances(double[] x, double[] centres, int c, int d, double[] distances,
            int from, int to) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            double s = Math.min(squaredDistance(x, i, centres, c, d), distances[i]); // no branch to mispredict
            distances[i] = s;
            sum += s;
        }
        return sum;
    }
}
