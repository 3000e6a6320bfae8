package io.segmentation.eval;

import io.segmentation.cluster.internal.Kernels;
import io.segmentation.internal.Check;
import org.ejml.data.DMatrixRMaj;

/**
 * The Davies–Bouldin index of a clustering: for each cluster, its worst similarity to another
 * cluster, averaged, {@code DB = (1/k) Σ_c max_{c'≠c} (S_c + S_c') / ||μ_c - μ_c'||}, where
 * {@code S_c} is the mean Euclidean distance of the rows of c to their mean μ_c. Lower is better;
 * 0 means every cluster is a point far from the others.
 *
 * <p>Reference: D. L. Davies and D. W. Bouldin, "A Cluster Separation Measure", IEEE Transactions on
 * Pattern Analysis and Machine Intelligence PAMI-1(2), 1979, doi:10.1109/TPAMI.1979.4766909.
 *
 * <p>Noise rows and empty clusters are excluded. Two clusters with the same mean are indistinguishable:
 * their ratio is {@code +Infinity}, or 0 when both also have zero spread. Two passes in fixed chunks plus
 * O(k²·d) for the centres: O(n·d + k²·d) time; bit-identical on any number of threads.
 *
 * <pre>{@code
 * double db = DaviesBouldin.of(x, model.labels());
 * }</pre>
 */
public final class DaviesBouldin {
    private DaviesBouldin() {
    }

    /**
     * The Davies–Bouldin index of the labelled rows of {@code x}, on one thread.
     *
     * @param x      n×d data, not modified
     * @param labels one label per row, in [0, k) or -1 for noise; not modified
     * @throws IllegalArgumentException when x has a non-finite cell, the lengths differ, a label is below
     *                                  -1, or fewer than 2 clusters have rows
     */
    public static double of(DMatrixRMaj x, int[] labels) {
        return of(x, labels, 1);
    }

    /**
     * The Davies–Bouldin index computed on {@code threads} threads; see {@link #of(DMatrixRMaj, int[])}.
     *
     * @param threads at least 1; the result does not depend on it
     */
    public static double of(DMatrixRMaj x, int[] labels, int threads) {
        Check.atLeast("threads", threads, 1);
        Labels checked = Labels.of(x, labels);
        checked.requireTwoClusters("Davies-Bouldin");
        return of(x.numCols, checked, ClusterMoments.of(x.data, x.numCols, checked, null, threads));
    }

    /** The index from moments already computed; checked labels with at least 2 non-empty clusters. */
    static double of(int d, Labels labels, ClusterMoments moments) {
        int k = labels.k;
        double total = 0.0;
        int counted = 0;
        for (int c = 0; c < k; c++) {
            if (labels.sizes[c] == 0) {
                continue;
            }
            double sc = moments.spread[c] / labels.sizes[c];
            double worst = 0.0;
            for (int o = 0; o < k; o++) {
                if (o == c || labels.sizes[o] == 0) {
                    continue;
                }
                double so = moments.spread[o] / labels.sizes[o];
                double between = Math.sqrt(Kernels.squaredDistance(moments.means, c, moments.means, o, d));
                double ratio;
                if (between > 0.0) {
                    ratio = (sc + so) / between;
                } else {
                    ratio = sc + so > 0.0 ? Double.POSITIVE_INFINITY : 0.0;
                }
                worst = Math.max(worst, ratio);
            }
            total += worst;
            counted++;
        }
        return total / counted;
    }
}
