package io.segmentation.eval;

import io.segmentation.internal.Check;
import org.ejml.data.DMatrixRMaj;

/**
 * The Calinski–Harabasz index (variance ratio criterion) of a clustering: between-cluster dispersion
 * over within-cluster dispersion, each divided by its degrees of freedom,
 * {@code CH = [B / (k - 1)] / [W / (m - k)]} with {@code B = Σ_c n_c ||μ_c - μ||²} and
 * {@code W = Σ_c Σ_{i∈c} ||x_i - μ_c||²} over the m non-noise rows and the k non-empty clusters.
 * Higher is better; it has no upper bound and favours convex, similar-sized clusters.
 *
 * <p>Reference: T. Caliński and J. Harabasz, "A dendrite method for cluster analysis", Communications
 * in Statistics 3(1), 1974, doi:10.1080/03610927408827101.
 *
 * <p>Noise rows are excluded (see {@link SizeDistribution} for their count). When every row sits exactly
 * on its cluster mean (W = 0) the index is {@code +Infinity}. Two passes over the data in fixed chunks:
 * O(n·d) time, O(k·d) memory per chunk; the result is bit-identical on any number of threads.
 *
 * <pre>{@code
 * double ch = CalinskiHarabasz.of(x, model.labels());
 * }</pre>
 */
public final class CalinskiHarabasz {
    private CalinskiHarabasz() {
    }

    /**
     * The Calinski–Harabasz index of the labelled rows of {@code x}, on one thread.
     *
     * @param x      n×d data, not modified
     * @param labels one label per row, in [0, k) or -1 for noise; not modified
     * @throws IllegalArgumentException when x has a non-finite cell, the lengths differ, a label is below
     *                                  -1, fewer than 2 clusters have rows, or there are no more rows than clusters
     */
    public static double of(DMatrixRMaj x, int[] labels) {
        return of(x, labels, 1);
    }

    /**
     * The Calinski–Harabasz index computed on {@code threads} threads; see {@link #of(DMatrixRMaj, int[])}.
     *
     * @param threads at least 1; the result does not depend on it
     */
    public static double of(DMatrixRMaj x, int[] labels, int threads) {
        Check.atLeast("threads", threads, 1);
        Labels checked = Labels.of(x, labels);
        checked.requireTwoClusters("Calinski-Harabasz");
        return of(x.data, x.numCols, checked, ClusterMoments.of(x.data, x.numCols, checked, null, threads));
    }

    /** The index from moments already computed; checked labels with at least 2 non-empty clusters. */
    static double of(double[] x, int d, Labels labels, ClusterMoments moments) {
        int m = labels.clustered();
        int k = labels.nonEmpty();
        if (m <= k) {
            throw new IllegalArgumentException("Calinski-Harabasz needs more non-noise rows than clusters (was "
                    + m + " rows, " + k + " clusters)");
        }
        double between = 0.0;
        for (int c = 0; c < labels.k; c++) {
            if (labels.sizes[c] == 0) {
                continue;
            }
            double s = 0.0;
            for (int j = 0; j < d; j++) {
                double diff = moments.means[c * d + j] - moments.grandMean[j];
                s += diff * diff;
            }
            between += labels.sizes[c] * s;
        }
        double within = moments.withinSquares();
        if (within == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        return (between / (k - 1)) / (within / (m - k));
    }
}
