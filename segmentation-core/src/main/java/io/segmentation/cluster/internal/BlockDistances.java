package io.segmentation.cluster.internal;

import java.util.Locale;

/**
 * Squared distances from a block of up to {@link #ROWS} rows to a set of centres: the inner loop of
 * k-means assignment and k-means++ seeding. A block is feature-major in groups of {@link #GROUP} rows:
 * value j of its row r sits at {@link #at at(r, j, d)} =
 * {@code (r / GROUP) * GROUP * d + j * GROUP + r % GROUP}, so that one vector holds one feature of several
 * rows and a group's values are read in address order. Rows listed by index are copied into that layout
 * first ({@link #distances}); a whole data set can be laid out once ({@link #blocked}) and its blocks
 * measured in place ({@link #distancesOfBlock}): a pass over 1M × 16 takes 13 instead of 19 ms.
 *
 * <p>Two implementations give bit-for-bit the same results: a scalar one, and one over the JDK's Vector
 * API that is used when the JVM runs with {@code --add-modules jdk.incubator.vector}. The vector one puts
 * one row in each lane and sums the squared differences feature by feature, in the same order as the
 * scalar loop, so lanes change speed and never rounding. {@code -Dio.segmentation.vector=false} keeps the
 * scalar one.
 *
 * <p>Instances are stateless and thread-safe; callers own the scratch and output arrays.
 */
public abstract class BlockDistances {
    /** The largest number of rows in one block; a multiple of every vector length. */
    public static final int ROWS = 64;
    /** The rows of a block that lie side by side, feature by feature: a multiple of every vector length. */
    public static final int GROUP = 8;

    private static final BlockDistances CHOSEN = choose();

    BlockDistances() {
    }

    /** The implementation this JVM uses: the vector one when its module is present and not switched off. */
    public static BlockDistances get() {
        return CHOSEN;
    }

    /** The scalar implementation, whatever the JVM offers. */
    public static BlockDistances scalar() {
        return ScalarBlockDistances.INSTANCE;
    }

    /** {@code true} when the Vector API module is in the boot layer, so {@link #get()} can use it. */
    public static boolean vectorAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** The vector implementation, or the scalar one when the Vector API module is absent. */
    public static BlockDistances vector() {
        if (!vectorAvailable()) {
            return ScalarBlockDistances.INSTANCE;
        }
        try {
            // Loaded by name, so that a JVM without the module never links the class.
            return (BlockDistances) Class.forName("io.segmentation.cluster.internal.VectorBlockDistances")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return ScalarBlockDistances.INSTANCE;
        }
    }

    private static BlockDistances choose() {
        if ("false".equalsIgnoreCase(System.getProperty("io.segmentation.vector", "true"))) {
            return ScalarBlockDistances.INSTANCE;
        }
        return vector();
    }

    /** A short name for reports: {@code "scalar"} or {@code "vector(lanes)"}. */
    public abstract String name();

    /** Where value j of row r lies in a block of d features (see the class comment). */
    public static int at(int r, int j, int d) {
        return r / GROUP * GROUP * d + j * GROUP + r % GROUP;
    }

    /**
     * Writes the squared distance of row r of the block at {@code offset} of {@code blocked} (feature-major,
     * see the class comment) to centre c of {@code centres} (k×d) into {@code out[c * ROWS + r]}, for
     * r &lt; m ≤ {@link #ROWS} and c &lt; k; the block must hold whole vectors of rows past m (a
     * {@link #blocked} copy and a {@link #distances} scratch do). Each distance is Σ_j (x_j − c_j)² summed
     * in j order, exactly as {@link Kernels#squaredDistance}. Only {@code out} (at least {@code k * ROWS})
     * is written.
     */
    public abstract void distancesOfBlock(double[] blocked, int offset, int d, int m, double[] centres, int k,
            double[] out);

    /**
     * {@link #distancesOfBlock} for the rows {@code rows[0..m)} of {@code x} (n×d, row-major): writes the
     * distance of row {@code rows[r]} to centre c into {@code out[c * ROWS + r]}. {@code x}, {@code rows}
     * and {@code centres} are not modified; {@code scratch} (at least {@code ROWS * d} values) and
     * {@code out} (at least {@code k * ROWS}) are overwritten.
     */
    public final void distances(double[] x, int d, int[] rows, int m, double[] centres, int k,
            double[] scratch, double[] out) {
        for (int r = 0; r < m; r++) {
            int xo = rows[r] * d;
            for (int j = 0; j < d; j++) {
                scratch[at(r, j, d)] = x[xo + j];
            }
        }
        // Lanes past m keep what the scratch held before (finite values): their sums are never read.
        distancesOfBlock(scratch, 0, d, m, centres, k, out);
    }

    /**
     * The n×d rows of {@code x} laid out as blocks of {@link #ROWS} rows (see the class comment): value j
     * of row i at {@code (i / ROWS) * ROWS * d + at(i % ROWS, j, d)}, block b at offset {@code b * ROWS * d};
     * the last block is padded with zeros. Rows [from, to) of a chunk of
     * {@link io.segmentation.internal.Chunks} are filled by {@link #fillBlocked}.
     */
    public static double[] blocked(int n, int d) {
        long size = ((long) n + ROWS - 1) / ROWS * ROWS * d;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d rows of %d features make %d values in blocks, more than one Java array holds", n, d,
                    size));
        }
        return new double[(int) size];
    }

    /** Copies rows [from, to) of {@code x} (from a multiple of {@link #ROWS}) into their {@link #blocked} places. */
    public static void fillBlocked(double[] x, int d, int from, int to, double[] blocked) {
        for (int i = from; i < to; i++) {
            int o = i / ROWS * ROWS * d;
            int r = i % ROWS;
            int xo = i * d;
            for (int j = 0; j < d; j++) {
                blocked[o + at(r, j, d)] = x[xo + j];
            }
        }
    }

    /** Fills {@code rows[0..m)} with {@code from, from + 1, …} and returns m = min(ROWS, to − from). */
    public static int range(int[] rows, int from, int to) {
        int m = Math.min(ROWS, to - from);
        for (int r = 0; r < m; r++) {
            rows[r] = from + r;
        }
        return m;
    }

    /**
     * Finds, for each row {@code rows[r]} (r &lt; m ≤ {@link #ROWS}) of {@code x}, its nearest centre among
     * the k rows of {@code centres} into {@code best[r]} (a tie goes to the lower index, as in
     * {@link Kernels#nearest}), the squared distance to it into {@code bestDist[r]} and the second smallest
     * squared distance (+∞ when k = 1) into {@code secondDist[r]}, exactly as {@link Kernels#nearestTwo}:
     * {@link #distances} into {@code sums}, then a scan of the centres in index order.
     * {@code x}, {@code rows} and {@code centres} are not modified; {@code scratch} (at least
     * {@code ROWS * d} values), {@code sums} (at least {@code k * ROWS}) and the three outputs (at least
     * {@code ROWS} each) are overwritten.
     */
    public final void nearest(double[] x, int d, int[] rows, int m, double[] centres, int k, double[] scratch,
            double[] sums, int[] best, double[] bestDist, double[] secondDist) {
        distances(x, d, rows, m, centres, k, scratch, sums);
        pickNearest(sums, m, k, best, bestDist, secondDist);
    }

    /** {@link #nearest} for the m rows of the block at {@code offset} of a {@link #blocked} copy. */
    public final void nearestOfBlock(double[] blocked, int offset, int d, int m, double[] centres, int k,
            double[] sums, int[] best, double[] bestDist, double[] secondDist) {
        distancesOfBlock(blocked, offset, d, m, centres, k, sums);
        pickNearest(sums, m, k, best, bestDist, secondDist);
    }

    /**
     * The scan of {@link #nearest}: for r &lt; m, the smallest of {@code sums[c * ROWS + r]} over c (strictly
     * smaller takes the lead, pushing the old leader to second place; otherwise it may only lower the
     * second place), its index and the second smallest.
     */
    void pickNearest(double[] sums, int m, int k, int[] best, double[] bestDist, double[] secondDist) {
        for (int r = 0; r < m; r++) {
            int b = 0;
            double first = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = sums[c * ROWS + r];
                if (s < first) {
                    second = first;
                    first = s;
                    b = c;
                } else if (s < second) {
                    second = s;
                }
            }
            best[r] = b;
            bestDist[r] = first;
            secondDist[r] = second;
        }
    }
}
