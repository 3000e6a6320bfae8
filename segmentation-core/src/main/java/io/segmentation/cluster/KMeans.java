package io.segmentation.cluster;

import io.segmentation.ProgressListener;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.internal.Workers;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.internal.Check;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * K-means clustering: k centres that minimise the summed squared distance of each row to its nearest
 * centre (the inertia), seeded by greedy k-means++ and refined by Lloyd iterations, optionally
 * accelerated by Hamerly's bounds, or approximated by mini-batches for very large n.
 *
 * <p><b>Seeding.</b> Greedy k-means++ (Arthur and Vassilvitskii 2007): the first centre is a random
 * row; each next centre is the best of {@code seedingCandidates} rows drawn with probability
 * proportional to their squared distance to the nearest centre so far, "best" meaning the lowest
 * resulting potential. The default is 2 + ⌊ln k⌋ candidates, the number scikit-learn uses.
 *
 * <p><b>Iterations.</b> {@link Algorithm#LLOYD} assigns every row to its nearest centre and moves each
 * centre to the mean of its rows, until no row changes cluster, the summed squared movement of the
 * centres is at most {@code tolerance} times the mean variance of the features (scikit-learn's rule),
 * or {@code maxIterations} is reached. {@link Algorithm#HAMERLY} (Hamerly 2010) and
 * {@link Algorithm#ELKAN} (Elkan 2003) compute the same iterations, bit for bit, but skip the distances
 * that bounds show cannot change a row's cluster: Hamerly keeps two bounds per row, Elkan one per row and
 * centre (fewer distances, 8·n·k bytes). {@link Algorithm#MINI_BATCH} (Sculley 2010) updates the centres from random batches of
 * {@code batchSize} rows, {@code maxIterations} batches at most, stopping early when the smoothed batch
 * inertia has not improved for 10 batches; it is approximate and meant for n in the millions. Every
 * variant ends by assigning each row to its nearest final centre, so labels, centres and
 * {@link KMeansModel#predict} agree. {@code nInit} restarts keep the lowest inertia.
 *
 * <p><b>Ties, empty clusters, NaN.</b> A row equidistant from two centres joins the lower-numbered one.
 * A cluster that loses all its rows is handled per {@link EmptyCluster}. NaN or infinite cells are
 * rejected before any work, naming the row and column.
 *
 * <p><b>Complexity.</b> Seeding O(n·k·d·candidates); each Lloyd iteration O(n·k·d) time, Hamerly's
 * O(n·d) plus O(k·d) per row whose bounds fail. Extra memory: one copy of the data for the length of the
 * fit (n·d doubles in blocks of 64 rows, which passes read in place; not for mini-batch), O(n) for labels
 * and row norms (Hamerly adds two bounds per row, Elkan n·k) plus O(k·d) per chunk of 4,096 rows. Work is
 * split over fixed chunks of rows whose partial sums are reduced in chunk order, so a seed gives
 * bit-for-bit the same model on any number of threads.
 *
 * <p>References: D. Arthur, S. Vassilvitskii, "k-means++: the advantages of careful seeding", SODA 2007,
 * doi:10.5555/1283383.1283494. S. Lloyd, "Least squares quantization in PCM", IEEE Trans. Inf. Theory 28(2),
 * 1982, doi:10.1109/TIT.1982.1056489. G. Hamerly, "Making k-means even faster", SDM 2010,
 * doi:10.1137/1.9781611972801.12. C. Elkan, "Using the triangle inequality to accelerate k-means",
 * ICML 2003. D. Sculley, "Web-scale k-means clustering", WWW 2010,
 * doi:10.1145/1772690.1772862.
 *
 * <pre>{@code
 * KMeansModel model = KMeans.builder().k(5).nInit(4).seed(42).build().fit(features);
 * int segment = model.predict(new double[] {0.3, -1.2, 0.8});
 * double inertia = model.inertia();
 * }</pre>
 */
public final class KMeans implements Clusterer {
    /** How centres are refined after seeding. */
    public enum Algorithm {
        /** Plain Lloyd iterations: every distance, every iteration. */
        LLOYD,
        /** Lloyd iterations with Hamerly's bounds (two per row): the same results with fewer distances. */
        HAMERLY,
        /**
         * Lloyd iterations with Elkan's bounds (one per row and centre, 8·n·k bytes): the same results with
         * the fewest distances; when n·k exceeds 2^25 the fit keeps Hamerly's bounds instead.
         */
        ELKAN,
        /** Mini-batch updates (approximate), for very large n. */
        MINI_BATCH
    }

    /** What to do when a cluster loses all its rows during the iterations. */
    public enum EmptyCluster {
        /** Move the empty cluster's centre onto the row farthest from its own centre. */
        RESEED_FARTHEST,
        /** Fail with an {@link IllegalArgumentException} naming the cluster and the iteration. */
        ERROR
    }

    private final int k;
    private final int nInit;
    private final int maxIterations;
    private final double tolerance;
    private final int seedingCandidates;
    private final Algorithm algorithm;
    private final EmptyCluster emptyCluster;
    private final int batchSize;
    private final long seed;
    private final int threads;
    private final ProgressListener progress;
    private final double[] initialCentres;

    private KMeans(Builder b) {
        this.k = b.k;
        this.nInit = b.nInit;
        this.maxIterations = b.maxIterations;
        this.tolerance = b.tolerance;
        this.seedingCandidates = b.seedingCandidates;
        this.algorithm = b.algorithm;
        this.emptyCluster = b.emptyCluster;
        this.batchSize = b.batchSize;
        this.seed = b.seed;
        this.threads = b.threads;
        this.progress = b.progress;
        this.initialCentres = b.initialCentres == null ? null : b.initialCentres.clone();
    }

    /** A builder with the defaults: k = 8, one init, 300 iterations, tolerance 1e-4, Hamerly. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.k = k;
        b.nInit = nInit;
        b.maxIterations = maxIterations;
        b.tolerance = tolerance;
        b.seedingCandidates = seedingCandidates;
        b.algorithm = algorithm;
        b.emptyCluster = emptyCluster;
        b.batchSize = batchSize;
        b.seed = seed;
        b.threads = threads;
        b.progress = progress;
        b.initialCentres = initialCentres == null ? null : initialCentres.clone();
        return b;
    }

    /** The number of clusters. */
    public int k() {
        return k;
    }

    /** The number of restarts. */
    public int nInit() {
        return nInit;
    }

    /** The refinement algorithm. */
    public Algorithm refinement() {
        return algorithm;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The number of k-means++ candidates per seeding step: the configured number, or 2 + ⌊ln k⌋. */
    public int seedingCandidates() {
        return seedingCandidates > 0 ? seedingCandidates : 2 + (int) Math.log(k);
    }

    /**
     * Fits k-means to the rows of {@code x}.
     *
     * @param x n×d data, row-major; not modified
     * @return the fitted model
     * @throws IllegalArgumentException when {@code x} has fewer than k rows, a NaN or infinite cell, initial
     *                                  centres of the wrong dimension, or an empty cluster under
     *                                  {@link EmptyCluster#ERROR}
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    @Override
    public KMeansModel fit(DMatrixRMaj x) {
        Objects.requireNonNull(x, "x");
        long start = System.nanoTime();
        if (x.numRows < k) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "k must be <= number of rows (was k=%d, rows=%d)", k, x.numRows));
        }
        Inputs.requireFinite(x, k);
        int d = x.numCols;
        if (initialCentres != null && initialCentres.length != k * d) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "initialCentres must have %d columns like x (was %d)", d, initialCentres.length / k));
        }
        SplittableRandom root = new SplittableRandom(seed);
        try (Workers workers = Workers.of(threads)) {
            KMeansRun run = new KMeansRun(x.data, x.numRows, d, k, this, workers);
            KMeansRun.Result best = null;
            for (int r = 0; r < nInit; r++) {
                SplittableRandom random = root.split();
                String stage = String.format(Locale.ROOT, "k-means restart %d/%d", r + 1, nInit);
                KMeansRun.Result result = run.run(random, initialCentres, stage);
                if (best == null || result.inertia < best.inertia) {
                    best = result;
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            FitReport report = new FitReport(algorithm(), "inertia", best.objective, best.reassignments,
                    best.distances, elapsed, best.converged);
            return new KMeansModel(k, d, best.centres, best.labels, best.inertia, report);
        }
    }

    /** Fits k-means to a feature matrix; see {@link #fit(DMatrixRMaj)}. */
    @Override
    public KMeansModel fit(FeatureMatrix x) {
        return fit(x.toMatrix());
    }

    /** Fits k-means to rows of equal length; see {@link #fit(DMatrixRMaj)}. */
    @Override
    public KMeansModel fit(double[][] rows) {
        return fit(Inputs.fromRows(rows));
    }

    int maxIterations() {
        return maxIterations;
    }

    double tolerance() {
        return tolerance;
    }

    EmptyCluster emptyCluster() {
        return emptyCluster;
    }

    int batchSize() {
        return batchSize;
    }

    ProgressListener progress() {
        return progress;
    }

    @Override
    public String algorithm() {
        return "kmeans";
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "k=%d, nInit=%d, algorithm=%s, maxIterations=%d, tolerance=%s, seed=%d",
                k, nInit, algorithm, maxIterations, tolerance, seed)
                + (algorithm == Algorithm.MINI_BATCH ? ", batchSize=" + batchSize : "");
    }

    @Override
    public KMeans withSeed(long seed) {
        return toBuilder().seed(seed).build();
    }

    @Override
    public KMeans withThreads(int threads) {
        return toBuilder().threads(threads).build();
    }

    @Override
    public KMeans withProgress(ProgressListener progress) {
        return toBuilder().progress(progress).build();
    }

    @Override
    public String toString() {
        return "KMeans(" + describe() + ")";
    }

    /** Collects and checks the parameters of a {@link KMeans}; each setter checks its own argument. */
    public static final class Builder {
        private int k = 8;
        private int nInit = 1;
        private int maxIterations = 300;
        private double tolerance = 1e-4;
        private int seedingCandidates = 0;
        private Algorithm algorithm = Algorithm.HAMERLY;
        private EmptyCluster emptyCluster = EmptyCluster.RESEED_FARTHEST;
        private int batchSize = 1024;
        private long seed = 42;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.NONE;
        private double[] initialCentres;
        private int initialRows;

        private Builder() {
        }

        /**
         * The number of clusters, at least 1 (default 8).
         *
         * @throws IllegalArgumentException when {@code k < 1}
         */
        public Builder k(int k) {
            this.k = Check.atLeast("k", k, 1);
            return this;
        }

        /**
         * Restarts from different seedings, keeping the lowest inertia; at least 1 (default 1).
         *
         * @throws IllegalArgumentException when {@code nInit < 1}
         */
        public Builder nInit(int nInit) {
            this.nInit = Check.atLeast("nInit", nInit, 1);
            return this;
        }

        /**
         * The most iterations per restart (for mini-batch: the most batches), at least 1 (default 300).
         *
         * @throws IllegalArgumentException when {@code maxIterations < 1}
         */
        public Builder maxIterations(int maxIterations) {
            this.maxIterations = Check.atLeast("maxIterations", maxIterations, 1);
            return this;
        }

        /**
         * Stops when the summed squared movement of the centres is at most this times the mean variance
         * of the features; finite and >= 0 (default 1e-4; 0 stops only when no row changes cluster).
         *
         * @throws IllegalArgumentException when negative, NaN or infinite
         */
        public Builder tolerance(double tolerance) {
            this.tolerance = Check.finiteAtLeast("tolerance", tolerance, 0.0);
            return this;
        }

        /**
         * Rows drawn per greedy k-means++ step, at least 1; 1 is plain k-means++ (default 2 + ⌊ln k⌋).
         *
         * @throws IllegalArgumentException when {@code candidates < 1}
         */
        public Builder seedingCandidates(int candidates) {
            this.seedingCandidates = Check.atLeast("seedingCandidates", candidates, 1);
            return this;
        }

        /** The refinement algorithm (default {@link Algorithm#HAMERLY}). */
        public Builder algorithm(Algorithm algorithm) {
            this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /** The empty-cluster policy (default {@link EmptyCluster#RESEED_FARTHEST}). */
        public Builder emptyCluster(EmptyCluster policy) {
            this.emptyCluster = Objects.requireNonNull(policy, "emptyCluster");
            return this;
        }

        /**
         * Rows per mini-batch, at least 1 (default 1024); used only by {@link Algorithm#MINI_BATCH}.
         *
         * @throws IllegalArgumentException when {@code batchSize < 1}
         */
        public Builder batchSize(int batchSize) {
            this.batchSize = Check.atLeast("batchSize", batchSize, 1);
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

        /** Receives one call per iteration (default: none). */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Starts from these centres instead of k-means++ seeding (then {@code nInit} must be 1).
         *
         * @param centres k rows of d finite values; copied, not modified
         * @throws IllegalArgumentException when the rows are empty, differ in length or hold a non-finite value
         */
        public Builder initialCentres(double[][] centres) {
            Objects.requireNonNull(centres, "initialCentres");
            if (centres.length == 0) {
                throw new IllegalArgumentException("initialCentres must not be empty");
            }
            int d = centres[0].length;
            double[] flat = new double[centres.length * d];
            for (int c = 0; c < centres.length; c++) {
                if (centres[c].length != d || d == 0) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "initialCentres[%d] has %d values, expected %d like initialCentres[0]", c,
                            centres[c].length, d));
                }
                for (int j = 0; j < d; j++) {
                    Check.finite(String.format(Locale.ROOT, "initialCentres[%d][%d]", c, j), centres[c][j]);
                    flat[c * d + j] = centres[c][j];
                }
            }
            this.initialCentres = flat;
            this.initialRows = centres.length;
            return this;
        }

        /**
         * An immutable {@link KMeans}.
         *
         * @throws IllegalStateException listing every parameter that does not fit with the others
         */
        public KMeans build() {
            List<String> problems = new ArrayList<>();
            if (initialCentres != null && initialRows != k) {
                problems.add(String.format(Locale.ROOT, "initialCentres has %d rows but k is %d", initialRows, k));
            }
            if (initialCentres != null && nInit != 1) {
                problems.add(String.format(Locale.ROOT,
                        "initialCentres is set, so nInit must be 1 (was %d): every restart would be the same", nInit));
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("KMeans is inconsistent:\n  - " + String.join("\n  - ", problems));
            }
            return new KMeans(this);
        }
    }
}
