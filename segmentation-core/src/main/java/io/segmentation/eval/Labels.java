package io.segmentation.eval;

import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.internal.Inputs;
import java.util.Locale;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Checked cluster labels of n rows: each in [0, k) or {@link ClusterModel#NOISE}, with k = largest
 * label + 1 and the size of every cluster. Shared by the internal metrics; not API.
 */
final class Labels {
    final int[] labels;
    final int n;
    final int k;
    final int[] sizes;
    final int noise;

    private Labels(int[] labels, int k, int[] sizes, int noise) {
        this.labels = labels;
        this.n = labels.length;
        this.k = k;
        this.sizes = sizes;
        this.noise = noise;
    }

    /**
     * Checks labels (not modified, not copied: callers must not modify them while in use).
     *
     * @throws IllegalArgumentException naming the first row whose label is below -1
     */
    static Labels of(int[] labels) {
        Objects.requireNonNull(labels, "labels");
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (c < ClusterModel.NOISE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "labels[%d] must be a cluster >= 0 or NOISE (-1) (was %d)", i, c));
            }
            k = Math.max(k, c + 1);
        }
        int[] sizes = new int[k];
        int noise = 0;
        for (int c : labels) {
            if (c < 0) {
                noise++;
            } else {
                sizes[c]++;
            }
        }
        return new Labels(labels, k, sizes, noise);
    }

    /** Checks data and labels together: finite x with at least one row, one label per row. */
    static Labels of(DMatrixRMaj x, int[] labels) {
        Inputs.requireFinite(x, 1);
        Objects.requireNonNull(labels, "labels");
        if (labels.length != x.numRows) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "labels must have one entry per row of x (was %d labels, %d rows)", labels.length, x.numRows));
        }
        return of(labels);
    }

    /** The number of clusters with at least one row. */
    int nonEmpty() {
        int m = 0;
        for (int s : sizes) {
            if (s > 0) {
                m++;
            }
        }
        return m;
    }

    /** The number of rows that are not noise. */
    int clustered() {
        return n - noise;
    }

    /**
     * Throws unless at least two clusters have rows, as every internal metric needs.
     *
     * @param metric the metric's name, for the message
     */
    void requireTwoClusters(String metric) {
        int m = nonEmpty();
        if (m < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s needs at least 2 non-empty clusters (was %d, with %d noise rows excluded)", metric, m, noise));
        }
    }
}
