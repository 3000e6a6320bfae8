package io.segmentation.cluster.internal;

/**
 * A fixed set of points (n×d, squared Euclidean distances) that answers radius and nearest-neighbour
 * queries. The index is immutable once built and safe to share between threads; each thread asks its
 * questions through its own {@link Search}, which holds the scratch space.
 */
public interface SpatialIndex {
    /** The number of points n. */
    int size();

    /** The number of coordinates d of a point. */
    int dimension();

    /** A new search with its own scratch space; one per thread. */
    Search newSearch();

    /**
     * The rows in an order that keeps near rows near each other (the KD-tree's leaf order), so that
     * queries made in this order share cache; a new array.
     */
    int[] order();

    /**
     * Parts of the index whose points all lie within squared distance {@code r2} of each other (for a
     * KD-tree, nodes whose box diagonal is at most r), for {@link Search#joinCoreNeighbours}: by part,
     * one of its core rows, -1 for such a part without core rows, -2 for a part that is not dense. May
     * return null when the index has no parts.
     *
     * @param core the core flags by row; not modified
     */
    int[] denseParts(double r2, boolean[] core);

    /**
     * Queries of one thread against a {@link SpatialIndex}. Results are original row indices of the
     * indexed points. Not thread-safe: each thread makes its own.
     */
    interface Search {
        /**
         * The number of points within squared distance {@code r2} (inclusive) of the query, stopping as
         * soon as {@code limit} have been found (so the result is at most {@code limit}).
         *
         * @param q  the query's array, not modified; the query is {@code q[qo .. qo + d)}
         * @param qo the offset of the query in {@code q}
         */
        int count(double[] q, int qo, double r2, int limit);

        /**
         * Finds all points within squared distance {@code r2} (inclusive) of the query and returns how
         * many there are; {@link #found(int)} gives them, in no particular order, until the next call.
         */
        int within(double[] q, int qo, double r2);

        /** The original row of the {@code i}-th point found by the last {@link #within}. */
        int found(int i);

        /**
         * The nearest point within squared distance {@code r2} (inclusive) among those with
         * {@code accept[row]} true ({@code accept} null accepts all), or -1 when there is none. A tie
         * goes to the lower original row.
         */
        int nearest(double[] q, int qo, double r2, boolean[] accept);

        /**
         * The squared distance from the query to its {@code k}-th nearest point (1-based; a point
         * equal to the query counts), or +infinity when there are fewer than {@code k} points.
         */
        double kthDistance2(double[] q, int qo, int k);

        /**
         * Joins the query row (a core row) with every core row within squared distance {@code r2}. A dense
         * part (see {@link SpatialIndex#denseParts}) is joined through its representative as soon as
         * one of its core rows is found within r2: its core rows are all within r of each other, and
         * each joins the representative in its own query.
         *
         * @param row        the query's row in {@code components}
         * @param core       the core flags by row; not modified
         * @param parts      what {@link SpatialIndex#denseParts} returned for the same r2 and core
         * @param components the sets to join; modified
         */
        void joinCoreNeighbours(double[] q, int qo, int row, double r2, boolean[] core, int[] parts,
                ConcurrentUnionFind components);

        /** Point-to-point distances computed so far by this search. */
        long distances();
    }

    /**
     * Checks that {@code x} holds n×d values with n and d at least 1.
     *
     * @throws IllegalArgumentException naming n, d and the array's length
     */
    static void requireShape(double[] x, int n, int d) {
        if (n < 1 || d < 1 || (long) n * d > x.length) {
            throw new IllegalArgumentException("x must hold n×d values (n=" + n + ", d=" + d + ", length="
                    + x.length + ")");
        }
    }
}
