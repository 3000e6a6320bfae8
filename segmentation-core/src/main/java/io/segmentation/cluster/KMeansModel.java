package io.segmentation.cluster;

import com.google.gson.JsonObject;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.cluster.internal.Kernels;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.Arrays;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * A fitted k-means clustering: k centres, the labels of the training rows, their inertia, and
 * {@link #predict} by nearest centre (a tie goes to the lower-numbered centre). Immutable and safe to
 * share between threads; made by {@link KMeans#fit} or read back with {@link #read(StateReader)}.
 */
public final class KMeansModel implements ClusterModel {
    private final int k;
    private final int d;
    private final double[] centres;
    private final int[] labels;
    private final double inertia;
    private final FitReport report;

    KMeansModel(int k, int d, double[] centres, int[] labels, double inertia, FitReport report) {
        this.k = k;
        this.d = d;
        this.centres = centres.clone();
        this.labels = labels.clone();
        this.inertia = inertia;
        this.report = Objects.requireNonNull(report, "report");
    }

    @Override
    public String algorithm() {
        return "kmeans";
    }

    @Override
    public int clusterCount() {
        return k;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public double[] centres() {
        return centres.clone();
    }

    /**
     * A copy of centre {@code c}.
     *
     * @param c a cluster in [0, k)
     * @throws IndexOutOfBoundsException when {@code c} is outside [0, k)
     */
    public double[] centre(int c) {
        Objects.checkIndex(c, k);
        return Arrays.copyOfRange(centres, c * d, c * d + d);
    }

    /**
     * The summed squared Euclidean distance of the training rows to their centres: the k-means
     * objective, lower is tighter (used to compare restarts and to choose k by the elbow).
     */
    public double inertia() {
        return inertia;
    }

    @Override
    public int predict(double[] row) {
        Inputs.requireRow(row, d);
        return Kernels.nearest(row, 0, centres, d, k);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code x} does not have d columns or holds a non-finite cell
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

    @Override
    public JsonObject toState() {
        return new StateWriter()
                .put("algorithm", algorithm())
                .put("k", k)
                .put("dimension", d)
                .put("centres", centres)
                .put("labels", labels)
                .put("inertia", inertia)
                .put("report", report.toState())
                .toJson();
    }

    /**
     * Reads a model written by {@link #toState()}, checking shapes, label range and finiteness.
     *
     * @throws IllegalArgumentException naming the JSON path of whatever is wrong
     */
    public static KMeansModel read(StateReader state) {
        int k = state.integer("k", 1, Integer.MAX_VALUE);
        int d = state.integer("dimension", 1, Integer.MAX_VALUE);
        double[] centres = state.doubles("centres", k * d);
        int[] labels = state.ints("labels", 0, k - 1);
        double inertia = state.number("inertia");
        FitReport report = FitReport.read(state.child("report"));
        return new KMeansModel(k, d, centres, labels, inertia, report);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KMeansModel m && k == m.k && d == m.d && Arrays.equals(centres, m.centres)
                && Arrays.equals(labels, m.labels) && Double.compare(inertia, m.inertia) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(k, d, Arrays.hashCode(centres), inertia);
    }

    @Override
    public String toString() {
        return "KMeansModel(k=" + k + ", d=" + d + ", inertia=" + inertia + ", rows=" + labels.length + ")";
    }
}
