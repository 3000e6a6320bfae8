package io.segmentation.cluster;

import com.google.gson.JsonObject;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.Arrays;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;

/**
 * A fitted Gaussian mixture: weights, means and covariances of k components, the labels of the training
 * rows, soft memberships ({@link #predictProbabilities}), and the log-likelihood, BIC and AIC of any data
 * for choosing k. {@link #predict} gives the most probable component (a tie goes to the lower index);
 * {@link #centres()} are the means. Immutable and safe to share between threads.
 */
public final class GaussianMixtureModel implements ClusterModel {
    private final GaussianMixture.Covariance type;
    private final int k;
    private final int d;
    private final double reg;
    private final double[] weights;
    private final double[] means;
    private final double[] covariances;
    private final int[] labels;
    private final double logLikelihood;
    private final FitReport report;
    private final MixtureDensity density;

    GaussianMixtureModel(GaussianMixture.Covariance type, int k, int d, double reg, double[] weights,
            double[] means, double[] covariances, int[] labels, double logLikelihood, FitReport report) {
        this.type = Objects.requireNonNull(type, "type");
        this.k = k;
        this.d = d;
        this.reg = reg;
        this.weights = weights.clone();
        this.means = means.clone();
        this.covariances = covariances.clone();
        this.labels = labels.clone();
        this.logLikelihood = logLikelihood;
        this.report = Objects.requireNonNull(report, "report");
        this.density = new MixtureDensity(type, k, d, weights, means, covariances,
                DecompositionFactory_DDRM.chol(d, true), reg);
    }

    @Override
    public String algorithm() {
        return "gmm";
    }

    @Override
    public int clusterCount() {
        return k;
    }

    @Override
    public int dimension() {
        return d;
    }

    /** The covariance type. */
    public GaussianMixture.Covariance covarianceType() {
        return type;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** The means, k×d row-major (a copy). */
    @Override
    public double[] centres() {
        return means.clone();
    }

    /** A copy of the k mixing weights; they sum to 1. */
    public double[] weights() {
        return weights.clone();
    }

    /** A copy of the k×d means, row-major. */
    public double[] means() {
        return means.clone();
    }

    /**
     * The covariance matrix of component {@code c} as d×d row-major values (regularisation included),
     * expanded from the tied, diagonal or spherical form.
     *
     * @throws IndexOutOfBoundsException when {@code c} is outside [0, k)
     */
    public double[] covariance(int c) {
        Objects.checkIndex(c, k);
        double[] m = new double[d * d];
        switch (type) {
            case FULL:
                System.arraycopy(covariances, c * d * d, m, 0, d * d);
                break;
            case TIED:
                System.arraycopy(covariances, 0, m, 0, d * d);
                break;
            case DIAGONAL:
                for (int j = 0; j < d; j++) {
                    m[j * d + j] = covariances[c * d + j];
                }
                break;
            default:
                for (int j = 0; j < d; j++) {
                    m[j * d + j] = covariances[c];
                }
                break;
        }
        return m;
    }

    /** The log-likelihood of the training rows under the fitted parameters. */
    public double trainingLogLikelihood() {
        return logLikelihood;
    }

    @Override
    public int predict(double[] row) {
        Inputs.requireRow(row, d);
        double[] logp = new double[k];
        density.logJoint(row, 0, logp, new double[k * d]);
        return MixtureDensity.argMax(logp, k);
    }

    /**
     * The probability of each component given one row (the responsibilities); thread-safe.
     *
     * @param row d finite values, not modified
     * @return k probabilities summing to 1
     * @throws IllegalArgumentException when {@code row} does not have d finite values
     */
    public double[] predictProbabilities(double[] row) {
        Inputs.requireRow(row, d);
        double[] p = new double[k];
        double lse = density.logJoint(row, 0, p, new double[k * d]);
        for (int c = 0; c < k; c++) {
            p[c] = Math.exp(p[c] - lse);
        }
        return p;
    }

    /**
     * The probability of each component for every row of {@code x}, as {@link #predictProbabilities(double[])}
     * gives it for one row: an n×k row-major array, each row summing to 1 and largest at the component
     * {@link #predictAll(DMatrixRMaj)} chooses.
     *
     * @param x n×d data, not modified
     * @throws IllegalArgumentException when {@code x} does not have d columns or holds a non-finite cell
     */
    public double[] predictProbabilities(DMatrixRMaj x) {
        requireColumns(x);
        int n = x.numRows;
        double[] p = new double[n * k];
        double[] logp = new double[k];
        double[] diffs = new double[k * d];
        for (int i = 0; i < n; i++) {
            double lse = density.logJoint(x.data, i, logp, diffs);
            for (int c = 0; c < k; c++) {
                p[i * k + c] = Math.exp(logp[c] - lse);
            }
        }
        return p;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code x} does not have d columns or holds a non-finite cell
     */
    @Override
    public int[] predictAll(DMatrixRMaj x) {
        requireColumns(x);
        int[] out = new int[x.numRows];
        double[] logp = new double[k];
        double[] diffs = new double[k * d];
        for (int i = 0; i < out.length; i++) {
            density.logJoint(x.data, i, logp, diffs);
            out[i] = MixtureDensity.argMax(logp, k);
        }
        return out;
    }

    /**
     * The total log-likelihood of the rows of {@code x} (natural logarithm, summed over rows, not
     * averaged): higher fits better.
     *
     * @param x n×d data, not modified
     * @throws IllegalArgumentException when {@code x} does not have d columns or holds a non-finite cell
     */
    public double logLikelihood(DMatrixRMaj x) {
        requireColumns(x);
        double[] logp = new double[k];
        double[] diffs = new double[k * d];
        double sum = 0.0;
        for (int i = 0; i < x.numRows; i++) {
            sum += density.logJoint(x.data, i, logp, diffs);
        }
        return sum;
    }

    /** The number of free parameters: k − 1 weights, k·d means and the covariances' free values. */
    public long parameterCount() {
        long cov;
        switch (type) {
            case FULL:
                cov = (long) k * d * (d + 1) / 2;
                break;
            case TIED:
                cov = (long) d * (d + 1) / 2;
                break;
            case DIAGONAL:
                cov = (long) k * d;
                break;
            default:
                cov = k;
                break;
        }
        return (k - 1) + (long) k * d + cov;
    }

    /**
     * The Bayesian information criterion of {@code x}: −2·logLikelihood + parameters·ln n (Schwarz 1978);
     * lower is better.
     *
     * @throws IllegalArgumentException when {@code x} has no rows, not d columns, or a non-finite cell
     */
    public double bic(DMatrixRMaj x) {
        requireRows(x);
        return -2.0 * logLikelihood(x) + parameterCount() * Math.log(x.numRows);
    }

    /**
     * The Akaike information criterion of {@code x}: −2·logLikelihood + 2·parameters; lower is better.
     *
     * @throws IllegalArgumentException when {@code x} has no rows, not d columns, or a non-finite cell
     */
    public double aic(DMatrixRMaj x) {
        requireRows(x);
        return -2.0 * logLikelihood(x) + 2.0 * parameterCount();
    }

    private void requireRows(DMatrixRMaj x) {
        Objects.requireNonNull(x, "x");
        if (x.numRows < 1) {
            throw new IllegalArgumentException("x must have at least 1 rows (was 0)");
        }
    }

    private void requireColumns(DMatrixRMaj x) {
        Inputs.requireColumns(x, d);
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
                .put("covariance", type.name())
                .put("reg", reg)
                .put("weights", weights)
                .put("means", means)
                .put("covariances", covariances)
                .put("labels", labels)
                .put("logLikelihood", logLikelihood)
                .put("report", report.toState())
                .toJson();
    }

    /**
     * Reads a model written by {@link #toState()}, checking shapes, label range and finiteness.
     *
     * @throws IllegalArgumentException naming the JSON path of whatever is wrong, including a covariance
     *                                  that is not positive definite
     */
    public static GaussianMixtureModel read(StateReader state) {
        int k = state.integer("k", 1, Integer.MAX_VALUE);
        int d = state.integer("dimension", 1, Integer.MAX_VALUE);
        GaussianMixture.Covariance type = state.enumValue("covariance", GaussianMixture.Covariance.class);
        double reg = state.number("reg");
        double[] weights = state.doubles("weights", k);
        double[] means = state.doubles("means", k * d);
        int size;
        switch (type) {
            case FULL:
                size = k * d * d;
                break;
            case TIED:
                size = d * d;
                break;
            case DIAGONAL:
                size = k * d;
                break;
            default:
                size = k;
                break;
        }
        double[] covariances = state.doubles("covariances", size);
        int[] labels = state.ints("labels", 0, k - 1);
        double ll = state.number("logLikelihood");
        FitReport report = FitReport.read(state.child("report"));
        for (int c = 0; c < k; c++) {
            if (!(weights[c] > 0.0)) {
                throw state.fail("weights[" + c + "]", "expected a positive weight, found " + weights[c]);
            }
        }
        try {
            return new GaussianMixtureModel(type, k, d, reg, weights, means, covariances, labels, ll, report);
        } catch (IllegalArgumentException e) {
            throw state.fail("covariances", e.getMessage());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GaussianMixtureModel m && type == m.type && k == m.k && d == m.d
                && Arrays.equals(weights, m.weights) && Arrays.equals(means, m.means)
                && Arrays.equals(covariances, m.covariances) && Arrays.equals(labels, m.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, k, d, Arrays.hashCode(means));
    }

    @Override
    public String toString() {
        return "GaussianMixtureModel(k=" + k + ", d=" + d + ", covariance=" + type + ", logLikelihood="
                + logLikelihood + ")";
    }
}
