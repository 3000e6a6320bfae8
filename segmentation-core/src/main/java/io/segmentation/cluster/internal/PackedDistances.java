package io.segmentation.cluster.internal;

import io.segmentation.internal.Workers;

/**
 * The n(n − 1)/2 distances between n rows, packed as the strict upper triangle in row order and stored
 * in blocks, so that n may exceed the 46,341 rows a single Java array could hold. Indices are
 * {@code long}. Mutable: the linkage updates overwrite it.
 */
public final class PackedDistances {
    private static final int SHIFT = 26; // 2^26 doubles = 512 MB per block
    private static final long MASK = (1L << SHIFT) - 1;

    private final int n;
    private final double[][] blocks;

    private PackedDistances(int n) {
        this.n = n;
        long total = count(n);
        int blockCount = (int) ((total + MASK) >>> SHIFT);
        blocks = new double[blockCount][];
        for (int b = 0; b < blockCount; b++) {
            long size = Math.min(1L << SHIFT, total - ((long) b << SHIFT));
            blocks[b] = new double[(int) size];
        }
    }

    /** The number of distances between n rows, n(n − 1)/2. */
    public static long count(int n) {
        return (long) n * (n - 1) / 2;
    }

    /** The bytes {@link #of} allocates for n rows. */
    public static long bytes(int n) {
        return count(n) * Double.BYTES;
    }

    /**
     * The Euclidean distances between the rows of {@code x} (n×d, not modified), computed in parallel
     * blocks of rows.
     */
    public static PackedDistances of(double[] x, int n, int d, Workers workers) {
        PackedDistances p = new PackedDistances(n);
        int rowsPerTask = 64;
        int tasks = (n + rowsPerTask - 1) / rowsPerTask;
        workers.forEach(tasks, t -> {
            int to = Math.min(n, (t + 1) * rowsPerTask);
            for (int i = t * rowsPerTask; i < to; i++) {
                long base = p.index(i, i + 1);
                for (int j = i + 1; j < n; j++) {
                    p.set(base + (j - i - 1), Math.sqrt(Kernels.squaredDistance(x, i, x, j, d)));
                }
            }
        });
        return p;
    }

    /** The number of rows n. */
    public int rows() {
        return n;
    }

    /** The index of the pair (i, j), i &lt; j. */
    public long index(int i, int j) {
        return (long) i * n - (long) i * (i + 1) / 2 + (j - i - 1);
    }

    /** The value at packed index {@code p}. */
    public double get(long p) {
        return blocks[(int) (p >>> SHIFT)][(int) (p & MASK)];
    }

    /** Overwrites the value at packed index {@code p}. */
    public void set(long p, double value) {
        blocks[(int) (p >>> SHIFT)][(int) (p & MASK)] = value;
    }

    /** The value of the pair (i, j) in either order, i ≠ j. */
    public double get(int i, int j) {
        return i < j ? get(index(i, j)) : get(index(j, i));
    }
}
