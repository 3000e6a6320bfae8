package io.segmentation.cluster;

import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * The log-densities of a Gaussian mixture, prepared once from its weights, means and covariances: each
 * covariance is factored by Cholesky (Σ = L Lᵀ) and kept as the inverse factor P = L⁻¹, so that a row's
 * Mahalanobis distance is ‖P(x − μ)‖² and log|Σ|^(-1/2) = Σ log P_aa. Immutable after construction;
 * {@link #logJoint} is thread-safe given caller-owned scratch.
 */
final class MixtureDensity {
    private static final double LOG_2PI = Math.log(2.0 * Math.PI);

    private final GaussianMixture.Covariance type;
    private final int k;
    private final int d;
    private final double[] logWeights;
    private final double[] means;
    /** FULL: k×d×d inverse factors; TIED: one d×d; DIAGONAL: k×d inverse deviations; SPHERICAL: k. */
    private final double[] precision;
    private final double[] logDet;

    /**
     * Prepares the densities.
     *
     * @param covariances FULL k×d×d, TIED d×d, DIAGONAL k×d variances, SPHERICAL k variances; not modified
     * @param chol        a lower Cholesky decomposition of size d, reused (FULL and TIED only)
     * @param reg         the regularisation already added, for the message
     * @throws IllegalArgumentException naming the first component whose covariance is not positive definite
     */
    MixtureDensity(GaussianMixture.Covariance type, int k, int d, double[] weights, double[] means,
            double[] covariances, CholeskyDecomposition_F64<DMatrixRMaj> chol, double reg) {
        this.type = type;
        this.k = k;
        this.d = d;
        this.means = means.clone();
        this.logWeights = new double[k];
        for (int c = 0; c < k; c++) {
            logWeights[c] = Math.log(weights[c]);
        }
        this.logDet = new double[k];
        switch (type) {
            case FULL:
                precision = new double[k * d * d];
                for (int c = 0; c < k; c++) {
                    logDet[c] = invertFactor(covariances, c * d * d, precision, c * d * d, chol, c, reg);
                }
                break;
            case TIED:
                precision = new double[d * d];
                double shared = invertFactor(covariances, 0, precision, 0, chol, -1, reg);
                for (int c = 0; c < k; c++) {
                    logDet[c] = shared;
                }
                break;
            case DIAGONAL:
                precision = new double[k * d];
                for (int c = 0; c < k; c++) {
                    double s = 0.0;
                    for (int j = 0; j < d; j++) {
                        double v = covariances[c * d + j];
                        requirePositive(v, c, reg);
                        precision[c * d + j] = 1.0 / Math.sqrt(v);
                        s += Math.log(precision[c * d + j]);
                    }
                    logDet[c] = s;
                }
                break;
            default: // SPHERICAL
                precision = new double[k];
                for (int c = 0; c < k; c++) {
                    double v = covariances[c];
                    requirePositive(v, c, reg);
                    precision[c] = 1.0 / Math.sqrt(v);
                    logDet[c] = d * Math.log(precision[c]);
                }
                break;
        }
    }

    private void requirePositive(double v, int c, double reg) {
        if (!(v > 0.0) || !Double.isFinite(v)) {
            throw collapsed(c, reg);
        }
    }

    private IllegalArgumentException collapsed(int c, double reg) {
        String which = c < 0 ? "the tied covariance" : "covariance of component " + c;
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "%s is not positive definite after regularisation %s; the component has collapsed onto too few "
                        + "distinct rows: raise reg, lower k, or remove duplicate rows", which, reg));
    }

    /** Factors one d×d covariance and writes P = L⁻¹ (lower, row-major); returns Σ log P_aa. */
    private double invertFactor(double[] cov, int from, double[] out, int to,
            CholeskyDecomposition_F64<DMatrixRMaj> chol, int c, double reg) {
        DMatrixRMaj a = new DMatrixRMaj(d, d);
        System.arraycopy(cov, from, a.data, 0, d * d);
        if (!chol.decompose(a)) {
            throw collapsed(c, reg);
        }
        DMatrixRMaj l = chol.getT(null);
        double[] p = l.data;
        for (int i = 0; i < d; i++) {
            double diag = p[i * d + i];
            if (!(diag > 0.0) || !Double.isFinite(diag)) {
                throw collapsed(c, reg);
            }
            for (int j = i + 1; j < d; j++) {
                p[i * d + j] = 0.0; // keep only the lower triangle
            }
        }
        TriangularSolver_DDRM.invertLower(p, d);
        double s = 0.0;
        for (int i = 0; i < d; i++) {
            s += Math.log(p[i * d + i]);
        }
        System.arraycopy(p, 0, out, to, d * d);
        return s;
    }

    int k() {
        return k;
    }

    int dimension() {
        return d;
    }

    /**
     * Writes log(w_c) + log N(x_i | μ_c, Σ_c) for every component to {@code logp}, and x_i − μ_c to
     * {@code diffs} (k×d), and returns log p(x_i) by log-sum-exp. {@code x} is not modified.
     *
     * @param logp  k values, overwritten
     * @param diffs k×d values, overwritten
     */
    double logJoint(double[] x, int i, double[] logp, double[] diffs) {
        double max = logTerms(x, i, logp, diffs);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0.0;
        for (int c = 0; c < k; c++) {
            sum += Math.exp(logp[c] - max);
        }
        return max + Math.log(sum);
    }

    /**
     * Writes the responsibilities p(c | x_i) to {@code resp} and x_i − μ_c to {@code diffs}, and returns
     * log p(x_i); one exponential per component. {@code x} is not modified.
     *
     * @param resp  k values, overwritten
     * @param diffs k×d values, overwritten
     */
    double responsibilities(double[] x, int i, double[] resp, double[] diffs) {
        double max = logTerms(x, i, resp, diffs);
        double sum = 0.0;
        for (int c = 0; c < k; c++) {
            double e = Math.exp(resp[c] - max);
            resp[c] = e;
            sum += e;
        }
        double inv = 1.0 / sum;
        for (int c = 0; c < k; c++) {
            resp[c] *= inv;
        }
        return max + Math.log(sum);
    }

    /** Writes log(w_c) + log N(x_i | μ_c, Σ_c) to {@code logp} and x_i − μ_c to {@code diffs}; returns their maximum. */
    private double logTerms(double[] x, int i, double[] logp, double[] diffs) {
        int xo = i * d;
        for (int c = 0; c < k; c++) {
            int mo = c * d;
            for (int j = 0; j < d; j++) {
                diffs[mo + j] = x[xo + j] - means[mo + j];
            }
        }
        // One loop per covariance type, so that no branch sits inside the per-component work.
        switch (type) {
            case FULL:
            case TIED:
                for (int c = 0; c < k; c++) {
                    int mo = c * d;
                    int po = type == GaussianMixture.Covariance.FULL ? c * d * d : 0;
                    double maha = 0.0;
                    for (int a = 0; a < d; a++) {
                        int ro = po + a * d;
                        double y = 0.0;
                        for (int b = 0; b <= a; b++) {
                            y += precision[ro + b] * diffs[mo + b];
                        }
                        maha += y * y;
                    }
                    logp[c] = maha;
                }
                break;
            case DIAGONAL:
                for (int c = 0; c < k; c++) {
                    int mo = c * d;
                    double maha = 0.0;
                    for (int j = 0; j < d; j++) {
                        double y = diffs[mo + j] * precision[mo + j];
                        maha += y * y;
                    }
                    logp[c] = maha;
                }
                break;
            default:
                for (int c = 0; c < k; c++) {
                    int mo = c * d;
                    double s = 0.0;
                    for (int j = 0; j < d; j++) {
                        s += diffs[mo + j] * diffs[mo + j];
                    }
                    logp[c] = s * precision[c] * precision[c];
                }
                break;
        }
        double max = Double.NEGATIVE_INFINITY;
        double constant = 0.5 * d * LOG_2PI;
        for (int c = 0; c < k; c++) {
            double v = logWeights[c] + logDet[c] - constant - 0.5 * logp[c];
            logp[c] = v;
            if (v > max) {
                max = v;
            }
        }
        return max;
    }

    /** The most probable component given {@code logp} from {@link #logJoint}; a tie goes to the lower index. */
    static int argMax(double[] logp, int k) {
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (logp[c] > logp[best]) {
                best = c;
            }
        }
        return best;
    }
}
