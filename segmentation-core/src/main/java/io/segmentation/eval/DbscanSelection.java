package io.segmentation.eval;

import io.segmentation.ProgressListener;
import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.Dbscan;
import io.segmentation.cluster.EpsSuggestion;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.internal.Workers;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.internal.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Chooses DBSCAN's eps and minPts: for each minPts, eps is first taken from the knee of the sorted
 * k-distance curve ({@link Dbscan#suggestEps}), then a small grid of multiples of it is fitted and each
 * result scored by the silhouette of its non-noise rows and its noise share. The recommendation is the
 * highest silhouette among results with at least two clusters and at most {@link Builder#maxNoiseShare}
 * noise (ties to less noise, then to the earlier candidate); every result that is nearly all noise
 * (90% or more) or a single cluster carries a warning. Immutable and reusable.
 *
 * <p>Reference for the k-distance heuristic: M. Ester, H.-P. Kriegel, J. Sander and X. Xu, "A
 * density-based algorithm for discovering clusters in large spatial databases with noise", KDD 1996.
 *
 * <p>Cost: one k-distance curve per minPts and one DBSCAN fit per grid point, plus the silhouette of each
 * (exact up to {@link Builder#silhouetteSampleAbove} non-noise rows, sampled above).
 *
 * <pre>{@code
 * DbscanSelectionReport r = DbscanSelection.builder().minPts(5, 10, 20).build().run(x);
 * r.recommended().eps(); r.reason(); r.warnings();
 * }</pre>
 */
public final class DbscanSelection {
    /** A result with at least this noise share is "nearly everything noise". */
    public static final double NEARLY_ALL_NOISE = 0.9;

    private final int[] minPts;
    private final double[] epsFactors;
    private final double maxNoiseShare;
    private final int sampleAbove;
    private final int sampleSize;
    private final long seed;
    private final int threads;
    private final ProgressListener progress;

    private DbscanSelection(Builder b) {
        this.minPts = b.minPts.clone();
        this.epsFactors = b.epsFactors.clone();
        this.maxNoiseShare = b.maxNoiseShare;
        this.sampleAbove = b.sampleAbove;
        this.sampleSize = b.sampleSize;
        this.seed = b.seed;
        this.threads = b.threads;
        this.progress = b.progress;
    }

    /** A builder with minPts 5 and 10, eps factors 0.5, 0.75, 1, 1.5, 2 and at most 30% noise. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fits the grid and scores every result.
     *
     * @param x n×d data, not modified
     * @throws IllegalArgumentException when x has a non-finite cell or fewer rows than the largest minPts,
     *                                  or every k-distance is 0
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public DbscanSelectionReport run(DMatrixRMaj x) {
        Inputs.requireFinite(x, 1);
        SplittableRandom random = new SplittableRandom(seed);
        List<DbscanCandidate> candidates = new ArrayList<>();
        List<ClusterModel> models = new ArrayList<>();
        List<EpsSuggestion> suggestions = new ArrayList<>();
        int total = minPts.length * epsFactors.length;
        for (int m : minPts) {
            Check.between("minPts", m, 1, x.numRows);
            EpsSuggestion suggestion = Dbscan.suggestEps(x, m);
            suggestions.add(suggestion);
            for (double factor : epsFactors) {
                Workers.checkInterrupted();
                double eps = factor * suggestion.eps();
                ClusterModel model = Dbscan.builder().eps(eps).minPts(m).threads(threads).build().fit(x);
                Scores s = Scores.of(x, model.labels(), model.clusterCount(), sampleAbove, sampleSize,
                        random.nextLong(), threads);
                List<String> warnings = new ArrayList<>();
                double noise = s.sizes.noiseShare();
                if (noise >= NEARLY_ALL_NOISE) {
                    warnings.add(String.format(Locale.ROOT, "nearly everything is noise (%.1f%%)", 100.0 * noise));
                }
                if (s.clusters == 1) {
                    warnings.add("one cluster: eps is large enough to join every dense region");
                } else if (s.clusters == 0) {
                    warnings.add("no cluster: eps is too small for minPts");
                }
                candidates.add(new DbscanCandidate(eps, m, s.clusters, noise, s.silhouette, s.silhouetteSampled,
                        s.sizes.smallestToLargest(), warnings));
                models.add(model);
                progress.progress("dbscan selection", candidates.size(), total);
            }
        }
        return new DbscanSelectionReport(candidates, models, suggestions, maxNoiseShare);
    }

    /** Fits and scores on a feature matrix; see {@link #run(DMatrixRMaj)}. */
    public DbscanSelectionReport run(FeatureMatrix x) {
        return run(x.toMatrix());
    }

    /** Builds a {@link DbscanSelection}; every setter checks its argument. */
    public static final class Builder {
        private int[] minPts = {5, 10};
        private double[] epsFactors = {0.5, 0.75, 1.0, 1.5, 2.0};
        private double maxNoiseShare = 0.3;
        private int sampleAbove = 10_000;
        private int sampleSize = 2_000;
        private long seed;
        private int threads = 1;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /** The minPts values to try, each at least 2. */
        public Builder minPts(int... values) {
            Objects.requireNonNull(values, "minPts");
            if (values.length == 0) {
                throw new IllegalArgumentException("minPts must list at least one value (was none)");
            }
            for (int v : values) {
                Check.atLeast("minPts", v, 2);
            }
            this.minPts = values.clone();
            return this;
        }

        /** The multiples of each k-distance knee to try as eps, each finite and &gt; 0. */
        public Builder epsFactors(double... factors) {
            Objects.requireNonNull(factors, "epsFactors");
            if (factors.length == 0) {
                throw new IllegalArgumentException("epsFactors must list at least one value (was none)");
            }
            for (double f : factors) {
                Check.finiteAbove("epsFactors", f, 0.0);
            }
            this.epsFactors = factors.clone();
            return this;
        }

        /** The most noise a recommended result may have, in [0, 1] (default 0.3). */
        public Builder maxNoiseShare(double share) {
            this.maxNoiseShare = Check.between("maxNoiseShare", share, 0.0, 1.0);
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

        /** The seed of the silhouette samples. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Threads for the fits and the scores; at least 1. */
        public Builder threads(int threads) {
            this.threads = Check.atLeast("threads", threads, 1);
            return this;
        }

        /** Receives one unit per grid point. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** The configured selection. */
        public DbscanSelection build() {
            return new DbscanSelection(this);
        }
    }
}
