package io.segmentation.cluster;

import io.segmentation.internal.Chunks;
import io.segmentation.internal.Workers;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * One EM fit of a Gaussian mixture: k-means initialisation, then E-steps fused with the M-step's sums
 * over fixed chunks of rows, reduced in chunk order. Mutable, lives only inside
 * {@link GaussianMixture#fit}; buffers and the Cholesky decomposition are made once and reused.
 *
 * <p>The M-step's second moments are taken about the current means (the E-step's x − μ), so the new
 * covariance S/N − ttᵀ/N² (t = Σ r (x − μ)) suffers no cancellation however far the data lie from the
 * origin.
 */
final class EmRun {
    /** Added to every component's responsibility sum, as scikit-learn does, so an empty one stays finite. */
    private static final double TINY = 10.0 * Math.ulp(1.0);

    static final class Result {
        double[] weights;
        double[] means;
        double[] covariances;
        MixtureDensity density;
        int[] labels;
        double logLikelihood;
        double[] objective;
        long distances;
        boolean converged;
    }

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final GaussianMixture config;
    private final Workers workers;
    private final int chunks;
    private final int momentSize;
    private final int stride;
    /** Per chunk: k responsibility sums, k×d first moments, k×momentSize second moments. */
    private final double[] partial;
    private final double[] chunkLogLikelihood;
    private final CholeskyDecomposition_F64<DMatrixRMaj> chol;
    private final KMeans init;

    EmRun(double[] x, int n, int d, int k, GaussianMixture config, Workers workers) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.k = k;
        this.config = config;
        this.workers = workers;
        this.chunks = Chunks.count(n);
        boolean square = config.covariance() == GaussianMixture.Covariance.FULL
                || config.covariance() == GaussianMixture.Covariance.TIED;
        this.momentSize = square ? d * d : d;
        this.stride = k + k * d + k * momentSize;
        this.partial = new double[chunks * stride];
        this.chunkLogLikelihood = new double[chunks];
        this.chol = DecompositionFactory_DDRM.chol(d, true);
        this.init = KMeans.builder().k(k).nInit(1).maxIterations(300).build();
    }

    Result run(SplittableRandom random, String stage) {
        // Initialisation: one k-means fit, then an M-step from its hard labels.
        KMeansRun kmeans = new KMeansRun(x, n, d, k, init, workers);
        KMeansRun.Result start = kmeans.run(random, null, stage + " (k-means init)");
        int[] hard = start.labels;
        double[] centres = start.centres;
        workers.forEachChunk(n, ch -> hardPass(hard, centres, ch));
        Result r = new Result();
        r.distances = start.distances;
        mStep(centres, r);

        int maxIterations = config.maxIterations();
        double[] objective = new double[maxIterations];
        double previous = Double.NEGATIVE_INFINITY;
        int iterations = 0;
        boolean converged = false;
        for (int it = 0; it < maxIterations; it++) {
            MixtureDensity density = r.density;
            double[] means = r.means;
            workers.forEachChunk(n, ch -> softPass(density, ch));
            double ll = 0.0;
            for (int ch = 0; ch < chunks; ch++) {
                ll += chunkLogLikelihood[ch];
            }
            objective[it] = ll;
            iterations = it + 1;
            r.distances += (long) n * k;
            config.progress().progress(stage, iterations, maxIterations);
            mStep(means, r);
            if (Math.abs(ll - previous) / n < config.tolerance()) {
                converged = true;
                break;
            }
            previous = ll;
        }
        // A last E-step with the final parameters: labels that predict() reproduces, and their likelihood.
        int[] labels = new int[n];
        MixtureDensity density = r.density;
        workers.forEachChunk(n, ch -> labelPass(density, labels, ch));
        double ll = 0.0;
        for (int ch = 0; ch < chunks; ch++) {
            ll += chunkLogLikelihood[ch];
        }
        r.distances += (long) n * k;
        r.labels = labels;
        r.logLikelihood = ll;
        r.objective = Arrays.copyOf(objective, iterations);
        r.converged = converged;
        return r;
    }

    /** Sums of chunk {@code ch} with responsibility 1 for each row's k-means cluster, about its centre. */
    private void hardPass(int[] labels, double[] centres, int ch) {
        int po = ch * stride;
        Arrays.fill(partial, po, po + stride, 0.0);
        double[] diff = new double[d];
        for (int i = Chunks.from(ch), to = Chunks.to(ch, n); i < to; i++) {
            int c = labels[i];
            for (int j = 0; j < d; j++) {
                diff[j] = x[i * d + j] - centres[c * d + j];
            }
            add(po, c, 1.0, diff, 0);
        }
    }

    /** E-step over chunk {@code ch} with the M-step's sums: log-likelihood and responsibility-weighted moments. */
    private void softPass(MixtureDensity density, int ch) {
        int po = ch * stride;
        Arrays.fill(partial, po, po + stride, 0.0);
        double[] resp = new double[k];
        double[] diffs = new double[k * d];
        double ll = 0.0;
        for (int i = Chunks.from(ch), to = Chunks.to(ch, n); i < to; i++) {
            ll += density.responsibilities(x, i, resp, diffs);
            for (int c = 0; c < k; c++) {
                if (resp[c] >= Double.MIN_NORMAL) { // below it every product is subnormal: nothing to add
                    add(po, c, resp[c], diffs, c * d);
                }
            }
        }
        chunkLogLikelihood[ch] = ll;
    }

    private void labelPass(MixtureDensity density, int[] labels, int ch) {
        double[] logp = new double[k];
        double[] diffs = new double[k * d];
        double ll = 0.0;
        for (int i = Chunks.from(ch), to = Chunks.to(ch, n); i < to; i++) {
            ll += density.logJoint(x, i, logp, diffs);
            labels[i] = MixtureDensity.argMax(logp, k);
        }
        chunkLogLikelihood[ch] = ll;
    }

    /** Adds one row with responsibility {@code r} for component {@code c} to the chunk at {@code po}. */
    private void add(int po, int c, double r, double[] diff, int off) {
        partial[po + c] += r;
        int to = po + k + c * d;
        for (int j = 0; j < d; j++) {
            partial[to + j] += r * diff[off + j];
        }
        int so = po + k + k * d + c * momentSize;
        if (momentSize == d) {
            for (int j = 0; j < d; j++) {
                double v = diff[off + j];
                partial[so + j] += r * v * v;
            }
        } else {
            for (int a = 0; a < d; a++) {
                double ra = r * diff[off + a];
                int ro = so + a * d;
                for (int b = 0; b <= a; b++) { // lower triangle; mirrored in the M-step
                    partial[ro + b] += ra * diff[off + b];
                }
            }
        }
    }

    /**
     * Reduces the chunk sums in chunk order into new weights, means and covariances (about the
     * previous means {@code ref}), adds the regularisation, and prepares the densities.
     */
    private void mStep(double[] ref, Result r) {
        double[] total = new double[stride];
        for (int ch = 0; ch < chunks; ch++) {
            int po = ch * stride;
            for (int q = 0; q < stride; q++) {
                total[q] += partial[po + q];
            }
        }
        double reg = config.reg();
        double[] nk = new double[k];
        double sumN = 0.0;
        for (int c = 0; c < k; c++) {
            nk[c] = total[c] + TINY;
            sumN += nk[c];
        }
        double[] weights = new double[k];
        double[] means = new double[k * d];
        double[] shift = new double[k * d]; // t / N: new mean minus reference
        for (int c = 0; c < k; c++) {
            weights[c] = nk[c] / sumN;
            for (int j = 0; j < d; j++) {
                double s = total[k + c * d + j] / nk[c];
                shift[c * d + j] = s;
                means[c * d + j] = ref[c * d + j] + s;
            }
        }
        int mo = k + k * d;
        double[] cov;
        switch (config.covariance()) {
            case FULL:
            case TIED: {
                double[] full = new double[k * d * d];
                for (int c = 0; c < k; c++) {
                    int so = mo + c * d * d;
                    for (int a = 0; a < d; a++) {
                        for (int b = 0; b <= a; b++) {
                            double v = total[so + a * d + b] / nk[c] - shift[c * d + a] * shift[c * d + b];
                            full[c * d * d + a * d + b] = v;
                            full[c * d * d + b * d + a] = v;
                        }
                    }
                }
                if (config.covariance() == GaussianMixture.Covariance.FULL) {
                    cov = full;
                    for (int c = 0; c < k; c++) {
                        for (int a = 0; a < d; a++) {
                            cov[c * d * d + a * d + a] += reg;
                        }
                    }
                } else {
                    // Tied: the responsibility-weighted average of the components' covariances.
                    cov = new double[d * d];
                    for (int c = 0; c < k; c++) {
                        for (int q = 0; q < d * d; q++) {
                            cov[q] += nk[c] * full[c * d * d + q];
                        }
                    }
                    for (int q = 0; q < d * d; q++) {
                        cov[q] /= sumN;
                    }
                    for (int a = 0; a < d; a++) {
                        cov[a * d + a] += reg;
                    }
                }
                break;
            }
            case DIAGONAL:
                cov = new double[k * d];
                for (int c = 0; c < k; c++) {
                    for (int j = 0; j < d; j++) {
                        double s = shift[c * d + j];
                        double v = total[mo + c * d + j] / nk[c] - s * s;
                        cov[c * d + j] = Math.max(v, 0.0) + reg; // rounding can leave a tiny negative
                    }
                }
                break;
            default: // SPHERICAL: the mean of the diagonal variances
                cov = new double[k];
                for (int c = 0; c < k; c++) {
                    double sum = 0.0;
                    for (int j = 0; j < d; j++) {
                        double s = shift[c * d + j];
                        sum += Math.max(total[mo + c * d + j] / nk[c] - s * s, 0.0);
                    }
                    cov[c] = sum / d + reg;
                }
                break;
        }
        r.weights = weights;
        r.means = means;
        r.covariances = cov;
        r.density = new MixtureDensity(config.covariance(), k, d, weights, means, cov, chol, reg);
    }
}
