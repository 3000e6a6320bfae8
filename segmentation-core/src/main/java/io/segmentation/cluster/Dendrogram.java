package io.segmentation.cluster;

import com.google.gson.JsonObject;
import io.segmentation.cluster.internal.MergeList;
import io.segmentation.internal.Check;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * The merge tree of an agglomerative clustering of n rows, in the linkage-matrix convention of scipy:
 * merge {@code s} (0-based, n − 1 of them, heights non-decreasing) joins clusters {@link #left(int)}
 * &lt; {@link #right(int)} into a new cluster with id {@code n + s}; ids below n are single rows.
 * Cut it by a number of clusters or at a height to get labels. Immutable.
 *
 * <p>Merges at equal heights keep the order in which the algorithm made them. Cut labels are numbered
 * by the lowest row of each cluster (the cluster of row 0 is 0), so they do not depend on merge order.
 */
public final class Dendrogram {
    private final int n;
    private final int[] left;
    private final int[] right;
    private final double[] height;
    private final int[] size;

    private Dendrogram(int n, int[] left, int[] right, double[] height, int[] size) {
        this.n = n;
        this.left = left;
        this.right = right;
        this.height = height;
        this.size = size;
    }

    /**
     * The dendrogram of merges found in any order: sorted by height (stably) and renumbered with a
     * union–find, as scipy does after the nearest-neighbour chain.
     */
    static Dendrogram of(int n, MergeList merges) {
        int m = n - 1;
        Integer[] order = new Integer[m];
        for (int s = 0; s < m; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (p, q) -> Double.compare(merges.height[p], merges.height[q])); // stable
        int[] parent = new int[n];
        int[] clusterOf = new int[n]; // cluster id of each root
        int[] sizeOf = new int[n];    // size of each root's cluster
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            clusterOf[i] = i;
            sizeOf[i] = 1;
        }
        int[] left = new int[m];
        int[] right = new int[m];
        double[] height = new double[m];
        int[] size = new int[m];
        for (int s = 0; s < m; s++) {
            int o = order[s];
            int ra = find(parent, merges.a[o]);
            int rb = find(parent, merges.b[o]);
            if (ra == rb) {
                throw new IllegalStateException("merge " + o + " joins a cluster with itself");
            }
            int ca = clusterOf[ra];
            int cb = clusterOf[rb];
            left[s] = Math.min(ca, cb);
            right[s] = Math.max(ca, cb);
            height[s] = merges.height[o];
            size[s] = sizeOf[ra] + sizeOf[rb];
            int root = Math.min(ra, rb);
            parent[Math.max(ra, rb)] = root;
            clusterOf[root] = n + s;
            sizeOf[root] = size[s];
        }
        return new Dendrogram(n, left, right, height, size);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]]; // path halving
            i = parent[i];
        }
        return i;
    }

    /** The number of rows n (leaves). */
    public int leaves() {
        return n;
    }

    /** The number of merges, n − 1. */
    public int merges() {
        return n - 1;
    }

    /** The lower id of the two clusters joined by merge {@code s}, in [0, n + s). */
    public int left(int s) {
        return left[s];
    }

    /** The higher id of the two clusters joined by merge {@code s}, in [0, n + s). */
    public int right(int s) {
        return right[s];
    }

    /** The linkage distance at which merge {@code s} happens; non-decreasing in s. */
    public double height(int s) {
        return height[s];
    }

    /** The number of rows in the cluster made by merge {@code s}. */
    public int size(int s) {
        return size[s];
    }

    /** A copy of the merge heights, non-decreasing. */
    public double[] heights() {
        return height.clone();
    }

    /**
     * The (n − 1)×4 linkage matrix as scipy writes it: left id, right id, height, size (ids as doubles).
     */
    public double[][] linkageMatrix() {
        double[][] z = new double[n - 1][];
        for (int s = 0; s < n - 1; s++) {
            z[s] = new double[] {left[s], right[s], height[s], size[s]};
        }
        return z;
    }

    /**
     * Labels of the rows when the tree is cut into {@code k} clusters (the first n − k merges applied),
     * numbered by each cluster's lowest row.
     *
     * @param k the number of clusters, in [1, n]
     * @throws IllegalArgumentException when k is out of range
     */
    public int[] cutToClusters(int k) {
        Check.between("k", k, 1, n);
        return labelsAfter(n - k);
    }

    /**
     * Labels of the rows when the tree is cut at {@code h}: merges at heights up to and including h are
     * applied. Numbered by each cluster's lowest row.
     *
     * @param h a height, finite and >= 0
     * @throws IllegalArgumentException when h is negative or not finite
     */
    public int[] cutAtHeight(double h) {
        Check.finiteAtLeast("h", h, 0.0);
        return labelsAfter(mergesUpTo(h));
    }

    /** The number of clusters when the tree is cut at {@code h} (see {@link #cutAtHeight}). */
    public int clustersAtHeight(double h) {
        Check.finiteAtLeast("h", h, 0.0);
        return n - mergesUpTo(h);
    }

    private int mergesUpTo(double h) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) { // the first merge above h
            int mid = (lo + hi) >>> 1;
            if (height[mid] <= h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int[] labelsAfter(int merges) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int[] rowOf = new int[n + merges]; // a row inside each cluster id
        for (int i = 0; i < n; i++) {
            rowOf[i] = i;
        }
        for (int s = 0; s < merges; s++) {
            int ra = find(parent, rowOf[left[s]]);
            int rb = find(parent, rowOf[right[s]]);
            int root = Math.min(ra, rb);
            parent[Math.max(ra, rb)] = root;
            rowOf[n + s] = root;
        }
        int[] labelOfRoot = new int[n];
        Arrays.fill(labelOfRoot, -1);
        int[] labels = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (labelOfRoot[r] < 0) {
                labelOfRoot[r] = k++;
            }
            labels[i] = labelOfRoot[r];
        }
        return labels;
    }

    /** The state for the model file: n and the four columns of the linkage matrix. */
    public JsonObject toState() {
        return new StateWriter()
                .put("leaves", n)
                .put("left", left)
                .put("right", right)
                .put("height", height)
                .put("size", size)
                .toJson();
    }

    /**
     * Reads a dendrogram written by {@link #toState()}, checking that it is a valid merge tree: ids
     * refer to existing, not yet merged clusters, heights are non-negative and non-decreasing, sizes add.
     *
     * @throws IllegalArgumentException naming the JSON path of whatever is wrong
     */
    public static Dendrogram read(StateReader state) {
        int n = state.integer("leaves", 1, Integer.MAX_VALUE);
        int m = n - 1;
        int[] left = state.ints("left", 0, Integer.MAX_VALUE);
        int[] right = state.ints("right", 0, Integer.MAX_VALUE);
        int[] size = state.ints("size", 2, n);
        double[] height = state.doubles("height", m);
        if (left.length != m) {
            throw state.fail("left", "expected " + m + " values, found " + left.length);
        }
        if (right.length != m) {
            throw state.fail("right", "expected " + m + " values, found " + right.length);
        }
        if (size.length != m) {
            throw state.fail("size", "expected " + m + " values, found " + size.length);
        }
        boolean[] used = new boolean[n + m];
        for (int s = 0; s < m; s++) {
            int l = left[s];
            int r = right[s];
            if (!(l < r) || r >= n + s || used[l] || used[r]) {
                throw state.fail("left[" + s + "]", String.format(Locale.ROOT,
                        "expected two distinct unmerged cluster ids below %d in increasing order, found %d and %d",
                        n + s, l, r));
            }
            used[l] = true;
            used[r] = true;
            int expected = (l < n ? 1 : size[l - n]) + (r < n ? 1 : size[r - n]);
            if (size[s] != expected) {
                throw state.fail("size[" + s + "]", "expected " + expected + ", found " + size[s]);
            }
            if (height[s] < 0 || (s > 0 && height[s] < height[s - 1])) {
                throw state.fail("height[" + s + "]", "expected a non-negative, non-decreasing height, found "
                        + height[s]);
            }
        }
        return new Dendrogram(n, left, right, height, size);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dendrogram t && n == t.n && Arrays.equals(left, t.left) && Arrays.equals(right, t.right)
                && Arrays.equals(height, t.height) && Arrays.equals(size, t.size);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * n + Arrays.hashCode(height)) + Arrays.hashCode(left);
    }

    @Override
    public String toString() {
        return "Dendrogram(" + n + " leaves, top height " + (n > 1 ? height[n - 2] : 0.0) + ")";
    }
}
