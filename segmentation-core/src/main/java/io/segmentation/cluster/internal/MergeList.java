package io.segmentation.cluster.internal;

/**
 * The n − 1 merges of a hierarchical clustering in the order an algorithm found them (not yet sorted
 * by height): merge {@code s} joins the cluster holding row {@code a[s]} with the one holding row
 * {@code b[s]} at {@code height[s]}. The arrays are owned by whoever receives the list.
 */
public final class MergeList {
    /** A row in the first cluster of each merge. */
    public final int[] a;
    /** A row in the second cluster of each merge. */
    public final int[] b;
    /** The linkage distance of each merge. */
    public final double[] height;
    /** Point-to-point or cluster-to-cluster distances computed. */
    public final long distances;

    /** Wraps the arrays without copying. */
    public MergeList(int[] a, int[] b, double[] height, long distances) {
        this.a = a;
        this.b = b;
        this.height = height;
        this.distances = distances;
    }
}
