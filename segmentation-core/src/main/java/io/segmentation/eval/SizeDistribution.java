package io.segmentation.eval;

import io.segmentation.internal.Check;
import java.util.Arrays;
import java.util.Locale;

/**
 * How rows are spread over segments: the size and share of each cluster, the noise count and share,
 * and the ratio of the smallest to the largest cluster (1 = all equal, near 0 = one segment dwarfs
 * another; a marketer cannot act on a segment of twelve customers). Immutable.
 *
 * <p>Shares are of all n rows, noise included, so the cluster shares and the noise share add up to 1.
 * Empty clusters count as size 0 (the ratio is then 0). O(n) time.
 *
 * <pre>{@code
 * SizeDistribution sizes = SizeDistribution.of(model.labels(), model.clusterCount());
 * sizes.share(2); sizes.noiseShare(); sizes.smallestToLargest();
 * }</pre>
 */
public final class SizeDistribution {
    private final int[] sizes;
    private final int noise;
    private final int n;

    private SizeDistribution(int[] sizes, int noise, int n) {
        this.sizes = sizes;
        this.noise = noise;
        this.n = n;
    }

    /**
     * The distribution over k = largest label + 1 clusters.
     *
     * @param labels one label per row, in [0, k) or -1 for noise; not modified
     * @throws IllegalArgumentException when a label is below -1 or there are no rows
     */
    public static SizeDistribution of(int[] labels) {
        Labels checked = Labels.of(labels);
        return of(labels, checked.k);
    }

    /**
     * The distribution over {@code k} clusters (a model's cluster count, so empty trailing clusters show).
     *
     * @param labels one label per row, in [0, k) or -1 for noise; not modified
     * @param k      the number of clusters, at least 1
     * @throws IllegalArgumentException when a label is below -1 or at least k, or there are no rows
     */
    public static SizeDistribution of(int[] labels, int k) {
        Check.atLeast("k", k, 1);
        Labels checked = Labels.of(labels);
        if (checked.n == 0) {
            throw new IllegalArgumentException("labels must not be empty");
        }
        if (checked.k > k) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "labels must be < k (was label %d, k=%d)", checked.k - 1, k));
        }
        return new SizeDistribution(Arrays.copyOf(checked.sizes, k), checked.noise, checked.n);
    }

    /** The number of clusters k. */
    public int clusterCount() {
        return sizes.length;
    }

    /** The number of rows n, noise included. */
    public int rowCount() {
        return n;
    }

    /** A copy of the size of each cluster. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** The number of rows in cluster c. */
    public int size(int c) {
        return sizes[c];
    }

    /** The share of all rows in cluster c, in [0, 1]. */
    public double share(int c) {
        return (double) sizes[c] / n;
    }

    /** A copy of every cluster's share of all rows. */
    public double[] shares() {
        double[] s = new double[sizes.length];
        for (int c = 0; c < s.length; c++) {
            s[c] = share(c);
        }
        return s;
    }

    /** The number of noise rows. */
    public int noiseCount() {
        return noise;
    }

    /** The share of all rows that are noise, in [0, 1]. */
    public double noiseShare() {
        return (double) noise / n;
    }

    /** The size of the smallest cluster. */
    public int smallest() {
        int m = Integer.MAX_VALUE;
        for (int s : sizes) {
            m = Math.min(m, s);
        }
        return m;
    }

    /** The size of the largest cluster. */
    public int largest() {
        int m = 0;
        for (int s : sizes) {
            m = Math.max(m, s);
        }
        return m;
    }

    /** The smallest cluster's size over the largest's, in [0, 1]; 0 when every row is noise. */
    public double smallestToLargest() {
        int largest = largest();
        return largest == 0 ? 0.0 : (double) smallest() / largest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SizeDistribution s && Arrays.equals(sizes, s.sizes) && noise == s.noise && n == s.n;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes) * 31 + noise;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "sizes %s, noise %d (%.1f%%), smallest/largest %.3f",
                Arrays.toString(sizes), noise, 100.0 * noiseShare(), smallestToLargest());
    }
}
