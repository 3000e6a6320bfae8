package io.segmentation.data;

import io.segmentation.internal.Check;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * The numbers a clusterer sees: n rows by d features, row-major ({@code x[i * d + j]}), with a name
 * for each feature and the input column each feature came from. Immutable: arrays are copied in and
 * copied out.
 */
public final class FeatureMatrix {
    private final double[] x;
    private final int n;
    private final int d;
    private final List<String> names;
    private final List<String> sources;

    private FeatureMatrix(double[] x, int n, int d, List<String> names, List<String> sources) {
        Check.atLeast("n", n, 0);
        Check.atLeast("d", d, 1);
        if ((long) n * d != x.length) {
            throw new IllegalArgumentException("data must hold n*d = " + (long) n * d + " values (was " + x.length + ")");
        }
        if (names.size() != d || sources.size() != d) {
            throw new IllegalArgumentException("names and sources must hold d = " + d + " entries (were "
                    + names.size() + " and " + sources.size() + ")");
        }
        this.x = x;
        this.n = n;
        this.d = d;
        this.names = List.copyOf(names);
        this.sources = List.copyOf(sources);
    }

    /**
     * A matrix of a copy of {@code x}.
     *
     * @param x       n×d values, row-major; not modified
     * @param n       rows
     * @param d       features
     * @param names   one name per feature
     * @param sources the input column each feature came from (the name itself when it is a column)
     */
    public static FeatureMatrix of(double[] x, int n, int d, List<String> names, List<String> sources) {
        return new FeatureMatrix(Objects.requireNonNull(x, "x").clone(), n, d, names, sources);
    }

    /** A matrix whose features are their own sources. */
    public static FeatureMatrix of(double[] x, int n, int d, List<String> names) {
        return of(x, n, d, names, names);
    }

    /** Takes ownership of an array nobody else holds; for code of this library that has just filled it. */
    public static FeatureMatrix wrap(double[] x, int n, int d, List<String> names, List<String> sources) {
        return new FeatureMatrix(x, n, d, names, sources);
    }

    /** The number of rows, n. */
    public int rowCount() {
        return n;
    }

    /** The number of features, d. */
    public int columnCount() {
        return d;
    }

    /** The feature names, in column order. */
    public List<String> featureNames() {
        return names;
    }

    /** For each feature, the input column it was derived from. */
    public List<String> sourceColumns() {
        return sources;
    }

    /** Element (i, j). */
    public double get(int i, int j) {
        Objects.checkIndex(i, n);
        Objects.checkIndex(j, d);
        return x[i * d + j];
    }

    /** A copy of row {@code i}. */
    public double[] row(int i) {
        Objects.checkIndex(i, n);
        return Arrays.copyOfRange(x, i * d, i * d + d);
    }

    /** A copy of the n×d values, row-major. */
    public double[] toArray() {
        return x.clone();
    }

    /** A copy as an EJML matrix. */
    public DMatrixRMaj toMatrix() {
        return new DMatrixRMaj(n, d, true, x);
    }

    /** A copy of {@code d} values per row as {@code double[n][d]}. */
    public double[][] toRows() {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(x, i * d, i * d + d);
        }
        return rows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureMatrix m && n == m.n && d == m.d && names.equals(m.names)
                && sources.equals(m.sources) && Arrays.equals(x, m.x);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + names.hashCode();
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + n + " x " + d + ", " + names + "]";
    }
}
