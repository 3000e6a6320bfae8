package io.segmentation.cluster.internal;

import io.segmentation.internal.Chunks;
import io.segmentation.internal.Workers;

/**
 * Ward linkage by the nearest-neighbour chain (Murtagh, "A survey of recent
 * advances in hierarchical clustering algorithms", The Computer Journal 26(4), 1983,
 * doi:10.1093/comjnl/26.4.354; Müllner, "Modern hierarchical, agglomerative clustering algorithms",
 * arXiv:1109.2378, 2011). The chain follows nearest neighbours until two clusters are each other's
 * nearest, merges them, and continues from the rest of the chain; this is exact for reducible linkages
 * (Ward's is) and takes O(n²) cluster distances.
 *
 * <p>Ties: the nearest neighbour of the chain's top is its predecessor in the chain when that is at
 * the smallest distance (which keeps the chain from cycling), else the cluster with the lowest slot.
 * Each search runs in parallel over fixed chunks with a lexicographic (distance, slot) minimum, so the
 * merges do not depend on the number of threads.
 */
public final class NnChain {
    /** Active clusters below which a search runs on the caller's thread. */
    static final int PARALLEL_MIN = 2 * Chunks.SIZE;

    private NnChain() {
    }

    /**
     * Ward linkage in O(n·d) memory: clusters are kept as centroids and sizes, and the distance between
     * clusters A and B is sqrt(2·|A|·|B|/(|A|+|B|))·‖c_A − c_B‖ (for single rows: their Euclidean
     * distance), the convention of scipy and scikit-learn. Merge heights are that distance.
     *
     * @param x n×d rows, row-major; not modified
     */
    public static MergeList ward(double[] x, int n, int d, Workers workers) {
        return new WardRun(x, n, d, workers).run();
    }

    /** The chain loop; the subclass gives distances, searches and merges. */
    private abstract static class Run {
        final int n;
        final Workers workers;
        final int[] chain;
        final double[] chunkBestD;
        final int[] chunkBestS;
        long distances;

        Run(int n, Workers workers) {
            this.n = n;
            this.workers = workers;
            this.chain = new int[n];
            int chunks = Chunks.count(n);
            this.chunkBestD = new double[chunks];
            this.chunkBestS = new int[chunks];
        }

        /** The linkage distance (as compared; see {@link #height}) between slots a and b. */
        abstract double distance(int a, int b);

        /** Fills chunkBest* for chunk c: the nearest slot to {@code a} among the chunk's candidates. */
        abstract void searchChunk(int a, int c);

        /** The number of chunks a search is split into. */
        abstract int searchChunks();

        /** Any active slot. */
        abstract int anyActive();

        /** The number of active clusters. */
        abstract int active();

        /** Merges slots a and b (their distance is {@code dab}) and returns the height to report. */
        abstract double merge(int a, int b, double dab);

        MergeList run() {
            int[] ma = new int[Math.max(n - 1, 0)];
            int[] mb = new int[Math.max(n - 1, 0)];
            double[] mh = new double[Math.max(n - 1, 0)];
            int length = 0;
            for (int step = 0; step < n - 1; step++) {
                if ((step & 63) == 0) {
                    Workers.checkInterrupted();
                }
                if (length == 0) {
                    chain[length++] = anyActive();
                }
                int a;
                int b;
                double dab;
                while (true) {
                    a = chain[length - 1];
                    int prev = length >= 2 ? chain[length - 2] : -1;
                    int chunks = searchChunks();
                    if (active() >= PARALLEL_MIN && workers.threads() > 1) {
                        int top = a;
                        workers.forEach(chunks, c -> searchChunk(top, c));
                    } else {
                        for (int c = 0; c < chunks; c++) {
                            searchChunk(a, c);
                        }
                    }
                    distances += active() - 1;
                    int best = -1;
                    double bestD = Double.POSITIVE_INFINITY;
                    for (int c = 0; c < chunks; c++) {
                        int s = chunkBestS[c];
                        if (s >= 0 && (best < 0 || chunkBestD[c] < bestD || (chunkBestD[c] == bestD && s < best))) {
                            best = s;
                            bestD = chunkBestD[c];
                        }
                    }
                    if (prev >= 0 && distance(a, prev) <= bestD) {
                        best = prev; // the predecessor wins a tie, so the chain cannot cycle
                        bestD = distance(a, prev);
                    }
                    if (best == prev) {
                        b = prev;
                        dab = bestD;
                        break;
                    }
                    chain[length++] = best;
                }
                length -= 2;
                ma[step] = a;
                mb[step] = b;
                mh[step] = merge(a, b, dab);
            }
            return new MergeList(ma, mb, mh, distances);
        }
    }

    /** Ward on centroids and sizes, active clusters kept at compact positions [0, m). */
    private static final class WardRun extends Run {
        private final int d;
        private final double[] centroids; // by position
        private final int[] sizes;        // by position
        private final int[] slotAt;       // slot of each position
        private final int[] positionOf;   // position of each slot, -1 once merged away
        private int m;

        WardRun(double[] x, int n, int d, Workers workers) {
            super(n, workers);
            this.d = d;
            this.centroids = java.util.Arrays.copyOf(x, n * d);
            this.sizes = new int[n];
            this.slotAt = new int[n];
            this.positionOf = new int[n];
            for (int i = 0; i < n; i++) {
                sizes[i] = 1;
                slotAt[i] = i;
                positionOf[i] = i;
            }
            this.m = n;
        }

        /** Squared ward distance 2·na·nb/(na+nb)·‖ca − cb‖², the product na·nb formed first so it is symmetric. */
        private double wardAt(int pa, int pb) {
            double s = Kernels.squaredDistance(centroids, pa, centroids, pb, d);
            double na = sizes[pa];
            double nb = sizes[pb];
            return 2.0 * (na * nb) / (na + nb) * s;
        }

        @Override
        double distance(int a, int b) {
            return wardAt(positionOf[a], positionOf[b]);
        }

        @Override
        int searchChunks() {
            return Chunks.count(m);
        }

        @Override
        void searchChunk(int a, int c) {
            int pa = positionOf[a];
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            double na = sizes[pa];
            int ao = pa * d;
            for (int p = Chunks.from(c), to = Chunks.to(c, m); p < to; p++) {
                if (p == pa) {
                    continue;
                }
                int po = p * d;
                double s = 0.0;
                for (int j = 0; j < d; j++) {
                    double diff = centroids[ao + j] - centroids[po + j];
                    s += diff * diff;
                }
                double nb = sizes[p];
                double w = 2.0 * (na * nb) / (na + nb) * s;
                int slot = slotAt[p];
                if (w < bestD || (w == bestD && (best < 0 || slot < best))) {
                    bestD = w;
                    best = slot;
                }
            }
            chunkBestD[c] = bestD;
            chunkBestS[c] = best;
        }

        @Override
        int anyActive() {
            return slotAt[0];
        }

        @Override
        int active() {
            return m;
        }

        @Override
        double merge(int a, int b, double dab) {
            int keep = Math.min(a, b);
            int drop = Math.max(a, b);
            int pk = positionOf[keep];
            int pd = positionOf[drop];
            double nk = sizes[pk];
            double nd = sizes[pd];
            double total = nk + nd;
            for (int j = 0; j < d; j++) {
                centroids[pk * d + j] = (nk * centroids[pk * d + j] + nd * centroids[pd * d + j]) / total;
            }
            sizes[pk] += sizes[pd];
            int last = m - 1;
            if (pd != last) {
                System.arraycopy(centroids, last * d, centroids, pd * d, d);
                sizes[pd] = sizes[last];
                slotAt[pd] = slotAt[last];
                positionOf[slotAt[pd]] = pd;
            }
            positionOf[drop] = -1;
            m--;
            return Math.sqrt(dab);
        }
    }
}
