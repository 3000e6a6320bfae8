package io.segmentation.cluster;

import io.segmentation.ProgressListener;
import io.segmentation.cluster.internal.BruteForceIndex;
import io.segmentation.internal.Chunks;
import io.segmentation.cluster.internal.ConcurrentUnionFind;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.cluster.internal.KdTree;
import io.segmentation.cluster.internal.SpatialIndex;
import io.segmentation.internal.Workers;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.internal.Check;
import io.segmentation.internal.Knee;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Density-based clustering (DBSCAN: Ester, Kriegel, Sander and Xu, "A density-based algorithm for
 * discovering clusters in large spatial databases with noise", Proc. KDD-96, AAAI Press, 1996,
 * pp. 226–231; no DOI):
 * clusters are regions where points are dense, and points in sparse regions are noise.
 *
 * <p>A row is a <em>core</em> row when at least {@code minPts} rows, itself included, lie within
 * Euclidean distance {@code eps} (inclusive). Core rows within {@code eps} of each other belong to the
 * same cluster (the connected components of the core rows). A non-core row within {@code eps} of some
 * core row is a <em>border</em> row; every other row is noise ({@link ClusterModel#NOISE}).
 *
 * <p><b>Border rule.</b> A border row within {@code eps} of core rows of several clusters joins the
 * cluster of its <em>nearest</em> core row, a tie going to the core row with the lower row index. This
 * is also what {@link DbscanModel#predict} does, so predicting a training row returns its label. Core
 * rows and noise do not depend on row order or threads at all; border rows only through exact distance
 * ties. (The original algorithm and scikit-learn give a border row to whichever cluster reaches it
 * first, which depends on row order.) Clusters are numbered by the lowest row index of their core rows.
 *
 * <p><b>Cost.</b> A KD-tree (Bentley 1975) is built once, O(n log n); two passes of range queries in
 * parallel over fixed chunks of rows (count neighbours with early exit at {@code minPts}; join core
 * neighbours in a lock-free union–find whose result does not depend on the order of the unions). A query
 * joins a tree node whose box diagonal is at most eps through one union, as soon as it finds one of
 * the node's core rows within eps (those core rows are all one cluster).
 * Memory is O(n·d) for the index and O(n) otherwise: neighbourhoods are never all held at once. Time is
 * about O(n log n) for small eps and low d, O(n²) in the worst case. For high d the tree stops pruning
 * and {@link Index#AUTO} scans all rows instead (same results).
 *
 * <pre>{@code
 * Dbscan dbscan = Dbscan.builder().eps(0.3).minPts(10).build();
 * DbscanModel model = dbscan.fit(x);                 // x: n×d, not modified
 * int[] labels = model.labels();                     // -1 = noise
 * EpsSuggestion s = Dbscan.suggestEps(x, 10);        // eps from the knee of the k-distance curve
 * }</pre>
 */
public final class Dbscan implements Clusterer {
    /** How neighbours are found; every choice gives the same result. */
    public enum Index {
        /** A KD-tree when d is at most {@link #KD_TREE_MAX_DIMENSION}, else a brute-force scan. */
        AUTO,
        /** A KD-tree. */
        KD_TREE,
        /** A scan of all rows per query, O(n) each. */
        BRUTE_FORCE
    }

    /** The largest d for which {@link Index#AUTO} uses a KD-tree. */
    public static final int KD_TREE_MAX_DIMENSION = 16;

    private final double eps;
    private final int minPts;
    private final Index index;
    private final long seed;
    private final int threads;
    private final ProgressListener progress;

    private Dbscan(Builder b) {
        this.eps = b.eps;
        this.minPts = b.minPts;
        this.index = b.index;
        this.seed = b.seed;
        this.threads = b.threads;
        this.progress = b.progress;
    }

    /** A builder with {@code minPts} 5, {@link Index#AUTO} and one thread per processor; eps is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.eps = eps;
        b.minPts = minPts;
        b.index = index;
        b.seed = seed;
        b.threads = threads;
        b.progress = progress;
        return b;
    }

    /** The neighbourhood radius, in the units of the features. */
    public double eps() {
        return eps;
    }

    /** The neighbours (the row itself included) that make a row a core row. */
    public int minPts() {
        return minPts;
    }

    /** The neighbour search. */
    public Index index() {
        return index;
    }

    @Override
    public String algorithm() {
        return "dbscan";
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "eps=%s, minPts=%d, index=%s", eps, minPts, index);
    }

    /** The same configuration; DBSCAN uses no randomness, so the seed is only kept. */
    @Override
    public Dbscan withSeed(long seed) {
        return toBuilder().seed(seed).build();
    }

    @Override
    public Dbscan withThreads(int threads) {
        return toBuilder().threads(threads).build();
    }

    @Override
    public Dbscan withProgress(ProgressListener progress) {
        return toBuilder().progress(progress).build();
    }

    @Override
    public DbscanModel fit(FeatureMatrix x) {
        return fit(x.toMatrix());
    }

    @Override
    public DbscanModel fit(double[][] rows) {
        return fit(Inputs.fromRows(rows));
    }

    /**
     * Clusters the rows of {@code x}.
     *
     * @param x n×d data, row-major; not modified
     * @throws IllegalArgumentException when {@code x} is empty or has a NaN or infinite cell (named by
     *                                  row and column)
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    @Override
    public DbscanModel fit(DMatrixRMaj x) {
        Inputs.requireFinite(x, 1);
        long started = System.nanoTime();
        int n = x.numRows;
        int d = x.numCols;
        double[] data = x.data;
        SpatialIndex tree = indexOf(index, data, n, d);
        progress.progress("dbscan index", 1, 3);
        double eps2 = eps * eps;
        int chunks = Chunks.count(n);
        long[] distances = new long[chunks];
        boolean[] core = new boolean[n];
        int[] labels = new int[n];
        ConcurrentUnionFind components = new ConcurrentUnionFind(n);
        // Rows are visited in the index's order (near rows together), which changes nothing but speed.
        int[] order = tree.order();
        try (Workers workers = Workers.of(threads)) {
            // Pass 1: core rows. Each chunk writes only its own rows of 'core'.
            workers.forEachChunk(n, c -> {
                SpatialIndex.Search search = tree.newSearch();
                for (int p = Chunks.from(c), to = Chunks.to(c, n); p < to; p++) {
                    int i = order[p];
                    core[i] = search.count(data, i * d, eps2, minPts) >= minPts;
                }
                distances[c] = search.distances();
            });
            progress.progress("dbscan core rows", 2, 3);
            // Pass 2: join core rows within eps (the sets do not depend on the order of the unions);
            // give each other row its nearest core row within eps, or -1.
            int[] parts = tree.denseParts(eps2, core);
            int[] nearestCore = labels; // reused: the labels are computed from it below, row by row
            workers.forEachChunk(n, c -> {
                SpatialIndex.Search search = tree.newSearch();
                for (int p = Chunks.from(c), to = Chunks.to(c, n); p < to; p++) {
                    int i = order[p];
                    if (core[i]) {
                        search.joinCoreNeighbours(data, i * d, i, eps2, core, parts, components);
                        nearestCore[i] = i;
                    } else {
                        nearestCore[i] = search.nearest(data, i * d, eps2, core);
                    }
                }
                distances[c] += search.distances();
            });
            Workers.checkInterrupted();
        }
        // Number the clusters by their lowest core row: the root of a component is its lowest row.
        int[] clusterOfRoot = new int[n];
        Arrays.fill(clusterOfRoot, -1);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (core[i]) {
                int root = components.find(i);
                if (clusterOfRoot[root] < 0) {
                    clusterOfRoot[root] = k++;
                }
            }
        }
        long noise = 0;
        for (int i = 0; i < n; i++) {
            int nc = labels[i];
            if (nc < 0) {
                noise++;
                labels[i] = ClusterModel.NOISE;
            } else {
                labels[i] = clusterOfRoot[components.find(nc)];
            }
        }
        long total = 0;
        for (long v : distances) {
            total += v;
        }
        progress.progress("dbscan clusters", 3, 3);
        FitReport report = new FitReport(algorithm(), "noise rows", new double[] {noise}, new long[0], total,
                java.time.Duration.ofNanos(System.nanoTime() - started), true);
        return DbscanModel.of(data, n, d, eps, minPts, index, labels, core, k, report);
    }

    /**
     * Suggests eps for {@code minPts} from the knee of the sorted k-distance curve (Ester et al. 1996,
     * section 4.2): for every row, the distance to its {@code minPts}-th nearest row counting itself,
     * sorted increasingly; eps is the value at the point of greatest curvature (Kneedle, shape
     * {@link Knee.Shape#CONVEX_INCREASING}). Costs one k-nearest-neighbour query per row.
     *
     * @param x      n×d data, row-major; not modified
     * @param minPts the minPts the suggestion is for, in [1, n]
     * @return the suggestion and the curve (for a chart)
     * @throws IllegalArgumentException when minPts is out of range, a cell is not finite, or all
     *                                  k-distances are 0 (too many duplicate rows)
     */
    public static EpsSuggestion suggestEps(DMatrixRMaj x, int minPts) {
        Inputs.requireFinite(x, 1);
        Check.between("minPts", minPts, 1, x.numRows);
        int n = x.numRows;
        int d = x.numCols;
        double[] data = x.data;
        SpatialIndex tree = indexOf(Index.AUTO, data, n, d);
        double[] curve = new double[n];
        int threads = Runtime.getRuntime().availableProcessors();
        try (Workers workers = Workers.of(threads)) {
            workers.forEachChunk(n, c -> {
                SpatialIndex.Search search = tree.newSearch();
                for (int i = Chunks.from(c), to = Chunks.to(c, n); i < to; i++) {
                    curve[i] = Math.sqrt(search.kthDistance2(data, i * d, minPts));
                }
            });
        }
        Arrays.sort(curve);
        if (curve[n - 1] == 0.0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "x: every row has %d identical rows or more (all %d-distances are 0); remove duplicates"
                            + " or raise minPts", minPts, minPts));
        }
        double[] at = new double[n];
        for (int i = 0; i < n; i++) {
            at[i] = i;
        }
        int knee = Knee.index(at, curve, Knee.Shape.CONVEX_INCREASING);
        return new EpsSuggestion(minPts, curve, knee);
    }

    /** See {@link #suggestEps(DMatrixRMaj, int)}. */
    public static EpsSuggestion suggestEps(FeatureMatrix x, int minPts) {
        return suggestEps(x.toMatrix(), minPts);
    }

    static SpatialIndex indexOf(Index index, double[] x, int n, int d) {
        boolean tree = index == Index.KD_TREE || (index == Index.AUTO && d <= KD_TREE_MAX_DIMENSION);
        return tree ? KdTree.build(x, n, d) : BruteForceIndex.of(x, n, d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dbscan b && eps == b.eps && minPts == b.minPts && index == b.index && seed == b.seed
                && threads == b.threads && progress.equals(b.progress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eps, minPts, index, seed, threads);
    }

    @Override
    public String toString() {
        return "Dbscan(" + describe() + ")";
    }

    /** Collects DBSCAN's parameters; setters check their argument at once. */
    public static final class Builder {
        private double eps = Double.NaN;
        private int minPts = 5;
        private Index index = Index.AUTO;
        private long seed = 0L;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /** The neighbourhood radius (inclusive), in the units of the features; finite and > 0. */
        public Builder eps(double eps) {
            this.eps = Check.finiteAbove("eps", eps, 0.0);
            return this;
        }

        /** The neighbours within eps, the row itself included, that make a core row; >= 1 (default 5). */
        public Builder minPts(int minPts) {
            this.minPts = Check.atLeast("minPts", minPts, 1);
            return this;
        }

        /** The neighbour search (default {@link Index#AUTO}); every choice gives the same labels. */
        public Builder index(Index index) {
            this.index = Objects.requireNonNull(index, "index");
            return this;
        }

        /** A seed, kept for the record; DBSCAN uses no randomness. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Threads for the range queries, >= 1 (default: one per processor); results do not depend on it. */
        public Builder threads(int threads) {
            this.threads = Check.atLeast("threads", threads, 1);
            return this;
        }

        /** Where progress goes (default: nowhere). */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * The configured DBSCAN.
         *
         * @throws IllegalStateException when eps was not set
         */
        public Dbscan build() {
            if (Double.isNaN(eps)) {
                throw new IllegalStateException("Dbscan is incomplete:\n  - eps(...) was not called");
            }
            return new Dbscan(this);
        }
    }
}
