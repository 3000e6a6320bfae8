package io.segmentation.cluster;

/** How {@link Agglomerative} measures the distance between two clusters. */
public enum Linkage {
    /**
     * The increase in within-cluster sum of squares, reported as sqrt(2·|A|·|B|/(|A|+|B|))·‖c_A − c_B‖
     * (scipy's and scikit-learn's convention: two single rows merge at their Euclidean distance).
     * Nearest-neighbour chain on centroids, O(n²·d) time, O(n·d) memory.
     */
    WARD,
    /** The largest distance between a row of one cluster and a row of the other. O(n²) memory. */
    COMPLETE,
    /** The mean distance between rows of the two clusters (UPGMA). O(n²) memory. */
    AVERAGE,
    /** The smallest distance between a row of one cluster and a row of the other; minimum spanning tree, O(n·d) memory. */
    SINGLE
}
