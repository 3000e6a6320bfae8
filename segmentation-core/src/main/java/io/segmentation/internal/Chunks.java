package io.segmentation.internal;

/**
 * Fixed chunks of rows that do not depend on the number of threads: chunk {@code c} holds rows
 * [{@code c * SIZE}, {@code min(n, (c + 1) * SIZE)}). Partial results are kept per chunk and reduced
 * in chunk order, so results are bit-for-bit the same on any number of threads.
 */
public final class Chunks {
    /** Rows per chunk. */
    public static final int SIZE = 4096;

    private Chunks() {
    }

    /** The number of chunks that cover {@code n} rows. */
    public static int count(int n) {
        return (n + SIZE - 1) / SIZE;
    }

    /** The first row of chunk {@code c}. */
    public static int from(int c) {
        return c * SIZE;
    }

    /** One past the last row of chunk {@code c} of {@code n} rows. */
    public static int to(int c, int n) {
        return Math.min(n, (c + 1) * SIZE);
    }
}
