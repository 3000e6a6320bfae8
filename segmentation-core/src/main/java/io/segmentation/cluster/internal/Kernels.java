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
}
