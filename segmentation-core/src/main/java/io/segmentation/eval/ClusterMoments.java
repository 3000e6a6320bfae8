package io.segmentation.eval;

import io.segmentation.internal.Chunks;
import io.segmentation.cluster.internal.Kernels;
import io.segmentation.internal.Workers;

/**
 * Per-cluster means and spreads of labelled rows, in two passes over fixed chunks with per-chunk
 * partial sums reduced in chunk order (bit-identical on any number of threads). Noise rows are
 * skipped. Shared by Calinski–Harabasz, Davies–Bouldin and the inertia of k selection; not API.
 */
final class ClusterMoments {
    /** k×d cluster means (NaN for empty clusters). */
    final double[] means;
    /** The mean of all non-noise rows, d values. */
    final double[] grandMean;
    /** Per cluster, the sum of squared distances of its rows to its mean. */
    final double[] squaredSpread;
    /** Per cluster, the sum of (unsquared) distances of its rows to its mean. */
    final double[] spread;

    private ClusterMoments(double[] means, double[] grandMean, double[] squaredSpread, double[] spread) {
        this.means = means;
        this.grandMean = grandMean;
        this.squaredSpread = squaredSpread;
        this.spread = spread;
    }

    /**
     * Computes the moments of {@code x} (n×d, not modified) under checked labels.
     *
     * @param centres k×d centres to measure spreads around instead of the means, or null for the means
     */
    static ClusterMoments of(double[] x, int d, Labels labels, double[] centres, int threads) {
        int n = labels.n;
        int k = labels.k;
        int[] lab = labels.labels;
        int chunks = Chunks.count(n);
        double[][] partialSums = new double[chunks][];
        double[][] partialSquared = new double[chunks][];
        double[][] partialSpread = new double[chunks][];
        double[] means = new double[k * d];
        try (Workers workers = Workers.of(threads)) {
            workers.forEachChunk(n, chunk -> {
                double[] sums = new double[k * d];
                for (int i = Chunks.from(chunk), to = Chunks.to(chunk, n); i < to; i++) {
                    int c = lab[i];
                    if (c < 0) {
                        continue;
                    }
                    int xo = i * d;
                    int co = c * d;
                    for (int j = 0; j < d; j++) {
                        sums[co + j] += x[xo + j];
                    }
                }
                partialSums[chunk] = sums;
            });
            for (double[] sums : partialSums) {
                for (int p = 0; p < sums.length; p++) {
                    means[p] += sums[p];
                }
            }
            double[] grand = new double[d];
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    grand[j] += means[c * d + j];
                    means[c * d + j] = labels.sizes[c] == 0 ? Double.NaN : means[c * d + j] / labels.sizes[c];
                }
            }
            int clustered = labels.clustered();
            for (int j = 0; j < d; j++) {
                grand[j] = clustered == 0 ? Double.NaN : grand[j] / clustered;
            }
            double[] around = centres == null ? means : centres;
            workers.forEachChunk(n, chunk -> {
                double[] squared = new double[k];
                double[] spread = new double[k];
                for (int i = Chunks.from(chunk), to = Chunks.to(chunk, n); i < to; i++) {
                    int c = lab[i];
                    if (c < 0) {
                        continue;
                    }
                    double s = Kernels.squaredDistance(x, i, around, c, d);
                    squared[c] += s;
                    spread[c] += Math.sqrt(s);
                }
                partialSquared[chunk] = squared;
                partialSpread[chunk] = spread;
            });
            double[] squared = new double[k];
            double[] spread = new double[k];
            for (int chunk = 0; chunk < chunks; chunk++) {
                for (int c = 0; c < k; c++) {
                    squared[c] += partialSquared[chunk][c];
                    spread[c] += partialSpread[chunk][c];
                }
            }
            return new ClusterMoments(means, grand, squared, spread);
        }
    }

    /** The total within-cluster sum of squares (inertia), summed in cluster order. */
    double withinSquares() {
        double w = 0.0;
        for (double s : squaredSpread) {
            w += s;
        }
        return w;
    }
}
