package io.segmentation.eval;

import io.segmentation.internal.Chunks;
import io.segmentation.cluster.internal.Kernels;
import io.segmentation.internal.Workers;
import io.segmentation.internal.Check;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * The silhouette of a clustering, overall, per cluster and per row: for row i in cluster A,
 * {@code a(i)} is its mean Euclidean distance to the other rows of A, {@code b(i)} the smallest mean
 * distance to the rows of another cluster, and {@code s(i) = (b - a) / max(a, b)} in [-1, 1]. Near 1:
 * the row sits well inside its segment; near 0: on a border; negative: closer to another segment.
 *
 * <p>Reference: P. J. Rousseeuw, "Silhouettes: a graphical aid to the interpretation and validation of
 * cluster analysis", Journal of Computational and Applied Mathematics 20, 1987,
 * doi:10.1016/0377-0427(87)90125-7.
 *
 * <p>Policies: rows labelled -1 (noise) are excluded as scored rows and as neighbours, and counted in
 * {@link #noiseRows()}; a row alone in its cluster scores 0 (Rousseeuw's convention, as in
 * scikit-learn); when a(i) = b(i) = 0 the row scores 0. At least two clusters must have rows.
 *
 * <p>{@link #exact} visits every pair once per row: O(n²·d) time, O(k) scratch per chunk of rows and
 * never an n×n matrix; rows are split into fixed chunks over the threads and the mean is summed in row
 * order, so the result is bit-identical on any number of threads. {@link #sampled} scores a stratified
 * random sample of m rows (each cluster's share of the sample is its share of the rows, at least one
 * row per cluster), each against all n rows, in O(m·n·d); the score is the stratified estimate of the
 * exact mean and {@link #standardError()} its standard error (with the finite-population correction).
 *
 * <pre>{@code
 * Silhouette s = Silhouette.exact(x, model.labels(), 4);
 * s.score();           // mean over non-noise rows
 * s.clusterScores();   // one mean per cluster
 * Silhouette quick = Silhouette.sampled(x, model.labels(), 2000, 42, 4);
 * }</pre>
 */
public final class Silhouette {
    private final double score;
    private final double standardError;
    private final double[] samples;
    private final double[] clusterScores;
    private final int scoredRows;
    private final int noiseRows;
    private final boolean sampled;

    private Silhouette(double score, double standardError, double[] samples, double[] clusterScores,
            int scoredRows, int noiseRows, boolean sampled) {
        this.score = score;
        this.standardError = standardError;
        this.samples = samples;
        this.clusterScores = clusterScores;
        this.scoredRows = scoredRows;
        this.noiseRows = noiseRows;
        this.sampled = sampled;
    }

    /** The exact silhouette on one thread; see {@link #exact(DMatrixRMaj, int[], int)}. */
    public static Silhouette exact(DMatrixRMaj x, int[] labels) {
        return exact(x, labels, 1);
    }

    /**
     * The exact silhouette of every non-noise row.
     *
     * @param x       n×d data, not modified
     * @param labels  one label per row, in [0, k) or -1 for noise; not modified
     * @param threads at least 1; the result does not depend on it
     * @throws IllegalArgumentException when x has a non-finite cell, the lengths differ, a label is below
     *                                  -1, or fewer than 2 clusters have rows
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public static Silhouette exact(DMatrixRMaj x, int[] labels, int threads) {
        Check.atLeast("threads", threads, 1);
        Labels checked = Labels.of(x, labels);
        checked.requireTwoClusters("silhouette");
        int n = checked.n;
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        double[] samples = score(x.data, x.numCols, checked, rows, threads); // rows are 0..n-1: one value per row
        double[] values = samples;
        double sum = 0.0;
        double[] clusterSums = new double[checked.k];
        for (int i = 0; i < n; i++) {
            if (checked.labels[i] >= 0) {
                sum += values[i];
                clusterSums[checked.labels[i]] += values[i];
            }
        }
        double[] clusterScores = new double[checked.k];
        for (int c = 0; c < checked.k; c++) {
            clusterScores[c] = checked.sizes[c] == 0 ? Double.NaN : clusterSums[c] / checked.sizes[c];
        }
        return new Silhouette(sum / checked.clustered(), 0.0, samples, clusterScores, checked.clustered(),
                checked.noise, false);
    }

    /** The sampled silhouette on one thread; see {@link #sampled(DMatrixRMaj, int[], int, long, int)}. */
    public static Silhouette sampled(DMatrixRMaj x, int[] labels, int sampleSize, long seed) {
        return sampled(x, labels, sampleSize, seed, 1);
    }

    /**
     * The silhouette estimated from a stratified random sample of rows, each scored against all rows.
     * When {@code sampleSize} is at least the number of non-noise rows, this is the exact silhouette.
     *
     * @param x          n×d data, not modified
     * @param labels     one label per row, in [0, k) or -1 for noise; not modified
     * @param sampleSize rows to score, at least 2; clusters get at least one row each
     * @param seed       seed of the one random generator that picks the rows
     * @param threads    at least 1; the result does not depend on it
     * @throws IllegalArgumentException as {@link #exact(DMatrixRMaj, int[], int)}, or when sampleSize &lt; 2
     */
    public static Silhouette sampled(DMatrixRMaj x, int[] labels, int sampleSize, long seed, int threads) {
        Check.atLeast("sampleSize", sampleSize, 2);
        Check.atLeast("threads", threads, 1);
        Labels checked = Labels.of(x, labels);
        checked.requireTwoClusters("silhouette");
        if (sampleSize >= checked.clustered()) {
            return exact(x, labels, threads);
        }
        int[] quota = quotas(checked, sampleSize);
        int[] rows = pick(checked, quota, new SplittableRandom(seed));
        double[] values = score(x.data, x.numCols, checked, rows, threads);
        int k = checked.k;
        double[] sums = new double[k];
        double[] squares = new double[k];
        double[] samples = new double[checked.n];
        Arrays.fill(samples, Double.NaN);
        for (int r = 0; r < rows.length; r++) {
            int c = checked.labels[rows[r]];
            sums[c] += values[r];
            samples[rows[r]] = values[r];
        }
        double[] clusterScores = new double[k];
        double estimate = 0.0;
        double variance = 0.0;
        int m = checked.clustered();
        for (int c = 0; c < k; c++) {
            if (quota[c] == 0) {
                clusterScores[c] = Double.NaN;
                continue;
            }
            clusterScores[c] = sums[c] / quota[c];
        }
        for (int r = 0; r < rows.length; r++) {
            int c = checked.labels[rows[r]];
            double dev = values[r] - clusterScores[c];
            squares[c] += dev * dev;
        }
        for (int c = 0; c < k; c++) {
            if (quota[c] == 0) {
                continue;
            }
            double weight = (double) checked.sizes[c] / m;
            estimate += weight * clusterScores[c];
            if (quota[c] > 1) {
                double s2 = squares[c] / (quota[c] - 1);
                double fpc = 1.0 - (double) quota[c] / checked.sizes[c];
                variance += weight * weight * fpc * s2 / quota[c];
            }
        }
        return new Silhouette(estimate, Math.sqrt(variance), samples, clusterScores, rows.length, checked.noise,
                true);
    }

    /**
     * Proportional allocation of the sample by largest remainder, at least one row per non-empty cluster,
     * never more than the cluster has.
     */
    static int[] quotas(Labels labels, int sampleSize) {
        int k = labels.k;
        int m = labels.clustered();
        int[] quota = new int[k];
        double[] remainder = new double[k];
        int given = 0;
        for (int c = 0; c < k; c++) {
            if (labels.sizes[c] == 0) {
                continue;
            }
            double exact = (double) sampleSize * labels.sizes[c] / m;
            quota[c] = Math.max(1, (int) Math.floor(exact));
            remainder[c] = exact - quota[c]; // negative when raised to the minimum of one row
            given += quota[c];
        }
        while (given < sampleSize) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                // strict '>': ties go to the lower cluster
                if (quota[c] < labels.sizes[c] && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            quota[best]++;
            remainder[best] = -1.0;
            given++;
        }
        return quota;
    }

    /** Picks quota[c] distinct rows of each cluster by a partial Fisher–Yates shuffle; rows in ascending order. */
    private static int[] pick(Labels labels, int[] quota, SplittableRandom random) {
        int k = labels.k;
        int[][] members = new int[k][];
        int[] fill = new int[k];
        for (int c = 0; c < k; c++) {
            members[c] = new int[labels.sizes[c]];
        }
        for (int i = 0; i < labels.n; i++) {
            int c = labels.labels[i];
            if (c >= 0) {
                members[c][fill[c]++] = i;
            }
        }
        int total = 0;
        for (int q : quota) {
            total += q;
        }
        int[] rows = new int[total];
        int r = 0;
        for (int c = 0; c < k; c++) {
            int[] a = members[c];
            for (int t = 0; t < quota[c]; t++) {
                int swap = t + random.nextInt(a.length - t);
                int tmp = a[t];
                a[t] = a[swap];
                a[swap] = tmp;
                rows[r++] = a[t];
            }
        }
        Arrays.sort(rows);
        return rows;
    }

    /**
     * The silhouette of each listed row against all non-noise rows; values[r] belongs to rows[r] (NaN for
     * a noise row). Work is split over fixed chunks of the list; each chunk writes only its own slots.
     */
    private static double[] score(double[] x, int d, Labels labels, int[] rows, int threads) {
        int k = labels.k;
        int[] lab = labels.labels;
        int[] sizes = labels.sizes;
        // The non-noise rows copied in cluster order, so that the sum over a cluster is one contiguous
        // loop with its accumulator in a register (an indexed sums[label] += ... carries a dependency
        // through memory from one row to the next).
        int[] start = new int[k + 1];
        for (int c = 0; c < k; c++) {
            start[c + 1] = start[c] + sizes[c];
        }
        double[] sorted = new double[start[k] * d];
        int[] fill = start.clone();
        for (int i = 0; i < labels.n; i++) {
            int c = lab[i];
            if (c >= 0) {
                System.arraycopy(x, i * d, sorted, fill[c]++ * d, d);
            }
        }
        double[] values = new double[rows.length];
        try (Workers workers = Workers.of(threads)) {
            workers.forEachChunk(rows.length, chunk -> {
                double[] sums = new double[4 * k];
                int[] group = new int[4];
                int g = 0;
                for (int r = Chunks.from(chunk), to = Chunks.to(chunk, rows.length); r < to; r++) {
                    if (lab[rows[r]] < 0) {
                        values[r] = Double.NaN;
                        continue;
                    }
                    group[g++] = r;
                    if (g == 4) {
                        Workers.checkInterrupted(); // an exact silhouette of 10^5 rows runs for minutes
                        sumFour(x, sorted, d, k, start, rows, group, sums);
                        for (int q = 0; q < 4; q++) {
                            values[group[q]] = rowScore(sums, q * k, k, sizes, lab[rows[group[q]]]);
                        }
                        g = 0;
                    }
                }
                for (int q = 0; q < g; q++) {
                    int i = rows[group[q]];
                    for (int c = 0; c < k; c++) {
                        double sum = 0.0;
                        for (int o = start[c], end = start[c + 1]; o < end; o++) {
                            sum += Math.sqrt(Kernels.squaredDistance(x, i, sorted, o, d));
                        }
                        sums[c] = sum;
                    }
                    values[group[q]] = rowScore(sums, 0, k, sizes, lab[i]);
                }
            });
        }
        return values;
    }

    /**
     * Distance sums of four rows at once to every cluster: sums[q·k + c] for row rows[group[q]]. Each
     * loaded value of {@code sorted} serves four rows and the four accumulations run side by side; every
     * distance is summed over j in order, exactly as {@link Kernels#squaredDistance}, so the result is
     * bit-identical to scoring the rows one by one.
     */
    private static void sumFour(double[] x, double[] sorted, int d, int k, int[] start, int[] rows, int[] group,
            double[] sums) {
        int a0 = rows[group[0]] * d;
        int a1 = rows[group[1]] * d;
        int a2 = rows[group[2]] * d;
        int a3 = rows[group[3]] * d;
        for (int c = 0; c < k; c++) {
            double r0 = 0.0;
            double r1 = 0.0;
            double r2 = 0.0;
            double r3 = 0.0;
            for (int o = start[c], end = start[c + 1]; o < end; o++) {
                int oo = o * d;
                double t0 = 0.0;
                double t1 = 0.0;
                double t2 = 0.0;
                double t3 = 0.0;
                for (int j = 0; j < d; j++) {
                    double y = sorted[oo + j];
                    double e0 = x[a0 + j] - y;
                    double e1 = x[a1 + j] - y;
                    double e2 = x[a2 + j] - y;
                    double e3 = x[a3 + j] - y;
                    t0 += e0 * e0;
                    t1 += e1 * e1;
                    t2 += e2 * e2;
                    t3 += e3 * e3;
                }
                r0 += Math.sqrt(t0);
                r1 += Math.sqrt(t1);
                r2 += Math.sqrt(t2);
                r3 += Math.sqrt(t3);
            }
            sums[c] = r0;
            sums[k + c] = r1;
            sums[2 * k + c] = r2;
            sums[3 * k + c] = r3;
        }
    }

    /** s(i) from the row's distance sums to every cluster, sums[offset + c] (its own sum includes a 0 for itself). */
    private static double rowScore(double[] sums, int offset, int k, int[] sizes, int own) {
        if (sizes[own] == 1) {
            return 0.0;
        }
        double a = sums[offset + own] / (sizes[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (c != own && sizes[c] > 0) {
                b = Math.min(b, sums[offset + c] / sizes[c]);
            }
        }
        double max = Math.max(a, b);
        return max == 0.0 ? 0.0 : (b - a) / max;
    }

    /** The mean silhouette of the non-noise rows (exact) or its stratified estimate (sampled), in [-1, 1]. */
    public double score() {
        return score;
    }

    /** The standard error of a sampled score; 0 for an exact one. */
    public double standardError() {
        return standardError;
    }

    /** A copy of the per-row silhouettes (n values): NaN for noise rows and, when sampled, for rows not in the sample. */
    public double[] samples() {
        return samples.clone();
    }

    /** The silhouette of row i, or NaN when it was not scored; see {@link #samples()}. */
    public double sample(int i) {
        return samples[i];
    }

    /** A copy of the mean silhouette of each cluster (k values; NaN for an empty cluster). */
    public double[] clusterScores() {
        return clusterScores.clone();
    }

    /** The mean silhouette of cluster c, or NaN when it has no scored rows. */
    public double clusterScore(int c) {
        return clusterScores[c];
    }

    /** The number of rows scored: every non-noise row when exact, the sample size when sampled. */
    public int scoredRows() {
        return scoredRows;
    }

    /** The number of noise rows excluded. */
    public int noiseRows() {
        return noiseRows;
    }

    /** Whether the score was estimated from a sample. */
    public boolean isSampled() {
        return sampled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Silhouette s && Double.compare(score, s.score) == 0
                && Double.compare(standardError, s.standardError) == 0 && Arrays.equals(samples, s.samples)
                && Arrays.equals(clusterScores, s.clusterScores) && scoredRows == s.scoredRows
                && noiseRows == s.noiseRows && sampled == s.sampled;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(score) * 31 + Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return sampled
                ? String.format(Locale.ROOT, "silhouette %.4f ± %.4f (sample of %d rows, %d noise rows excluded)",
                        score, standardError, scoredRows, noiseRows)
                : String.format(Locale.ROOT, "silhouette %.4f (%d rows, %d noise rows excluded)", score, scoredRows,
                        noiseRows);
    }
}
