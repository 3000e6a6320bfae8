package io.segmentation.cluster.internal;

import java.util.Arrays;

/**
 * A spatial index that scans every point: the choice when d is high enough that a KD-tree's boxes
 * rarely prune. Queries cost O(n·d), memory is the points themselves (one copy). The partial-distance
 * early exit keeps the scan cheap for small radii. Results agree exactly with {@link KdTree}.
 */
public final class BruteForceIndex implements SpatialIndex {
    private final int n;
    private final int d;
    private final double[] points;

    private BruteForceIndex(double[] x, int n, int d) {
        this.n = n;
        this.d = d;
        this.points = Arrays.copyOf(x, n * d);
    }

    /**
     * An index over the n×d row-major points of {@code x}.
     *
     * @param x n×d points, row-major; not modified (the index keeps its own copy)
     * @throws IllegalArgumentException when n or d is not positive or {@code x} is too short
     */
    public static BruteForceIndex of(double[] x, int n, int d) {
        SpatialIndex.requireShape(x, n, d);
        return new BruteForceIndex(x, n, d);
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public Search newSearch() {
        return new ScanSearch();
    }

    /** The rows in their own order. */
    @Override
    public int[] order() {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** A scan has no parts: returns null. */
    @Override
    public int[] denseParts(double r2, boolean[] core) {
        return null;
    }

    /** Scratch space and queries of one thread. */
    private final class ScanSearch implements Search {
        private int[] found = new int[64];
        private double[] kth = new double[16];
        private long distances;

        /** The squared distance to point p, or a value above {@code bound} once it exceeds it. */
        private double distance2(double[] q, int qo, int p, double bound) {
            int po = p * d;
            double s = 0.0;
            for (int j = 0; j < d; j++) {
                double diff = q[qo + j] - points[po + j];
                s += diff * diff;
                if (s > bound) {
                    return s;
                }
            }
            return s;
        }

        @Override
        public int count(double[] q, int qo, double r2, int limit) {
            int count = 0;
            for (int p = 0; p < n; p++) {
                distances++;
                if (distance2(q, qo, p, r2) <= r2 && ++count >= limit) {
                    return limit;
                }
            }
            return count;
        }

        @Override
        public int within(double[] q, int qo, double r2) {
            int size = 0;
            distances += n;
            for (int p = 0; p < n; p++) {
                if (distance2(q, qo, p, r2) <= r2) {
                    if (size == found.length) {
                        found = Arrays.copyOf(found, 2 * size);
                    }
                    found[size++] = p;
                }
            }
            return size;
        }

        @Override
        public int found(int i) {
            return found[i];
        }

        @Override
        public int nearest(double[] q, int qo, double r2, boolean[] accept) {
            int best = -1;
            double bestD = r2;
            for (int p = 0; p < n; p++) {
                if (accept != null && !accept[p]) {
                    continue;
                }
                distances++;
                double s = distance2(q, qo, p, bestD);
                // Rows are scanned in increasing order, so '<' after the first hit keeps the lowest row.
                if (s < bestD || (s == bestD && best < 0)) {
                    bestD = s;
                    best = p;
                }
            }
            return best;
        }

        @Override
        public double kthDistance2(double[] q, int qo, int k) {
            if (k > n) {
                return Double.POSITIVE_INFINITY;
            }
            if (kth.length < k) {
                kth = new double[k];
            }
            int size = 0;
            distances += n;
            for (int p = 0; p < n; p++) {
                double bound = size == k ? kth[0] : Double.POSITIVE_INFINITY;
                double s = distance2(q, qo, p, bound);
                if (size < k) {
                    KdTree.siftUp(kth, size++, s);
                } else if (s < kth[0]) {
                    KdTree.siftDown(kth, size, s);
                }
            }
            return kth[0];
        }

        @Override
        public void joinCoreNeighbours(double[] q, int qo, int row, double r2, boolean[] core, int[] parts,
                ConcurrentUnionFind components) {
            distances += n;
            for (int p = 0; p < n; p++) {
                if (core[p] && p != row && distance2(q, qo, p, r2) <= r2) {
                    components.union(row, p);
                }
            }
        }

        @Override
        public long distances() {
            return distances;
        }
    }
}
