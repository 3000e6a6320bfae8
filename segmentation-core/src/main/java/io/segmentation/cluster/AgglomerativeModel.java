package io.segmentation.cluster;

import com.google.gson.JsonObject;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.cluster.internal.Kernels;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.time.Duration;
import org.ejml.data.DMatrixRMaj;

/**
 * A fitted {@link Agglomerative}: the labels of the training rows, the {@link Dendrogram}, the mean of
 * each cluster, and {@code predict} by the nearest cluster mean (a tie goes to the lower cluster).
 * Agglomerative clustering has no rule for new rows; the nearest mean reproduces the training labels
 * for compact clusters (ward, complete, average on separated groups) but not always for elongated
 * single-linkage clusters. Immutable and thread-safe.
 */
public final class AgglomerativeModel implements ClusterModel {
    private final int d;
    private final int k;
    private final Linkage linkage;
    private final int[] labels;
    private final double[] centres;
    private final Dendrogram dendrogram;
    private final FitReport report;

    private AgglomerativeModel(int d, int k, Linkage linkage, int[] labels, double[] centres, Dendrogram dendrogram,
            FitReport report) {
        this.d = d;
        this.k = k;
        this.linkage = linkage;
        this.labels = labels;
        this.centres = centres;
        this.dendrogram = dendrogram;
        this.report = report;
    }

    /** A model of a fit; takes ownership of {@code labels}, numbered 0..k-1; {@code x} is not modified. */
    static AgglomerativeModel of(double[] x, int n, int d, Linkage linkage, int[] labels, Dendrogram dendrogram,
            FitReport report) {
        int k = 0;
        for (int label : labels) {
            k = Math.max(k, label + 1);
        }
        double[] sums = new double[k * d];
        long[] counts = new long[k];
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            counts[c]++;
            for (int j = 0; j < d; j++) {
                sums[c * d + j] += x[i * d + j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                sums[c * d + j] /= counts[c];
            }
        }
        return new AgglomerativeModel(d, k, linkage, labels, sums, dendrogram, report);
    }

    @Override
    public String algorithm() {
        return "agglomerative";
    }

    @Override
    public int clusterCount() {
        return k;
    }

    @Override
    public int dimension() {
        return d;
    }

    /** The linkage the model was fitted with. */
    public Linkage linkage() {
        return linkage;
    }

    /** The merge tree of the training rows, to cut again without refitting. */
    public Dendrogram dendrogram() {
        return dendrogram;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** A copy of the mean of each cluster's training rows, k×d row-major. */
    @Override
    public double[] centres() {
        return centres.clone();
    }

    /**
     * The cluster whose mean is nearest to {@code row}; thread-safe.
     *
     * @param row d values, not modified
     * @throws IllegalArgumentException when {@code row} does not have d finite values
     */
    @Override
    public int predict(double[] row) {
        Inputs.requireRow(row, d);
        return Kernels.nearest(row, 0, centres, d, k);
    }

    /**
     * The clusters of the rows of {@code x}; see {@link #predict}.
     *
     * @param x n×d rows, not modified
     * @throws IllegalArgumentException when {@code x} does not have d columns or has a non-finite cell
     */
    @Override
    public int[] predictAll(DMatrixRMaj x) {
        Inputs.requireColumns(x, d);
        return Kernels.nearestAll(x.data, x.numRows, centres, d, k);
    }

    @Override
    public FitReport report() {
        return report;
    }

    /** The state for the model file: linkage, centres, training labels and the dendrogram. */
    @Override
    public JsonObject toState() {
        return new StateWriter()
                .put("algorithm", "agglomerative")
                .put("linkage", linkage.name())
                .put("dimension", d)
                .put("clusters", k)
                .put("centres", centres)
                .put("labels", labels)
                .put("dendrogram", dendrogram.toState())
                .toJson();
    }

    /**
     * Reads a model written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path of whatever is missing, malformed or
     *                                  inconsistent
     */
    public static AgglomerativeModel read(StateReader state) {
        Linkage linkage = state.enumValue("linkage", Linkage.class);
        int d = state.integer("dimension", 1, Integer.MAX_VALUE);
        int k = state.integer("clusters", 1, Integer.MAX_VALUE);
        double[] centres = state.doubles("centres", k * d);
        int[] labels = state.ints("labels", 0, k - 1);
        Dendrogram dendrogram = Dendrogram.read(state.child("dendrogram"));
        if (dendrogram.leaves() != labels.length) {
            throw state.fail("dendrogram", "expected " + labels.length + " leaves like labels, found "
                    + dendrogram.leaves());
        }
        FitReport report = new FitReport("agglomerative", "merge height", dendrogram.heights(), new long[0], 0,
                Duration.ZERO, true);
        return new AgglomerativeModel(d, k, linkage, labels, centres, dendrogram, report);
    }

    @Override
    public String toString() {
        return "AgglomerativeModel(" + k + " clusters, " + linkage + ", " + labels.length + " rows)";
    }
}
