package io.segmentation.cluster;

import io.segmentation.ProgressListener;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.internal.Workers;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.internal.Check;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * A Gaussian mixture fitted by expectation–maximisation: k weighted normal components whose
 * responsibilities give soft segment memberships, with full, tied, diagonal or spherical covariances.
 *
 * <p><b>Algorithm.</b> Each restart runs one k-means fit (greedy k-means++ seeding, see {@link KMeans})
 * and takes its clusters as the first responsibilities. EM then alternates the E-step (responsibilities
 * by log-sum-exp, so no density underflows) and the M-step (weights, means, covariances; {@code reg} is
 * added to every variance), until the mean log-likelihood per row changes by less than {@code tolerance}
 * or {@code maxIterations} is reached (scikit-learn's rule and defaults). {@code nInit} restarts keep the
 * highest log-likelihood. Labels and {@link GaussianMixtureModel#predict} give the most probable
 * component.
 *
 * <p><b>Ties, collapse, NaN.</b> A row equally probable under two components goes to the lower-numbered
 * one. A component that collapses onto too few distinct rows keeps a finite covariance through
 * {@code reg}; if even then it is not positive definite, the fit fails naming the component. NaN or
 * infinite cells are rejected before any work, naming the row and column.
 *
 * <p><b>Complexity.</b> Each EM iteration costs O(n·k·d²) for full and tied covariances (a triangular
 * product per row and component, and the second moments), O(n·k·d) for diagonal and spherical ones, plus
 * O(k·d³) for the Cholesky factors; extra memory is O(k·d²) per chunk of 4,096 rows and O(n) for the
 * labels. Work is split over fixed chunks whose partial sums are reduced in chunk order, so a seed gives
 * bit-for-bit the same model on any number of threads.
 *
 * <p>References: A. P. Dempster, N. M. Laird, D. B. Rubin, "Maximum likelihood from incomplete data via
 * the EM algorithm", J. R. Stat. Soc. B 39(1), 1977, doi:10.1111/j.2517-6161.1977.tb01600.x.
 * C. M. Bishop, "Pattern Recognition and Machine Learning", Springer 2006, ch. 9. G. Schwarz,
 * "Estimating the dimension of a model", Ann. Stat. 6(2), 1978, doi:10.1214/aos/1176344136 (BIC).
 *
 * <pre>{@code
 * GaussianMixtureModel model = GaussianMixture.builder().k(5).covariance(Covariance.FULL).seed(42).build()
 *         .fit(features);
 * double[] p = model.predictProbabilities(row);
 * double bic = model.bic(features.toMatrix());
 * }</pre>
 */
public final class GaussianMixture implements Clusterer {
    /** The shape of the components' covariance matrices. */
    public enum Covariance {
        /** Each component has its own full covariance matrix: k·d(d+1)/2 parameters. */
        FULL,
        /** All components share one full covariance matrix: d(d+1)/2 parameters. */
        TIED,
        /** Each component has its own diagonal covariance (axis-aligned ellipsoids): k·d parameters. */
        DIAGONAL,
        /** Each component has one variance for every feature (spheres): k parameters. */
        SPHERICAL
    }

    private final int k;
    private final Covariance covariance;
    private final double reg;
    private final int maxIterations;
    private final double tolerance;
    private final int nInit;
    private final long seed;
    private final int threads;
    private final ProgressListener progress;

    private GaussianMixture(Builder b) {
        this.k = b.k;
        this.covariance = b.covariance;
        this.reg = b.reg;
        this.maxIterations = b.maxIterations;
        this.tolerance = b.tolerance;
        this.nInit = b.nInit;
        this.seed = b.seed;
        this.threads = b.threads;
        this.progress = b.progress;
    }

    /**
     * A builder with the defaults: k = 1, full covariances, reg 1e-6, 100 iterations, tolerance 1e-3,
     * one init.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.k = k;
        b.covariance = covariance;
        b.reg = reg;
        b.maxIterations = maxIterations;
        b.tolerance = tolerance;
        b.nInit = nInit;
        b.seed = seed;
        b.threads = threads;
        b.progress = progress;
        return b;
    }

    /** The number of components. */
    public int k() {
        return k;
    }

    /** The covariance type. */
    public Covariance covariance() {
        return covariance;
    }

    /** The value added to every variance. */
    public double reg() {
        return reg;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    int maxIterations() {
        return maxIterations;
    }

    double tolerance() {
        return tolerance;
    }

    ProgressListener progress() {
        return progress;
    }

    /**
     * Fits the mixture to the rows of {@code x}.
     *
     * @param x n×d data, row-major; not modified
     * @return the fitted model
     * @throws IllegalArgumentException when {@code x} has fewer than k rows or a NaN or infinite cell, or a
     *                                  component's covariance is not positive definite after regularisation
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    @Override
    public GaussianMixtureModel fit(DMatrixRMaj x) {
        Objects.requireNonNull(x, "x");
        long start = System.nanoTime();
        if (x.numRows < k) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "k must be <= number of rows (was k=%d, rows=%d)", k, x.numRows));
        }
        Inputs.requireFinite(x, k);
        int d = x.numCols;
        SplittableRandom root = new SplittableRandom(seed);
        try (Workers workers = Workers.of(threads)) {
            EmRun run = new EmRun(x.data, x.numRows, d, k, this, workers);
            EmRun.Result best = null;
            for (int r = 0; r < nInit; r++) {
                SplittableRandom random = root.split();
                String stage = String.format(Locale.ROOT, "gaussian mixture restart %d/%d", r + 1, nInit);
                EmRun.Result result = run.run(random, stage);
                if (best == null || result.logLikelihood > best.logLikelihood) {
                    best = result;
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            FitReport report = new FitReport(algorithm(), "log-likelihood", best.objective, new long[0],
                    best.distances, elapsed, best.converged);
            return new GaussianMixtureModel(covariance, k, d, reg, best.weights, best.means, best.covariances,
                    best.labels, best.logLikelihood, report);
        }
    }

    /** Fits the mixture to a feature matrix; see {@link #fit(DMatrixRMaj)}. */
    @Override
    public GaussianMixtureModel fit(FeatureMatrix x) {
        return fit(x.toMatrix());
    }

    /** Fits the mixture to rows of equal length; see {@link #fit(DMatrixRMaj)}. */
    @Override
    public GaussianMixtureModel fit(double[][] rows) {
        return fit(Inputs.fromRows(rows));
    }

    @Override
    public String algorithm() {
        return "gmm";
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "k=%d, covariance=%s, reg=%s, maxIterations=%d, tolerance=%s, nInit=%d, "
                + "seed=%d", k, covariance, reg, maxIterations, tolerance, nInit, seed);
    }

    @Override
    public GaussianMixture withSeed(long seed) {
        return toBuilder().seed(seed).build();
    }

    @Override
    public GaussianMixture withThreads(int threads) {
        return toBuilder().threads(threads).build();
    }

    @Override
    public GaussianMixture withProgress(ProgressListener progress) {
        return toBuilder().progress(progress).build();
    }

    @Override
    public String toString() {
        return "GaussianMixture(" + describe() + ")";
    }

    /** Collects and checks the parameters of a {@link GaussianMixture}; each setter checks its own argument. */
    public static final class Builder {
        private int k = 1;
        private Covariance covariance = Covariance.FULL;
        private double reg = 1e-6;
        private int maxIterations = 100;
        private double tolerance = 1e-3;
        private int nInit = 1;
        private long seed = 42;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /**
         * The number of components, at least 1 (default 1).
         *
         * @throws IllegalArgumentException when {@code k < 1}
         */
        public Builder k(int k) {
            this.k = Check.atLeast("k", k, 1);
            return this;
        }

        /** The covariance type (default {@link Covariance#FULL}). */
        public Builder covariance(Covariance covariance) {
            this.covariance = Objects.requireNonNull(covariance, "covariance");
            return this;
        }

        /**
         * Added to every variance (the covariance diagonal) after each M-step, finite and >= 0
         * (default 1e-6, in squared data units).
         *
         * @throws IllegalArgumentException when negative, NaN or infinite
         */
        public Builder reg(double reg) {
            this.reg = Check.finiteAtLeast("reg", reg, 0.0);
            return this;
        }

        /**
         * The most EM iterations per restart, at least 1 (default 100).
         *
         * @throws IllegalArgumentException when {@code maxIterations < 1}
         */
        public Builder maxIterations(int maxIterations) {
            this.maxIterations = Check.atLeast("maxIterations", maxIterations, 1);
            return this;
        }

        /**
         * Stops when the mean log-likelihood per row changes by less than this, finite and >= 0
         * (default 1e-3; 0 runs to {@code maxIterations}).
         *
         * @throws IllegalArgumentException when negative, NaN or infinite
         */
        public Builder tolerance(double tolerance) {
            this.tolerance = Check.finiteAtLeast("tolerance", tolerance, 0.0);
            return this;
        }

        /**
         * Restarts from different k-means initialisations, keeping the highest log-likelihood; at least 1
         * (default 1).
         *
         * @throws IllegalArgumentException when {@code nInit < 1}
         */
        public Builder nInit(int nInit) {
            this.nInit = Check.atLeast("nInit", nInit, 1);
            return this;
        }

        /** The seed of the one random generator of a fit (default 42). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Threads of the fit's own pool, at least 1 (default: available processors). Results do not
         * depend on it.
         *
         * @throws IllegalArgumentException when {@code threads < 1}
         */
        public Builder threads(int threads) {
            this.threads = Check.atLeast("threads", threads, 1);
            return this;
        }

        /** Receives one call per EM iteration (default: none). */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** An immutable {@link GaussianMixture}; every combination of valid parameters is consistent. */
        public GaussianMixture build() {
            return new GaussianMixture(this);
        }
    }
}
