package io.segmentation.preprocess;

import io.segmentation.internal.Chunks;
import io.segmentation.internal.Workers;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.internal.Check;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Principal component analysis: the immutable configuration of the last, optional step of the chain. It
 * keeps either a fixed number of components or the fewest components whose share of the total variance
 * reaches a target.
 *
 * <p>Method: the d×d sample covariance C = Xcᵀ·Xc / (n - 1) of the centred rows is accumulated in one pass
 * (per-chunk partial sums of 4,096 rows, computed on one thread per processor and added in chunk order, so
 * results are bit-for-bit the same on any number of threads), then split by EJML's symmetric QR eigen
 * decomposition. Eigen of the covariance rather than an SVD of the n×d data: customer tables are long and
 * narrow (n = 10⁶, d = 20), so the covariance costs O(n·d²) time and O(d²) memory, while an SVD would copy
 * the whole table and cost more per row; the loss of precision from squaring the condition number is
 * irrelevant at the variance shares used to choose components. Eigenvalues are the explained variances
 * (divisor n - 1, as in scikit-learn); a tiny negative eigenvalue from rounding is taken as 0.
 *
 * <p>Ties and signs: components are ordered by variance, descending, ties kept in EJML's order; each
 * component's sign is chosen so that its largest-magnitude loading is positive (the first such loading when
 * several have equal magnitude), so two runs or two machines give the same components. With
 * {@link #whiten()}, each score is divided by the square root of its component's variance.
 *
 * <p>Cost: O(n·d²) for the covariance, O(d³) for the decomposition, O(n·d·k) to transform n rows.
 *
 * <p>Reference: I. T. Jolliffe, Principal Component Analysis, 2nd ed., Springer, 2002,
 * doi:10.1007/b98835.
 *
 * <pre>{@code
 * FittedPca pca = Pca.keepVariance(0.90).fit(features);
 * FeatureMatrix scores = pca.transform(features);     // columns pc1, pc2, ...
 * double[] ratios = pca.explainedVarianceRatio();
 * }</pre>
 */
public final class Pca {
    private static final String STEP = FittedPca.STEP;
    private static final int COVARIANCE_BATCH = 16;

    private final int components;
    private final double share;
    private final boolean whiten;
    private final int threads;

    private Pca(int components, double share, boolean whiten, int threads) {
        this.components = components;
        this.share = share;
        this.whiten = whiten;
        this.threads = threads;
    }

    /**
     * Keeps the first {@code k} components.
     *
     * @param k >= 1 and, at fit time, at most the number of features
     * @throws IllegalArgumentException when {@code k} is below 1
     */
    public static Pca components(int k) {
        return new Pca(Check.atLeast("components", k, 1), 0.0, false, 0);
    }

    /**
     * Keeps the fewest leading components whose explained variance ratios add up to at least {@code share}
     * (allowing 1e-12 for rounding).
     *
     * @param share in (0, 1]
     * @throws IllegalArgumentException when {@code share} is outside (0, 1] or NaN
     */
    public static Pca keepVariance(double share) {
        Check.finiteAbove("share", share, 0.0);
        Check.between("share", share, 0.0, 1.0);
        return new Pca(0, share, false, 0);
    }

    /** A copy that divides each score by the standard deviation of its component. */
    public Pca whiten() {
        return new Pca(components, share, true, threads);
    }

    /**
     * A copy that fits on {@code threads} threads instead of one per processor; results are bit-for-bit the
     * same either way.
     *
     * @param threads >= 1
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public Pca threads(int threads) {
        return new Pca(components, share, whiten, Check.atLeast("threads", threads, 1));
    }

    /**
     * Learns the components of {@code features}.
     *
     * @param features training rows; not modified; every value must be finite
     * @return the fitted PCA, immutable and thread-safe
     * @throws IllegalArgumentException when there are fewer than 2 rows, more components are asked than there
     *                                  are features, a value is NaN or infinite, every feature is constant,
     *                                  or whitening meets a component of zero variance
     */
    public FittedPca fit(FeatureMatrix features) {
        Objects.requireNonNull(features, "features");
        return fit(features.toArray(), features.rowCount(), features.columnCount(), features.featureNames());
    }

    /** Fits on n×d row-major values that the chain owns; {@code x} is not modified. */
    FittedPca fit(double[] x, int n, int d, List<String> names) {
        if (n < 2) {
            throw new IllegalArgumentException(STEP + " step: needs at least 2 rows (was " + n + ")");
        }
        if (components > d) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s step: components must be <= number of features (was components=%d, features=%d)", STEP,
                    components, d));
        }
        try (Workers workers = Workers.of(threads > 0 ? Math.min(threads, Chunks.count(n)) : threadsFor(n))) {
            FittedPca.requireFinite(x, n, d, names, workers);
            double[] mean = mean(x, n, d, workers);
            double[] cov = covariance(x, n, d, mean, workers);
            return decompose(cov, d, mean, names);
        }
    }

    /** The threads for n rows: one per processor, never more than there are chunks. */
    static int threadsFor(int n) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), Chunks.count(n)));
    }

    private FittedPca decompose(double[] cov, int d, double[] mean, List<String> names) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eig.decompose(DMatrixRMaj.wrap(d, d, cov))) {
            throw new IllegalArgumentException(STEP + " step: the eigen decomposition of the " + d + "x" + d
                    + " covariance did not converge");
        }
        // Order by eigenvalue, descending; a stable insertion sort keeps EJML's order for equal values.
        int[] order = new int[d];
        double[] value = new double[d];
        for (int c = 0; c < d; c++) {
            value[c] = Math.max(0.0, eig.getEigenvalue(c).getReal());
            int at = c;
            while (at > 0 && value[order[at - 1]] < value[c]) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = c;
        }
        double total = 0.0;
        for (int c = 0; c < d; c++) {
            total += value[c];
        }
        if (!(total > 0.0)) {
            throw new IllegalArgumentException(STEP + " step: every feature is constant, so there is no variance"
                    + " to keep");
        }
        int k = components;
        if (k == 0) {
            double cumulative = 0.0;
            k = d;
            for (int r = 0; r < d; r++) {
                cumulative += value[order[r]] / total;
                if (cumulative >= share - 1e-12) {
                    k = r + 1;
                    break;
                }
            }
        }
        double[] loadings = new double[k * d];
        double[] variance = new double[k];
        double[] ratio = new double[k];
        for (int r = 0; r < k; r++) {
            DMatrixRMaj v = eig.getEigenVector(order[r]);
            variance[r] = value[order[r]];
            ratio[r] = variance[r] / total;
            double norm = 0.0;
            int biggest = 0;
            for (int j = 0; j < d; j++) {
                double a = v.get(j);
                norm += a * a;
                if (Math.abs(a) > Math.abs(v.get(biggest))) {
                    biggest = j;
                }
            }
            double sign = v.get(biggest) < 0.0 ? -1.0 : 1.0;
            double inv = sign / Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                loadings[r * d + j] = v.get(j) * inv;
            }
            if (whiten && !(variance[r] > 1e-12 * variance[0])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s step: component %d has variance %s, so whitening would divide by zero; keep fewer "
                                + "components", STEP, r + 1, variance[r]));
            }
        }
        return new FittedPca(names, mean, loadings, variance, ratio, whiten);
    }

    /** Column means: per-chunk sums added in chunk order, so the result does not depend on the threads. */
    private static double[] mean(double[] x, int n, int d, Workers workers) {
        int chunks = Chunks.count(n);
        double[] sums = new double[chunks * d];
        workers.forEach(chunks, ch -> {
            int so = ch * d;
            int to = Chunks.to(ch, n);
            for (int i = Chunks.from(ch); i < to; i++) {
                int o = i * d;
                for (int j = 0; j < d; j++) {
                    sums[so + j] += x[o + j];
                }
            }
        });
        double[] mean = new double[d];
        for (int ch = 0; ch < chunks; ch++) {
            for (int j = 0; j < d; j++) {
                mean[j] += sums[ch * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        return mean;
    }

    /**
     * Xcᵀ·Xc / (n - 1) of the centred rows as a full d×d array. Each chunk of 4,096 rows fills its own upper
     * triangle; the triangles are added in chunk order (a batch of chunks at a time, to bound memory), so the
     * sum is bit-for-bit the same on any number of threads.
     */
    private static double[] covariance(double[] x, int n, int d, double[] mean, Workers workers) {
        int chunks = Chunks.count(n);
        int batch = Math.min(chunks, COVARIANCE_BATCH);
        double[][] partial = new double[batch][d * d];
        double[] cov = new double[d * d];
        for (int first = 0; first < chunks; first += batch) {
            final int start = first;
            int count = Math.min(batch, chunks - first);
            workers.forEach(count, t -> covarianceChunk(x, n, d, mean, start + t, partial[t]));
            for (int t = 0; t < count; t++) {
                double[] p = partial[t];
                for (int a = 0; a < d; a++) {
                    for (int b = a; b < d; b++) {
                        cov[a * d + b] += p[a * d + b];
                    }
                }
            }
            Workers.checkInterrupted();
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double c = cov[a * d + b] / (n - 1);
                cov[a * d + b] = c;
                cov[b * d + a] = c;
            }
        }
        return cov;
    }

    /** Overwrites the upper triangle of {@code p} with the centred cross products of chunk {@code ch}. */
    private static void covarianceChunk(double[] x, int n, int d, double[] mean, int ch, double[] p) {
        java.util.Arrays.fill(p, 0.0);
        double[] r0 = new double[d];
        double[] r1 = new double[d];
        double[] r2 = new double[d];
        double[] r3 = new double[d];
        int from = Chunks.from(ch);
        int to = Chunks.to(ch, n);
        int i = from;
        // Four rows per pass: each element of p is loaded and stored once for four products.
        for (; i + 4 <= to; i += 4) {
            int o = i * d;
            for (int j = 0; j < d; j++) {
                r0[j] = x[o + j] - mean[j];
                r1[j] = x[o + d + j] - mean[j];
                r2[j] = x[o + 2 * d + j] - mean[j];
                r3[j] = x[o + 3 * d + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double a0 = r0[a];
                double a1 = r1[a];
                double a2 = r2[a];
                double a3 = r3[a];
                int ao = a * d;
                for (int b = a; b < d; b++) {
                    p[ao + b] += a0 * r0[b] + a1 * r1[b] + a2 * r2[b] + a3 * r3[b];
                }
            }
        }
        for (; i < to; i++) {
            int o = i * d;
            for (int j = 0; j < d; j++) {
                r0[j] = x[o + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double a0 = r0[a];
                int ao = a * d;
                for (int b = a; b < d; b++) {
                    p[ao + b] += a0 * r0[b];
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pca other && components == other.components
                && Double.compare(share, other.share) == 0 && whiten == other.whiten && threads == other.threads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(components, share, whiten, threads);
    }

    @Override
    public String toString() {
        return "Pca[" + (components > 0 ? components + " components" : "variance share " + share)
                + (whiten ? ", whitened" : "") + "]";
    }
}
