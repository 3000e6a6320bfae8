package io.segmentation.eval;

import io.segmentation.ProgressListener;
import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.Clusterer;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.internal.Workers;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.internal.Check;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Runs several configured clusterers on the same data and tabulates how each did: algorithm,
 * parameters ({@link Clusterer#describe()}), clusters found, noise share, silhouette, Calinski–Harabasz,
 * Davies–Bouldin, size spread and fit time. Immutable and reusable.
 *
 * <p>Clusterers run one after the other in the order given, each with its own configuration (seed,
 * threads); the scores use this comparison's threads and seed. The silhouette is exact up to
 * {@link Builder#silhouetteSampleAbove} non-noise rows and sampled above (each clusterer's sample drawn
 * from the same seeded generator in order). Noise rows are excluded from the scores and shown as the
 * noise share. A result with fewer than two clusters has NaN scores. Cost: the fits plus, per fit,
 * O(n·d) for CH and DB and O(n²·d) (or O(m·n·d) sampled) for the silhouette.
 *
 * <pre>{@code
 * ComparisonTable table = Comparison.builder()
 *         .add(KMeans.builder().k(5).seed(42).build())
 *         .add(GaussianMixture.builder().k(5).seed(42).build())
 *         .add(Dbscan.builder().eps(0.4).minPts(10).build())
 *         .build().run(x);
 * table.sortedBy(ComparisonTable.Order.SILHOUETTE).toText();
 * }</pre>
 */
public final class Comparison {
    private final List<Clusterer> clusterers;
    private final int sampleAbove;
    private final int sampleSize;
    private final long seed;
    private final int threads;
    private final ProgressListener progress;

    private Comparison(Builder b) {
        this.clusterers = List.copyOf(b.clusterers);
        this.sampleAbove = b.sampleAbove;
        this.sampleSize = b.sampleSize;
        this.seed = b.seed;
        this.threads = b.threads;
        this.progress = b.progress;
    }

    /** A builder with no clusterers yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** The clusterers, in the order they run. */
    public List<Clusterer> clusterers() {
        return clusterers;
    }

    /**
     * Fits every clusterer to {@code x} and scores the fits.
     *
     * @param x n×d data, not modified
     * @return one row per clusterer, in the order given
     * @throws IllegalArgumentException when x has no rows or a non-finite cell, or as a clusterer's fit throws
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public ComparisonTable run(DMatrixRMaj x) {
        Inputs.requireFinite(x, 1);
        SplittableRandom random = new SplittableRandom(seed);
        List<ComparisonRow> rows = new ArrayList<>(clusterers.size());
        List<ClusterModel> models = new ArrayList<>(clusterers.size());
        for (int t = 0; t < clusterers.size(); t++) {
            Workers.checkInterrupted();
            Clusterer clusterer = clusterers.get(t);
            long start = System.nanoTime();
            ClusterModel model = clusterer.fit(x);
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            Scores s = Scores.of(x, model.labels(), model.clusterCount(), sampleAbove, sampleSize, random.nextLong(),
                    threads);
            rows.add(new ComparisonRow(clusterer.algorithm(), clusterer.describe(), s.clusters, s.sizes.noiseShare(),
                    s.silhouette, s.silhouetteSampled, s.calinskiHarabasz, s.daviesBouldin,
                    s.sizes.smallestToLargest(), time));
            models.add(model);
            progress.progress("comparison", t + 1, clusterers.size());
        }
        return new ComparisonTable(rows, models);
    }

    /** Fits and scores on a feature matrix; see {@link #run(DMatrixRMaj)}. */
    public ComparisonTable run(FeatureMatrix x) {
        return run(x.toMatrix());
    }

    /** Builds a {@link Comparison}; every setter checks its argument. */
    public static final class Builder {
        private final List<Clusterer> clusterers = new ArrayList<>();
        private int sampleAbove = 10_000;
        private int sampleSize = 2_000;
        private long seed;
        private int threads = 1;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /** Adds a configured clusterer to compare. */
        public Builder add(Clusterer clusterer) {
            clusterers.add(Objects.requireNonNull(clusterer, "clusterer"));
            return this;
        }

        /** Adds several configured clusterers, in order. */
        public Builder addAll(List<? extends Clusterer> more) {
            for (Clusterer c : Objects.requireNonNull(more, "clusterers")) {
                add(c);
            }
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

        /** Threads for the scores (each clusterer keeps its own setting); at least 1. */
        public Builder threads(int threads) {
            this.threads = Check.atLeast("threads", threads, 1);
            return this;
        }

        /** Receives one unit per clusterer. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * The configured comparison.
         *
         * @throws IllegalStateException when no clusterer was added
         */
        public Comparison build() {
            if (clusterers.isEmpty()) {
                throw new IllegalStateException("Comparison is incomplete:\n  - add(...) was not called");
            }
            return new Comparison(this);
        }
    }
}
