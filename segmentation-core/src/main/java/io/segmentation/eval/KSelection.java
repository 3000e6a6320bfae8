package io.segmentation.eval;

import io.segmentation.ProgressListener;
import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.Clusterer;
import io.segmentation.cluster.GaussianMixtureModel;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.internal.Workers;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.internal.Check;
import io.segmentation.internal.Knee;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.ejml.data.DMatrixRMaj;

/**
 * Chooses the number of segments k: fits the algorithm once for every k in a range and scores each fit
 * by inertia (with the elbow found by knee detection), silhouette, Calinski–Harabasz, Davies–Bouldin,
 * the gap statistic and, for Gaussian mixtures, BIC and AIC; then recommends one k with the reason in
 * words ({@code "k=4: highest silhouette 0.62; the elbow, Calinski-Harabasz and the gap statistic agree"}).
 * Immutable and reusable.
 *
 * <p>The gap statistic (Tibshirani, Walther and Hastie, "Estimating the number of clusters in a data set
 * via the gap statistic", JRSS B 63(2), 2001, doi:10.1111/1467-9868.00293): with W_k the pooled
 * within-cluster sum of squares around cluster means, {@code gap(k) = mean_b log W*_kb - log W_k} over B
 * reference data sets drawn uniformly from the bounding box of the data (one seeded generator, references
 * drawn in order), {@code s_k = sd_k·sqrt(1 + 1/B)}, and the choice is the smallest k with
 * {@code gap(k) >= gap(k+1) - s(k+1)}. The elbow is the knee of inertia against k (Kneedle; see
 * {@link Knee}). Silhouette is exact up to {@link Builder#silhouetteSampleAbove} rows and a stratified
 * sample above it (see {@link Silhouette#sampled}).
 *
 * <p>Cost: one fit per k, plus B fits per k for the gap statistic (set {@code gapReferences(0)} to skip
 * them), plus O(n²·d) per k for an exact silhouette. A criterion's ties go to the smaller k. Scores that
 * are undefined for a fit (a silhouette with one cluster) are NaN and never chosen.
 *
 * <pre>{@code
 * KSelectionReport report = KSelection.builder().kBetween(2, 10).seed(42).build()
 *         .run(k -> KMeans.builder().k(k).seed(42).build(), x);
 * report.recommendedK();  // 4
 * report.reason();        // "k=4: highest silhouette 0.62; the elbow agrees; ..."
 * }</pre>
 */
public final class KSelection {
    /** What the recommendation is based on; the other criteria are reported as agreeing or not. */
    public enum Criterion {
        /** Highest mean silhouette. */
        SILHOUETTE,
        /** The knee of inertia against k. */
        ELBOW,
        /** Highest Calinski–Harabasz index. */
        CALINSKI_HARABASZ,
        /** Lowest Davies–Bouldin index. */
        DAVIES_BOULDIN,
        /** Tibshirani's rule on the gap statistic. */
        GAP,
        /** Lowest BIC (Gaussian mixtures only). */
        BIC
    }

    private final int kMin;
    private final int kMax;
    private final Criterion criterion;
    private final int gapReferences;
    private final int sampleAbove;
    private final int sampleSize;
    private final long seed;
    private final int threads;
    private final ProgressListener progress;

    private KSelection(Builder b) {
        this.kMin = b.kMin;
        this.kMax = b.kMax;
        this.criterion = b.criterion;
        this.gapReferences = b.gapReferences;
        this.sampleAbove = b.sampleAbove;
        this.sampleSize = b.sampleSize;
        this.seed = b.seed;
        this.threads = b.threads;
        this.progress = b.progress;
    }

    /** A builder with k from 2 to 10, silhouette as the criterion, 10 gap references and seed 0. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fits {@code algorithm.apply(k)} for every k in the range and scores the fits.
     *
     * @param algorithm the algorithm configured with k clusters, for example {@code k -> KMeans.builder().k(k).build()}
     * @param x         n×d data, not modified
     * @return the table of candidates and the recommendation
     * @throws IllegalArgumentException when x has a non-finite cell or fewer rows than the largest k, or as
     *                                  the algorithm's fit throws
     * @throws IllegalStateException    when {@code criterion(BIC)} was chosen and the fits are not Gaussian mixtures
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public KSelectionReport run(IntFunction<? extends Clusterer> algorithm, DMatrixRMaj x) {
        Objects.requireNonNull(algorithm, "algorithm");
        Inputs.requireFinite(x, 1);
        if (x.numRows < kMax) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "x must have at least kMax rows (was %d rows, kMax=%d)", x.numRows, kMax));
        }
        int count = kMax - kMin + 1;
        long total = (long) count * (1 + gapReferences);
        SplittableRandom random = new SplittableRandom(seed);
        List<ClusterModel> models = new ArrayList<>(count);
        double[] inertia = new double[count];
        double[] logW = new double[count];
        Scores[] scores = new Scores[count];
        Duration[] times = new Duration[count];
        double[] bic = new double[count];
        double[] aic = new double[count];
        boolean mixtures = true;
        for (int t = 0; t < count; t++) {
            int k = kMin + t;
            Workers.checkInterrupted();
            long start = System.nanoTime();
            ClusterModel model = algorithm.apply(k).fit(x);
            times[t] = Duration.ofNanos(System.nanoTime() - start);
            models.add(model);
            int[] labels = model.labels();
            Labels checked = Labels.of(x, labels);
            inertia[t] = ClusterMoments.of(x.data, x.numCols, checked, model.centres(), threads).withinSquares();
            logW[t] = Math.log(ClusterMoments.of(x.data, x.numCols, checked, null, threads).withinSquares());
            scores[t] = Scores.of(x, labels, model.clusterCount(), sampleAbove, sampleSize, random.nextLong(),
                    threads);
            if (model instanceof GaussianMixtureModel gm) {
                bic[t] = gm.bic(x);
                aic[t] = gm.aic(x);
            } else {
                mixtures = false;
                bic[t] = Double.NaN;
                aic[t] = Double.NaN;
            }
            progress.progress("k selection: fits", t + 1, total);
        }
        if (criterion == Criterion.BIC && !mixtures) {
            throw new IllegalStateException("criterion BIC needs Gaussian mixture fits (was "
                    + models.get(0).algorithm() + ")");
        }
        double[] gap = new double[count];
        double[] gapError = new double[count];
        if (gapReferences > 0) {
            gapStatistic(algorithm, x, logW, random, gap, gapError, count);
        } else {
            Arrays.fill(gap, Double.NaN);
            Arrays.fill(gapError, Double.NaN);
        }
        List<KCandidate> candidates = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            Scores s = scores[t];
            candidates.add(new KCandidate(kMin + t, s.clusters, inertia[t], s.silhouette, s.silhouetteSampled,
                    s.calinskiHarabasz, s.daviesBouldin, gap[t], gapError[t], bic[t], aic[t],
                    s.sizes.smallestToLargest(), times[t]));
        }
        return new KSelectionReport(candidates, models, criterion, gapReferences > 0, mixtures);
    }

    /** Fits and scores on a feature matrix; see {@link #run(IntFunction, DMatrixRMaj)}. */
    public KSelectionReport run(IntFunction<? extends Clusterer> algorithm, FeatureMatrix x) {
        return run(algorithm, x.toMatrix());
    }

    private void gapStatistic(IntFunction<? extends Clusterer> algorithm, DMatrixRMaj x, double[] logW,
            SplittableRandom random, double[] gap, double[] gapError, int count) {
        int n = x.numRows;
        int d = x.numCols;
        double[] low = new double[d];
        double[] high = new double[d];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                low[j] = Math.min(low[j], x.data[i * d + j]);
                high[j] = Math.max(high[j], x.data[i * d + j]);
            }
        }
        int b = gapReferences;
        double[][] logRef = new double[count][b];
        double[] reference = new double[n * d];
        DMatrixRMaj ref = DMatrixRMaj.wrap(n, d, reference);
        for (int r = 0; r < b; r++) {
            SplittableRandom draw = random.split();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    reference[i * d + j] = low[j] + (high[j] - low[j]) * draw.nextDouble();
                }
            }
            for (int t = 0; t < count; t++) {
                Workers.checkInterrupted();
                ClusterModel model = algorithm.apply(kMin + t).fit(ref);
                Labels checked = Labels.of(model.labels());
                logRef[t][r] = Math.log(ClusterMoments.of(reference, d, checked, null, threads).withinSquares());
                progress.progress("k selection: fits", (long) count * (r + 1) + t + 1, (long) count * (1 + b));
            }
        }
        for (int t = 0; t < count; t++) {
            double mean = 0.0;
            for (int r = 0; r < b; r++) {
                mean += logRef[t][r];
            }
            mean /= b;
            double var = 0.0;
            for (int r = 0; r < b; r++) {
                var += (logRef[t][r] - mean) * (logRef[t][r] - mean);
            }
            double sd = Math.sqrt(var / b); // Tibshirani et al. use the 1/B standard deviation
            gap[t] = Double.isFinite(logW[t]) && Double.isFinite(mean) ? mean - logW[t] : Double.NaN;
            gapError[t] = sd * Math.sqrt(1.0 + 1.0 / b);
        }
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.kMin = kMin;
        b.kMax = kMax;
        b.criterion = criterion;
        b.gapReferences = gapReferences;
        b.sampleAbove = sampleAbove;
        b.sampleSize = sampleSize;
        b.seed = seed;
        b.threads = threads;
        b.progress = progress;
        return b;
    }

    /** The smallest k. */
    public int kMin() {
        return kMin;
    }

    /** The largest k. */
    public int kMax() {
        return kMax;
    }

    /** The criterion the recommendation is based on. */
    public Criterion criterion() {
        return criterion;
    }

    /** Builds a {@link KSelection}; every setter checks its argument. */
    public static final class Builder {
        private int kMin = 2;
        private int kMax = 10;
        private Criterion criterion = Criterion.SILHOUETTE;
        private int gapReferences = 10;
        private int sampleAbove = 10_000;
        private int sampleSize = 2_000;
        private long seed;
        private int threads = 1;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /**
         * The range of k to try, both ends included.
         *
         * @param min at least 1 (k = 1 has no silhouette, but the gap statistic can choose it)
         * @param max at least min + 2, so that the elbow has three points to bend through
         */
        public Builder kBetween(int min, int max) {
            this.kMin = Check.atLeast("kMin", min, 1);
            this.kMax = Check.atLeast("kMax", max, min + 2);
            return this;
        }

        /** The criterion the recommendation is based on (default {@link Criterion#SILHOUETTE}). */
        public Builder criterion(Criterion criterion) {
            this.criterion = Objects.requireNonNull(criterion, "criterion");
            return this;
        }

        /** Reference data sets B for the gap statistic (default 10; 0 skips the gap statistic). */
        public Builder gapReferences(int references) {
            this.gapReferences = Check.atLeast("gapReferences", references, 0);
            return this;
        }

        /** The silhouette is sampled above this many non-noise rows (default 10,000). */
        public Builder silhouetteSampleAbove(int rows) {
            this.sampleAbove = Check.atLeast("silhouetteSampleAbove", rows, 2);
            return this;
        }

        /** Rows in the silhouette's sample when it is sampled (default 2,000). */
        public Builder silhouetteSampleSize(int rows) {
            this.sampleSize = Check.atLeast("silhouetteSampleSize", rows, 2);
            return this;
        }

        /** The seed of the gap references and silhouette samples (the algorithm keeps its own seed). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Threads for the scores (the algorithm keeps its own setting); at least 1. */
        public Builder threads(int threads) {
            this.threads = Check.atLeast("threads", threads, 1);
            return this;
        }

        /** Receives one unit per fit. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * The configured selection.
         *
         * @throws IllegalStateException when the criterion is GAP and gapReferences is 0
         */
        public KSelection build() {
            List<String> problems = new ArrayList<>();
            if (criterion == Criterion.GAP && gapReferences == 0) {
                problems.add("criterion GAP needs gapReferences >= 1 (was 0)");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("KSelection is incomplete:\n  - " + String.join("\n  - ", problems));
            }
            return new KSelection(this);
        }
    }
}
