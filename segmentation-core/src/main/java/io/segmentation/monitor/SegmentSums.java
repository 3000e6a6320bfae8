package io.segmentation.monitor;

import io.segmentation.cluster.internal.Kernels;

/**
 * Per-segment tallies of labelled rows in feature space, shared by the training reference, the drift monitor
 * and segment stability: the rows of each segment and of noise, each segment's feature sums, and (when centres
 * are given) each segment's summed squared distance to its own centre and each row's squared distance to the
 * nearest centre. One pass, O(n·k·d) with centres, O(n·d) without.
 */
final class SegmentSums {
    private final int k;
    private final int d;
    private final long[] counts;
    private final double[] sums;
    private final double[] ownSquared;
    private final double[] nearestSquared;

    private SegmentSums(int k, int d, long[] counts, double[] sums, double[] ownSquared, double[] nearestSquared) {
        this.k = k;
        this.d = d;
        this.counts = counts;
        this.sums = sums;
        this.ownSquared = ownSquared;
        this.nearestSquared = nearestSquared;
    }

    /**
     * Tallies rows [0, labels.length) of {@code x}.
     *
     * @param x       the rows, row-major with {@code d} columns; not modified
     * @param d       the number of features
     * @param labels  each row's segment in [0, k), or negative for noise; not modified
     * @param k       the number of segments
     * @param centres the k×d centres, row-major, or {@code null} to skip the distances; not modified
     */
    static SegmentSums of(double[] x, int d, int[] labels, int k, double[] centres) {
        int n = labels.length;
        long[] counts = new long[k + 1];
        double[] sums = new double[k * d];
        double[] own = centres == null ? null : new double[k];
        double[] nearest = centres == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            if (c < 0) {
                counts[k]++;
            } else {
                counts[c]++;
                for (int j = 0; j < d; j++) {
                    sums[c * d + j] += x[i * d + j];
                }
                if (centres != null) {
                    own[c] += Kernels.squaredDistance(x, i, centres, c, d);
                }
            }
            if (centres != null) {
                int best = Kernels.nearest(x, i, centres, d, k);
                nearest[i] = Kernels.squaredDistance(x, i, centres, best, d);
            }
        }
        return new SegmentSums(k, d, counts, sums, own, nearest);
    }

    /** The rows of segment {@code c}, or of noise when {@code c == k}. */
    long count(int c) {
        return counts[c];
    }

    /** The mean of feature {@code j} over segment {@code c}'s rows; NaN when the segment has none. */
    double mean(int c, int j) {
        return counts[c] == 0 ? Double.NaN : sums[c * d + j] / counts[c];
    }

    /** The k×d means, row-major; NaN rows for empty segments. */
    double[] means() {
        double[] means = new double[k * d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                means[c * d + j] = mean(c, j);
            }
        }
        return means;
    }

    /** Segment {@code c}'s root mean squared distance to its own centre; 0 when empty (centres given). */
    double spread(int c) {
        return counts[c] == 0 ? 0.0 : Math.sqrt(ownSquared[c] / counts[c]);
    }

    /** Row {@code i}'s squared distance to its nearest centre (centres given). */
    double nearestSquared(int i) {
        return nearestSquared[i];
    }
}
