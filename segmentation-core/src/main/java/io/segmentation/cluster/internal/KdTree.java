package io.segmentation.cluster.internal;

import java.util.Arrays;

/**
 * A KD-tree over n points in d dimensions (Bentley, "Multidimensional binary search trees used for
 * associative searching", CACM 18(9), 1975, doi:10.1145/361002.361007), built once for radius and
 * nearest-neighbour queries in squared Euclidean distance.
 *
 * <p>Each node splits its points at the median of the coordinate with the widest spread and keeps the
 * bounding box of its points; leaves hold at most {@link #LEAF_SIZE} points. The points are copied
 * once into tree order (one permutation array maps them back to rows), so a leaf is scanned
 * contiguously. Queries skip a node whose box lies farther than the radius, take a whole node without
 * distance computations when its box lies inside the radius, and stop a point's distance sum as soon
 * as it exceeds the radius.
 *
 * <p>Build: O(n log n) time, O(n·d) memory. The box tests are exact in floating point: a point is
 * reported within r² exactly when {@link Kernels#squaredDistance} of it and the query is at most r².
 */
public final class KdTree implements SpatialIndex {
    /** The largest number of points in a leaf. */
    public static final int LEAF_SIZE = 16;

    private final int n;
    private final int d;
    private final double[] points; // n×d in tree order
    private final int[] rows;      // rows[p] = original row of tree-order point p
    private final int[] start;     // per node: first tree-order point
    private final int[] end;       // per node: one past the last
    private final int[] left;      // per node: left child (right child is left + 1), -1 for a leaf
    private final double[] lower;  // per node: box minimum, nodes×d
    private final double[] upper;  // per node: box maximum, nodes×d
    private final int depth;
    private int nodes;

    private KdTree(double[] x, int n, int d) {
        this.n = n;
        this.d = d;
        this.rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        int capacity = 2 * (n / (LEAF_SIZE / 2) + 1) + 1;
        this.start = new int[capacity];
        this.end = new int[capacity];
        this.left = new int[capacity];
        this.lower = new double[capacity * d];
        this.upper = new double[capacity * d];
        this.depth = build(x, 0, n, allocate(), 0);
        this.points = new double[n * d];
        for (int p = 0; p < n; p++) {
            System.arraycopy(x, rows[p] * d, points, p * d, d);
        }
    }

    /**
     * Builds a tree over the n×d row-major points of {@code x}.
     *
     * @param x n×d points, row-major; not modified (the tree keeps its own copy)
     * @throws IllegalArgumentException when n or d is not positive or {@code x} is too short
     */
    public static KdTree build(double[] x, int n, int d) {
        SpatialIndex.requireShape(x, n, d);
        return new KdTree(x, n, d);
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public int dimension() {
        return d;
    }

    /** The number of nodes, leaves included. */
    public int nodeCount() {
        return nodes;
    }

    @Override
    public Search newSearch() {
        return new TreeSearch();
    }

    @Override
    public int[] order() {
        return rows.clone();
    }

    /**
     * Marks the nodes whose box diagonal is at most r (all their points are then within r of each
     * other, exactly so in floating point) with one of their core rows: by node, that core row, -1 for
     * such a node without core rows, and -2 for other nodes.
     */
    @Override
    public int[] denseParts(double r2, boolean[] core) {
        int[] parts = new int[nodes];
        markDense(0, false, r2, core, parts);
        return parts;
    }

    private void markDense(int node, boolean parentDense, double r2, boolean[] core, int[] parts) {
        int bo = node * d;
        double diagonal2 = 0.0;
        for (int j = 0; j < d; j++) {
            double t = upper[bo + j] - lower[bo + j];
            diagonal2 += t * t;
        }
        boolean dense = parentDense || diagonal2 <= r2;
        parts[node] = -2;
        if (dense) {
            parts[node] = -1;
            for (int p = start[node], to = end[node]; p < to; p++) {
                if (core[rows[p]]) {
                    parts[node] = rows[p];
                    break;
                }
            }
        }
        if (left[node] >= 0) {
            markDense(left[node], dense, r2, core, parts);
            markDense(left[node] + 1, dense, r2, core, parts);
        }
    }

    private int allocate() {
        return nodes++;
    }

    /** Builds node {@code node} over rows[from, to) and returns the depth of its subtree. */
    private int build(double[] x, int from, int to, int node, int level) {
        start[node] = from;
        end[node] = to;
        int bo = node * d;
        Arrays.fill(lower, bo, bo + d, Double.POSITIVE_INFINITY);
        Arrays.fill(upper, bo, bo + d, Double.NEGATIVE_INFINITY);
        for (int p = from; p < to; p++) {
            int xo = rows[p] * d;
            for (int j = 0; j < d; j++) {
                double v = x[xo + j];
                if (v < lower[bo + j]) {
                    lower[bo + j] = v;
                }
                if (v > upper[bo + j]) {
                    upper[bo + j] = v;
                }
            }
        }
        int dim = 0;
        double spread = -1.0;
        for (int j = 0; j < d; j++) {
            double s = upper[bo + j] - lower[bo + j];
            if (s > spread) { // strict: the lowest dimension wins a tie
                spread = s;
                dim = j;
            }
        }
        if (to - from <= LEAF_SIZE || spread == 0.0) {
            left[node] = -1;
            return 1;
        }
        int mid = (from + to) >>> 1;
        select(x, from, to - 1, mid, dim);
        int l = allocate();
        int r = allocate();
        left[node] = l;
        if (r != l + 1) {
            throw new AssertionError("children must be adjacent");
        }
        int dl = build(x, from, mid, l, level + 1);
        int dr = build(x, mid, to, r, level + 1);
        return 1 + Math.max(dl, dr);
    }

    /** Rearranges rows[lo..hi] so that rows[k] holds the k-th smallest coordinate {@code dim} (Hoare). */
    private void select(double[] x, int lo, int hi, int k, int dim) {
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            double a = x[rows[lo] * d + dim];
            double b = x[rows[m] * d + dim];
            double c = x[rows[hi] * d + dim];
            double pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c)); // median of three
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (x[rows[i] * d + dim] < pivot) {
                    i++;
                }
                while (x[rows[j] * d + dim] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = rows[i];
                    rows[i] = rows[j];
                    rows[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /** Scratch space and queries of one thread. */
    private final class TreeSearch implements Search {
        private final int[] stack = new int[2 * depth + 4];
        private int[] found = new int[64];
        private double[] kth = new double[16];
        private long distances;

        @Override
        public long distances() {
            return distances;
        }

        @Override
        public int found(int i) {
            return found[i];
        }

        /** The smallest squared distance from the query to the box of {@code node}. */
        private double minDistance2(double[] q, int qo, int node) {
            int bo = node * d;
            double s = 0.0;
            for (int j = 0; j < d; j++) {
                double v = q[qo + j];
                double lo = lower[bo + j];
                double hi = upper[bo + j];
                if (v < lo) {
                    double t = lo - v;
                    s += t * t;
                } else if (v > hi) {
                    double t = v - hi;
                    s += t * t;
                }
                // Inside the box on this axis adds exactly 0, which keeps the bound monotone in fl.
            }
            return s;
        }

        /** The largest squared distance from the query to a point of the box of {@code node}. */
        private double maxDistance2(double[] q, int qo, int node) {
            int bo = node * d;
            double s = 0.0;
            for (int j = 0; j < d; j++) {
                double v = q[qo + j];
                double a = v - lower[bo + j];
                double b = upper[bo + j] - v;
                double t = a > b ? a : b;
                s += t * t;
            }
            return s;
        }

        @Override
        public int count(double[] q, int qo, double r2, int limit) {
            int count = 0;
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int node = stack[--top];
                if (minDistance2(q, qo, node) > r2) {
                    continue;
                }
                int from = start[node];
                int to = end[node];
                if (maxDistance2(q, qo, node) <= r2) {
                    count += to - from;
                } else if (left[node] < 0) {
                    distances += to - from;
                    for (int p = from; p < to; p++) {
                        if (within(q, qo, p, r2)) {
                            count++;
                        }
                    }
                } else {
                    stack[top++] = left[node] + 1;
                    stack[top++] = left[node];
                }
                if (count >= limit) {
                    return limit;
                }
            }
            return count;
        }

        @Override
        public int within(double[] q, int qo, double r2) {
            int size = 0;
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int node = stack[--top];
                if (minDistance2(q, qo, node) > r2) {
                    continue;
                }
                int from = start[node];
                int to = end[node];
                if (size + (to - from) > found.length) {
                    found = Arrays.copyOf(found, Math.max(2 * found.length, size + (to - from)));
                }
                if (maxDistance2(q, qo, node) <= r2) {
                    System.arraycopy(rows, from, found, size, to - from);
                    size += to - from;
                } else if (left[node] < 0) {
                    distances += to - from;
                    for (int p = from; p < to; p++) {
                        if (within(q, qo, p, r2)) {
                            found[size++] = rows[p];
                        }
                    }
                } else {
                    stack[top++] = left[node] + 1;
                    stack[top++] = left[node];
                }
            }
            return size;
        }

        @Override
        public void joinCoreNeighbours(double[] q, int qo, int row, double r2, boolean[] core, int[] parts,
                ConcurrentUnionFind components) {
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int node = stack[--top];
                int rep = parts[node];
                if (rep == -1 || minDistance2(q, qo, node) > r2) {
                    continue; // a dense node without core rows, or out of reach
                }
                int from = start[node];
                int to = end[node];
                if (rep >= 0) {
                    // Its core rows are within eps of each other, so all are in one cluster, and each
                    // joins the representative in its own query (its node is at distance 0). So one
                    // core row within reach is enough to join this row to all of them.
                    if (maxDistance2(q, qo, node) <= r2) {
                        components.union(row, rep);
                        continue;
                    }
                    for (int p = from; p < to; p++) {
                        if (core[rows[p]]) {
                            distances++;
                            if (within(q, qo, p, r2)) {
                                components.union(row, rep);
                                break;
                            }
                        }
                    }
                } else if (left[node] < 0) {
                    for (int p = from; p < to; p++) {
                        int other = rows[p];
                        if (core[other]) {
                            distances++;
                            if (within(q, qo, p, r2)) {
                                components.union(row, other);
                            }
                        }
                    }
                } else {
                    stack[top++] = left[node] + 1;
                    stack[top++] = left[node];
                }
            }
        }

        /** Whether tree-order point p lies within r2 of the query, stopping the sum once it exceeds r2. */
        private boolean within(double[] q, int qo, int p, double r2) {
            int po = p * d;
            double s = 0.0;
            for (int j = 0; j < d; j++) {
                double diff = q[qo + j] - points[po + j];
                s += diff * diff;
                if (s > r2) {
                    return false; // partial sums only grow
                }
            }
            return true;
        }

        @Override
        public int nearest(double[] q, int qo, double r2, boolean[] accept) {
            int best = -1;
            double bestD = r2;
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int node = stack[--top];
                // '>' (not '>='): a point at the same distance with a lower row may still win.
                if (minDistance2(q, qo, node) > bestD) {
                    continue;
                }
                int l = left[node];
                if (l < 0) {
                    int to = end[node];
                    for (int p = start[node]; p < to; p++) {
                        int row = rows[p];
                        if (accept != null && !accept[row]) {
                            continue;
                        }
                        distances++;
                        double s = distance2(q, qo, p, bestD);
                        if (s < bestD || (s == bestD && (best < 0 || row < best))) {
                            bestD = s;
                            best = row;
                        }
                    }
                } else {
                    // Visit the nearer child first (pushed last), so the bound shrinks early.
                    double dl = minDistance2(q, qo, l);
                    double dr = minDistance2(q, qo, l + 1);
                    if (dl <= dr) {
                        stack[top++] = l + 1;
                        stack[top++] = l;
                    } else {
                        stack[top++] = l;
                        stack[top++] = l + 1;
                    }
                }
            }
            return best;
        }

        /** The squared distance to tree-order point p, or a value above {@code bound} once it exceeds it. */
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
        public double kthDistance2(double[] q, int qo, int k) {
            if (k > n) {
                return Double.POSITIVE_INFINITY;
            }
            if (kth.length < k) {
                kth = new double[k];
            }
            // kth[0..size) is a max-heap of the k smallest squared distances seen so far.
            int size = 0;
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int node = stack[--top];
                if (size == k && minDistance2(q, qo, node) >= kth[0]) {
                    continue;
                }
                int l = left[node];
                if (l < 0) {
                    int to = end[node];
                    distances += to - start[node];
                    for (int p = start[node]; p < to; p++) {
                        double bound = size == k ? kth[0] : Double.POSITIVE_INFINITY;
                        double s = distance2(q, qo, p, bound);
                        if (size < k) {
                            siftUp(kth, size++, s);
                        } else if (s < kth[0]) {
                            siftDown(kth, size, s);
                        }
                    }
                } else {
                    double dl = minDistance2(q, qo, l);
                    double dr = minDistance2(q, qo, l + 1);
                    if (dl <= dr) {
                        stack[top++] = l + 1;
                        stack[top++] = l;
                    } else {
                        stack[top++] = l;
                        stack[top++] = l + 1;
                    }
                }
            }
            return kth[0];
        }
    }

    /** Adds {@code v} at position {@code i} of a max-heap of size i and restores the heap. */
    static void siftUp(double[] heap, int i, double v) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= v) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = v;
    }

    /** Replaces the top of a max-heap of {@code size} with {@code v} and restores the heap. */
    static void siftDown(double[] heap, int size, double v) {
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && heap[c + 1] > heap[c]) {
                c++;
            }
            if (heap[c] <= v) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = v;
    }
}
