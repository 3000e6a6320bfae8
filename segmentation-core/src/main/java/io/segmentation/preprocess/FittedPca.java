package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import io.segmentation.internal.Chunks;
import io.segmentation.internal.Workers;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * PCA fitted by {@link Pca#fit(FeatureMatrix)}: the training mean, k unit-length components (rows of a k×d
 * array), their variances and variance ratios. A row x maps to scores z_r = (x - mean)·v_r, divided by
 * √variance_r when whitened; {@link #inverseTransform} maps scores back. Immutable and thread-safe.
 */
public final class FittedPca {
    static final String STEP = "pca";

    private final List<String> inputs;
    private final double[] mean;
    private final double[] loadings;
    private final double[] variance;
    private final double[] ratio;
    private final boolean whiten;
    private final List<String> outputs;
    private final double[] sd;

    FittedPca(List<String> inputs, double[] mean, double[] loadings, double[] variance, double[] ratio,
            boolean whiten) {
        this.inputs = List.copyOf(inputs);
        this.mean = mean;
        this.loadings = loadings;
        this.variance = variance;
        this.ratio = ratio;
        this.whiten = whiten;
        List<String> names = new ArrayList<>(variance.length);
        for (int r = 0; r < variance.length; r++) {
            names.add("pc" + (r + 1));
        }
        this.outputs = List.copyOf(names);
        this.sd = new double[variance.length];
        for (int r = 0; r < variance.length; r++) {
            sd[r] = Math.sqrt(variance[r]);
        }
    }

    /** The number of components kept, k. */
    public int componentCount() {
        return variance.length;
    }

    /** The names of the input features, in order. */
    public List<String> inputFeatures() {
        return inputs;
    }

    /** The names of the scores: {@code pc1}, {@code pc2}, ... */
    public List<String> outputFeatures() {
        return outputs;
    }

    /** Whether scores are whitened. */
    public boolean whitened() {
        return whiten;
    }

    /** A copy of the training mean of each input feature. */
    public double[] mean() {
        return mean.clone();
    }

    /** A copy of component {@code r} (0-based): d loadings of unit length, largest magnitude positive. */
    public double[] component(int r) {
        Objects.checkIndex(r, variance.length);
        int d = inputs.size();
        return Arrays.copyOfRange(loadings, r * d, r * d + d);
    }

    /** A copy of the variance explained by each kept component (eigenvalues, divisor n - 1). */
    public double[] explainedVariance() {
        return variance.clone();
    }

    /** A copy of each kept component's share of the total variance; their sum is at most 1. */
    public double[] explainedVarianceRatio() {
        return ratio.clone();
    }

    /**
     * The scores of every row.
     *
     * @param features rows with the fitted input features, in order; not modified
     * @return k columns named {@code pc1..pck}, each its own source
     * @throws IllegalArgumentException when the features differ from the fitted ones or a value is NaN or
     *                                  infinite
     */
    public FeatureMatrix transform(FeatureMatrix features) {
        Objects.requireNonNull(features, "features");
        if (!features.featureNames().equals(inputs)) {
            throw new IllegalArgumentException(STEP + " step: expected the features " + inputs + ", found "
                    + features.featureNames());
        }
        int n = features.rowCount();
        return FeatureMatrix.wrap(project(features.toArray(), n), n, variance.length, outputs, outputs);
    }

    /**
     * The n×k scores of n×d row-major values that the caller owns ({@code x} is not modified), chunk by chunk on
     * one thread per processor; every row is computed the same way whatever the threads.
     */
    double[] project(double[] x, int n) {
        return project(x, n, Pca.threadsFor(n));
    }

    /** As {@link #project(double[], int)}, on the given number of threads. */
    double[] project(double[] x, int n, int threads) {
        int d = inputs.size();
        int k = variance.length;
        double[] z = new double[n * k];
        try (Workers workers = Workers.of(threads)) {
            requireFinite(x, n, d, inputs, workers);
            workers.forEach(Chunks.count(n), ch -> {
                double[] row = new double[d];
                int to = Chunks.to(ch, n);
                for (int i = Chunks.from(ch); i < to; i++) {
                    int o = i * d;
                    for (int j = 0; j < d; j++) {
                        row[j] = x[o + j] - mean[j];
                    }
                    project(row, z, i * k);
                }
            });
        }
        return z;
    }

    /**
     * Fails on the first NaN or infinite value of n×d row-major {@code x}, by row: each chunk finds its first
     * bad cell, and the earliest chunk's is reported, so the message does not depend on the threads.
     */
    static void requireFinite(double[] x, int n, int d, List<String> names, Workers workers) {
        int chunks = Chunks.count(n);
        int[] bad = new int[chunks];
        workers.forEach(chunks, ch -> {
            bad[ch] = -1;
            int to = Chunks.to(ch, n) * d;
            for (int t = Chunks.from(ch) * d; t < to; t++) {
                if (!Double.isFinite(x[t])) {
                    bad[ch] = t;
                    break;
                }
            }
        });
        for (int ch = 0; ch < chunks; ch++) {
            if (bad[ch] >= 0) {
                int t = bad[ch];
                throw StepInput.notFinite(STEP, names.get(t % d), t / d, x[t]);
            }
        }
    }

    /**
     * The scores of one row; thread-safe.
     *
     * @param x d values in fitted feature order; not modified
     * @throws IllegalArgumentException when {@code x} has the wrong length or a NaN or infinite value
     */
    public double[] transformRow(double[] x) {
        int d = inputs.size();
        if (x.length != d) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s step: expected a row of %d values, found %d", STEP, d, x.length));
        }
        double[] row = new double[d];
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(x[j])) {
                throw StepInput.notFinite(STEP, inputs.get(j), 0, x[j]);
            }
            row[j] = x[j] - mean[j];
        }
        double[] z = new double[variance.length];
        project(row, z, 0);
        return z;
    }

    /** Writes the k scores of one centred row into {@code z[at..at+k)}. */
    private void project(double[] centred, double[] z, int at) {
        int d = centred.length;
        int k = variance.length;
        int r = 0;
        // Four components per pass: four independent sums instead of one long dependency chain.
        for (; r + 4 <= k; r += 4) {
            int o0 = r * d;
            int o1 = o0 + d;
            int o2 = o1 + d;
            int o3 = o2 + d;
            double s0 = 0.0;
            double s1 = 0.0;
            double s2 = 0.0;
            double s3 = 0.0;
            for (int j = 0; j < d; j++) {
                double c = centred[j];
                s0 += c * loadings[o0 + j];
                s1 += c * loadings[o1 + j];
                s2 += c * loadings[o2 + j];
                s3 += c * loadings[o3 + j];
            }
            z[at + r] = whiten ? s0 / sd[r] : s0;
            z[at + r + 1] = whiten ? s1 / sd[r + 1] : s1;
            z[at + r + 2] = whiten ? s2 / sd[r + 2] : s2;
            z[at + r + 3] = whiten ? s3 / sd[r + 3] : s3;
        }
        for (; r < k; r++) {
            int ro = r * d;
            double s = 0.0;
            for (int j = 0; j < d; j++) {
                s += centred[j] * loadings[ro + j];
            }
            z[at + r] = whiten ? s / sd[r] : s;
        }
    }

    /**
     * Maps scores back to the input features: x = mean + Σ_r z_r·v_r (z_r·√variance_r when whitened). With
     * all d components this undoes {@link #transform} up to rounding; with fewer it gives the best rank-k
     * approximation.
     *
     * @param scores k columns; not modified
     * @return rows in the fitted input features, each its own source
     * @throws IllegalArgumentException when {@code scores} does not have k columns
     */
    public FeatureMatrix inverseTransform(FeatureMatrix scores) {
        Objects.requireNonNull(scores, "scores");
        int k = variance.length;
        if (scores.columnCount() != k) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s step: expected scores of %d components, found %d", STEP, k, scores.columnCount()));
        }
        int n = scores.rowCount();
        int d = inputs.size();
        double[] z = scores.toArray();
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            int xo = i * d;
            System.arraycopy(mean, 0, x, xo, d);
            for (int r = 0; r < k; r++) {
                double s = z[i * k + r];
                if (whiten) {
                    s *= sd[r];
                }
                int ro = r * d;
                for (int j = 0; j < d; j++) {
                    x[xo + j] += s * loadings[ro + j];
                }
            }
        }
        return FeatureMatrix.wrap(x, n, d, inputs, inputs);
    }

    /** The state; {@link #read(StateReader)} turns it back into an equal object. */
    public JsonObject toState() {
        return new StateWriter().put("step", STEP).put("inputs", inputs).put("whiten", whiten).put("mean", mean)
                .put("components", loadings).put("variance", variance).put("ratio", ratio).toJson();
    }

    /**
     * Reads the state written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path when the state is malformed
     */
    public static FittedPca read(StateReader state) {
        List<String> inputs = state.strings("inputs");
        int d = inputs.size();
        if (d == 0) {
            throw state.fail("inputs", "expected at least one feature, found none");
        }
        boolean whiten = state.bool("whiten");
        double[] mean = state.doubles("mean", d);
        double[] variance = state.doubles("variance");
        int k = variance.length;
        if (k == 0 || k > d) {
            throw state.fail("variance", "expected between 1 and " + d + " values, found " + k);
        }
        for (int r = 0; r < k; r++) {
            if (!(variance[r] >= 0.0) || whiten && variance[r] == 0.0) {
                throw state.fail("variance[" + r + "]", "expected a " + (whiten ? "positive" : "non-negative")
                        + " number, found " + variance[r]);
            }
        }
        double[] ratio = state.doubles("ratio", k);
        double[] loadings = state.doubles("components", k * d);
        return new FittedPca(inputs, mean, loadings, variance, ratio, whiten);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedPca other && inputs.equals(other.inputs) && whiten == other.whiten
                && Arrays.equals(mean, other.mean) && Arrays.equals(loadings, other.loadings)
                && Arrays.equals(variance, other.variance) && Arrays.equals(ratio, other.ratio);
    }

    @Override
    public int hashCode() {
        return 31 * inputs.hashCode() + Arrays.hashCode(loadings);
    }

    @Override
    public String toString() {
        return "FittedPca[" + inputs.size() + " -> " + variance.length + (whiten ? ", whitened" : "") + "]";
    }
}
