package io.segmentation.cluster.internal;

import java.util.Locale;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/** Checks of clustering input at the edge, so that the kernels can trust their data. */
public final class Inputs {
    private Inputs() {
    }

    /**
     * Copies rows of equal length into an n×d matrix.
     *
     * @throws IllegalArgumentException when there are no rows or the rows' lengths differ
     */
    public static DMatrixRMaj fromRows(double[][] rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.length == 0) {
            throw new IllegalArgumentException("rows must not be empty");
        }
        int d = rows[0].length;
        DMatrixRMaj m = new DMatrixRMaj(rows.length, d);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "rows[%d] has %d values, expected %d like rows[0]", i, rows[i].length, d));
            }
            System.arraycopy(rows[i], 0, m.data, i * d, d);
        }
        return m;
    }

    /**
     * Checks that {@code x} has at least {@code minRows} rows, at least one column, and only finite
     * cells.
     *
     * @throws IllegalArgumentException naming the first offending row and column
     */
    public static void requireFinite(DMatrixRMaj x, int minRows) {
        Objects.requireNonNull(x, "x");
        int n = x.numRows;
        int d = x.numCols;
        if (d < 1) {
            throw new IllegalArgumentException("x must have at least one column (was 0)");
        }
        if (n < minRows) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "x must have at least %d rows (was %d)", minRows, n));
        }
        double[] a = x.data;
        int size = n * d;
        for (int p = 0; p < size; p++) {
            if (!Double.isFinite(a[p])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "row %d, column %d: %s is not a finite number", p / d, p % d, a[p]));
            }
        }
    }

    /**
     * Checks that rows to predict have {@code d} columns and only finite cells.
     *
     * @throws IllegalArgumentException naming the number of columns or the first non-finite cell
     */
    public static void requireColumns(DMatrixRMaj x, int d) {
        Objects.requireNonNull(x, "x");
        if (x.numCols != d) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "x must have %d columns (was %d)", d,
                    x.numCols));
        }
        requireFinite(x, 0);
    }

    /**
     * Checks that a row to predict has {@code d} finite values.
     *
     * @throws IllegalArgumentException naming the length or the first non-finite value
     */
    public static void requireRow(double[] row, int d) {
        Objects.requireNonNull(row, "row");
        if (row.length != d) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "row must have %d values (was %d)", d, row.length));
        }
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(row[j])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "row[%d] must be finite (was %s)", j, row[j]));
            }
        }
    }
}
