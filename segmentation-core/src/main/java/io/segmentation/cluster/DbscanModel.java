package io.segmentation.cluster;

import com.google.gson.JsonObject;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.cluster.internal.SpatialIndex;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.time.Duration;
import org.ejml.data.DMatrixRMaj;

/**
 * A fitted {@link Dbscan}: labels with noise, which training rows are core rows, and {@code predict}
 * for new rows: the cluster of the nearest core row within eps (a tie goes to the lower row), else
 * {@link #NOISE}. This is the rule used for border rows during the fit, so predicting a training row
 * returns its label. Immutable and thread-safe.
 *
 * <p>The model keeps the core rows (m×d) and an index over them; {@link #centres()} are the means of
 * each cluster's training rows (core and border), which DBSCAN itself does not use.
 */
public final class DbscanModel implements ClusterModel {
    private final int d;
    private final int k;
    private final double eps;
    private final int minPts;
    private final Dbscan.Index index;
    private final int[] labels;
    private final boolean[] core;
    private final double[] corePoints;
    private final int[] coreLabels;
    private final double[] centres;
    private final FitReport report;
    private final SpatialIndex coreIndex;

    private DbscanModel(int d, int k, double eps, int minPts, Dbscan.Index index, int[] labels, boolean[] core,
            double[] corePoints, int[] coreLabels, double[] centres, FitReport report) {
        this.d = d;
        this.k = k;
        this.eps = eps;
        this.minPts = minPts;
        this.index = index;
        this.labels = labels;
        this.core = core;
        this.corePoints = corePoints;
        this.coreLabels = coreLabels;
        this.centres = centres;
        this.report = report;
        int m = coreLabels.length;
        this.coreIndex = m == 0 ? null : Dbscan.indexOf(index, corePoints, m, d);
    }

    /** A model of a fit; takes ownership of {@code labels} and {@code core}; {@code x} is not modified. */
    static DbscanModel of(double[] x, int n, int d, double eps, int minPts, Dbscan.Index index, int[] labels,
            boolean[] core, int k, FitReport report) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (core[i]) {
                m++;
            }
        }
        // Core rows in row order, so that the lower core index is the lower row in a tie.
        double[] corePoints = new double[m * d];
        int[] coreLabels = new int[m];
        double[] sums = new double[k * d];
        long[] counts = new long[k];
        int p = 0;
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            if (core[i]) {
                System.arraycopy(x, i * d, corePoints, p * d, d);
                coreLabels[p++] = c;
            }
            if (c >= 0) {
                counts[c]++;
                for (int j = 0; j < d; j++) {
                    sums[c * d + j] += x[i * d + j];
                }
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                sums[c * d + j] /= counts[c];
            }
        }
        return new DbscanModel(d, k, eps, minPts, index, labels, core, corePoints, coreLabels, sums, report);
    }

    @Override
    public String algorithm() {
        return "dbscan";
    }

    @Override
    public int clusterCount() {
        return k;
    }

    @Override
    public int dimension() {
        return d;
    }

    /** The neighbourhood radius the model was fitted with. */
    public double eps() {
        return eps;
    }

    /** The minPts the model was fitted with. */
    public int minPts() {
        return minPts;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** A copy of the core flags of the training rows, in order. */
    public boolean[] coreRows() {
        return core.clone();
    }

    /** The number of core rows. */
    public int coreCount() {
        return coreLabels.length;
    }

    /** The number of training rows labelled {@link #NOISE}. */
    public int noiseCount() {
        int noise = 0;
        for (int label : labels) {
            if (label == NOISE) {
                noise++;
            }
        }
        return noise;
    }

    /** A copy of the means of each cluster's training rows, k×d row-major. */
    @Override
    public double[] centres() {
        return centres.clone();
    }

    /**
     * The cluster of the nearest core row within eps of {@code row}, else {@link #NOISE}; thread-safe.
     *
     * @param row d values, not modified
     * @throws IllegalArgumentException when {@code row} does not have d finite values
     */
    @Override
    public int predict(double[] row) {
        Inputs.requireRow(row, d);
        if (coreIndex == null) {
            return NOISE;
        }
        int nearest = coreIndex.newSearch().nearest(row, 0, eps * eps, null);
        return nearest < 0 ? NOISE : coreLabels[nearest];
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
        int n = x.numRows;
        int[] out = new int[n];
        if (coreIndex == null) {
            java.util.Arrays.fill(out, NOISE);
            return out;
        }
        SpatialIndex.Search search = coreIndex.newSearch();
        double eps2 = eps * eps;
        for (int i = 0; i < n; i++) {
            int nearest = search.nearest(x.data, i * d, eps2, null);
            out[i] = nearest < 0 ? NOISE : coreLabels[nearest];
        }
        return out;
    }

    @Override
    public FitReport report() {
        return report;
    }

    /**
     * The state for the model file: parameters, core rows and their clusters (all predict needs),
     * centres, and the training labels and core flags.
     */
    @Override
    public JsonObject toState() {
        int[] coreFlags = new int[core.length];
        for (int i = 0; i < core.length; i++) {
            coreFlags[i] = core[i] ? 1 : 0;
        }
        return new StateWriter()
                .put("algorithm", "dbscan")
                .put("eps", eps)
                .put("minPts", minPts)
                .put("index", index.name())
                .put("dimension", d)
                .put("clusters", k)
                .put("corePoints", corePoints)
                .put("coreLabels", coreLabels)
                .put("centres", centres)
                .put("labels", labels)
                .put("core", coreFlags)
                .toJson();
    }

    /**
     * Reads a model written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path of whatever is missing, malformed or
     *                                  inconsistent
     */
    public static DbscanModel read(StateReader state) {
        double eps = state.number("eps");
        if (!(eps > 0.0)) {
            throw state.fail("eps", "expected a number > 0, found " + eps);
        }
        int minPts = state.integer("minPts", 1, Integer.MAX_VALUE);
        Dbscan.Index index = state.enumValue("index", Dbscan.Index.class);
        int d = state.integer("dimension", 1, Integer.MAX_VALUE);
        int k = state.integer("clusters", 0, Integer.MAX_VALUE);
        int[] coreLabels = state.ints("coreLabels", 0, Math.max(0, k - 1));
        if (k == 0 && coreLabels.length > 0) {
            throw state.fail("coreLabels", "expected no values when clusters is 0, found " + coreLabels.length);
        }
        double[] corePoints = state.doubles("corePoints", coreLabels.length * d);
        double[] centres = state.doubles("centres", k * d);
        int[] labels = state.ints("labels", NOISE, k - 1);
        int[] flags = state.ints("core", 0, 1);
        if (flags.length != labels.length) {
            throw state.fail("core", "expected " + labels.length + " values, found " + flags.length);
        }
        boolean[] core = new boolean[flags.length];
        int m = 0;
        for (int i = 0; i < flags.length; i++) {
            core[i] = flags[i] == 1;
            m += flags[i];
        }
        if (m != coreLabels.length) {
            throw state.fail("core", "expected " + coreLabels.length + " core rows like coreLabels, found " + m);
        }
        FitReport report = new FitReport("dbscan", "noise rows", new double[0], new long[0], 0, Duration.ZERO, true);
        return new DbscanModel(d, k, eps, minPts, index, labels, core, corePoints, coreLabels, centres, report);
    }

    @Override
    public String toString() {
        return "DbscanModel(" + k + " clusters, " + coreLabels.length + " core rows, " + noiseCount()
                + " noise rows, eps=" + eps + ", minPts=" + minPts + ")";
    }
}
