package io.segmentation.cluster;

import io.segmentation.ProgressListener;
import io.segmentation.cluster.internal.GenericLinkage;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.cluster.internal.MergeList;
import io.segmentation.cluster.internal.NnChain;
import io.segmentation.cluster.internal.PackedDistances;
import io.segmentation.cluster.internal.PrimMst;
import io.segmentation.internal.Workers;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.internal.Check;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Hierarchical agglomerative clustering: starts from single rows and repeatedly merges the two
 * nearest clusters under a {@link Linkage}, giving a {@link Dendrogram} that is cut into {@code k}
 * clusters or at a height.
 *
 * <p><b>Algorithms.</b> {@link Linkage#SINGLE}: a minimum spanning tree by Prim's algorithm on the
 * implicit complete graph (Gower and Ross, "Minimum spanning trees and single linkage cluster
 * analysis", JRSS C 18(1), 1969, doi:10.2307/2346439), O(n²·d) time, O(n·d) memory.
 * {@link Linkage#WARD}: the nearest-neighbour chain (Murtagh, "A survey of recent advances in
 * hierarchical clustering algorithms", Comput. J. 26(4), 1983, doi:10.1093/comjnl/26.4.354; Müllner,
 * "Modern hierarchical, agglomerative clustering algorithms", arXiv:1109.2378, 2011) on centroids and
 * sizes (Ward, "Hierarchical grouping to optimize an objective function", JASA 58(301), 1963,
 * doi:10.1080/01621459.1963.10500845), O(n²·d) time, O(n·d) memory. {@link Linkage#COMPLETE} and
 * {@link Linkage#AVERAGE}: Müllner's generic algorithm with nearest-neighbour candidates (same paper)
 * over packed pairwise Euclidean distances, O(n²) time in practice after O(n²·d) to fill them, and
 * 4·n·(n − 1) bytes, checked against {@link Builder#memoryBudget(long)} before anything is allocated.
 * (The nearest-neighbour chain would read a column of the packed triangle per search, a cache miss per
 * element; the generic algorithm reads rows and defers the column updates.)
 *
 * <p><b>Ties and threads.</b> Equal distances are broken by the lowest row (see {@link Dendrogram});
 * searches run in parallel with a lexicographic minimum, so the result is the same on any number of
 * threads. Heights are monotone for all four linkages (all are reducible).
 *
 * <p><b>Labels and predict.</b> Clusters are numbered by their lowest row. {@link AgglomerativeModel#predict}
 * assigns a new row to the nearest cluster mean, which for elongated single-linkage clusters can
 * differ from a training row's own label.
 *
 * <pre>{@code
 * Agglomerative ward = Agglomerative.builder().k(5).linkage(Linkage.WARD).build();
 * AgglomerativeModel model = ward.fit(x);               // x: n×d, not modified
 * int[] three = model.dendrogram().cutToClusters(3);   // another cut, no refit
 * }</pre>
 */
public final class Agglomerative implements Clusterer {
    /** The default memory budget for the pairwise distances of complete and average linkage: 2 GiB. */
    public static final long DEFAULT_MEMORY_BUDGET = 2L << 30;

    private final int k;
    private final double cutHeight;
    private final Linkage linkage;
    private final long memoryBudget;
    private final long seed;
    private final int threads;
    private final ProgressListener progress;

    private Agglomerative(Builder b) {
        this.k = b.k;
        this.cutHeight = b.cutHeight;
        this.linkage = b.linkage;
        this.memoryBudget = b.memoryBudget;
        this.seed = b.seed;
        this.threads = b.threads;
        this.progress = b.progress;
    }

    /** A builder with {@link Linkage#WARD}, a 2 GiB memory budget and one thread per processor. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.k = k;
        b.cutHeight = cutHeight;
        b.linkage = linkage;
        b.memoryBudget = memoryBudget;
        b.seed = seed;
        b.threads = threads;
        b.progress = progress;
        return b;
    }

    /** The linkage. */
    public Linkage linkage() {
        return linkage;
    }

    @Override
    public String algorithm() {
        return "agglomerative";
    }

    @Override
    public String describe() {
        String cut = k > 0 ? "k=" + k : "cutHeight=" + cutHeight;
        return String.format(Locale.ROOT, "%s, linkage=%s", cut, linkage.name().toLowerCase(Locale.ROOT));
    }

    /** The same configuration; agglomerative clustering uses no randomness, so the seed is only kept. */
    @Override
    public Agglomerative withSeed(long seed) {
        return toBuilder().seed(seed).build();
    }

    @Override
    public Agglomerative withThreads(int threads) {
        return toBuilder().threads(threads).build();
    }

    @Override
    public Agglomerative withProgress(ProgressListener progress) {
        return toBuilder().progress(progress).build();
    }

    @Override
    public AgglomerativeModel fit(FeatureMatrix x) {
        return fit(x.toMatrix());
    }

    @Override
    public AgglomerativeModel fit(double[][] rows) {
        return fit(Inputs.fromRows(rows));
    }

    /**
     * Builds the dendrogram of the rows of {@code x} and cuts it.
     *
     * @param x n×d data, row-major; not modified
     * @throws IllegalArgumentException when {@code x} is empty, has a non-finite cell (named by row and
     *                                  column), has fewer rows than k, or when the linkage needs more
     *                                  memory than the budget
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    @Override
    public AgglomerativeModel fit(DMatrixRMaj x) {
        Inputs.requireFinite(x, 1);
        int n = x.numRows;
        int d = x.numCols;
        if (k > n) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "k must be <= number of rows (was k=%d, rows=%d)", k, n));
        }
        boolean matrix = linkage == Linkage.COMPLETE || linkage == Linkage.AVERAGE;
        if (matrix && PackedDistances.bytes(n) > memoryBudget) {
            long count = PackedDistances.count(n);
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "agglomerative clustering with %s linkage of %d rows needs %.2g pairwise distances (%s,"
                            + " memoryBudget %s); sample the rows, raise memoryBudget(...), or choose WARD or"
                            + " SINGLE linkage, which need O(n·d) memory",
                    linkage, n, (double) count, bytes(PackedDistances.bytes(n)), bytes(memoryBudget)));
        }
        long started = System.nanoTime();
        double[] data = x.data;
        MergeList merges;
        try (Workers workers = Workers.of(threads)) {
            progress.progress("agglomerative " + linkage.name().toLowerCase(Locale.ROOT), 0, 1);
            switch (linkage) {
                case SINGLE -> merges = PrimMst.of(data, n, d, workers);
                case WARD -> merges = NnChain.ward(data, n, d, workers);
                default -> merges = GenericLinkage.of(PackedDistances.of(data, n, d, workers),
                        linkage == Linkage.AVERAGE, workers);
            }
        }
        Dendrogram dendrogram = Dendrogram.of(n, merges);
        int[] labels = k > 0 ? dendrogram.cutToClusters(k) : dendrogram.cutAtHeight(cutHeight);
        progress.progress("agglomerative " + linkage.name().toLowerCase(Locale.ROOT), 1, 1);
        FitReport report = new FitReport(algorithm(), "merge height", dendrogram.heights(), new long[0],
                merges.distances, Duration.ofNanos(System.nanoTime() - started), true);
        return AgglomerativeModel.of(data, n, d, linkage, labels, dendrogram, report);
    }

    static String bytes(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agglomerative a && k == a.k && Double.compare(cutHeight, a.cutHeight) == 0
                && linkage == a.linkage && memoryBudget == a.memoryBudget && seed == a.seed && threads == a.threads
                && progress.equals(a.progress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(k, cutHeight, linkage, memoryBudget, seed, threads);
    }

    @Override
    public String toString() {
        return "Agglomerative(" + describe() + ")";
    }

    /** Collects the parameters; setters check their argument at once, {@link #build()} how they fit together. */
    public static final class Builder {
        private int k = -1;
        private double cutHeight = Double.NaN;
        private Linkage linkage = Linkage.WARD;
        private long memoryBudget = DEFAULT_MEMORY_BUDGET;
        private long seed = 0L;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /** Cut the dendrogram into {@code k} clusters, >= 1; excludes {@link #cutHeight(double)}. */
        public Builder k(int k) {
            this.k = Check.atLeast("k", k, 1);
            return this;
        }

        /** Cut the dendrogram at this height (merges up to and including it apply), finite and >= 0. */
        public Builder cutHeight(double cutHeight) {
            this.cutHeight = Check.finiteAtLeast("cutHeight", cutHeight, 0.0);
            return this;
        }

        /** The linkage (default {@link Linkage#WARD}). */
        public Builder linkage(Linkage linkage) {
            this.linkage = Objects.requireNonNull(linkage, "linkage");
            return this;
        }

        /** The most bytes the pairwise distances of complete or average linkage may take, >= 1 (default 2 GiB). */
        public Builder memoryBudget(long bytes) {
            this.memoryBudget = Check.atLeast("memoryBudget", bytes, 1L);
            return this;
        }

        /** A seed, kept for the record; the algorithm uses no randomness. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Threads for distance searches and updates, >= 1 (default: one per processor); results do not depend on it. */
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
         * The configured clusterer.
         *
         * @throws IllegalStateException when neither or both of k and cutHeight were set
         */
        public Agglomerative build() {
            List<String> problems = new ArrayList<>();
            if (k < 0 && Double.isNaN(cutHeight)) {
                problems.add("k(...) or cutHeight(...) was not called");
            }
            if (k > 0 && !Double.isNaN(cutHeight)) {
                problems.add("k(...) and cutHeight(...) were both called; choose one");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Agglomerative is incomplete:\n  - " + String.join("\n  - ", problems));
            }
            return new Agglomerative(this);
        }
    }
}
