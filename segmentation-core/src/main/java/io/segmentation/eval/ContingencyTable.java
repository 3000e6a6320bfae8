package io.segmentation.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The cross-tabulation of two labelings of the same rows: one row per distinct label of the first
 * labeling, one column per distinct label of the second (both in ascending order), and in each cell
 * the number of rows with that pair. It is the common ground of the external scores
 * ({@link AdjustedRand}, {@link MutualInformation}) and of {@link MigrationMatrix}. Noise (-1) is a
 * label like any other. Immutable.
 *
 * <p>Built in O(n log r) time for r distinct labels, O(r·c) memory.
 *
 * <pre>{@code
 * ContingencyTable t = ContingencyTable.of(truth, model.labels());
 * t.count(0, 1);   // rows with the first truth label and the second predicted label
 * }</pre>
 */
public final class ContingencyTable {
    private final int[] rowLabels;
    private final int[] columnLabels;
    private final long[] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long total;

    private ContingencyTable(int[] rowLabels, int[] columnLabels, long[] counts) {
        this.rowLabels = rowLabels;
        this.columnLabels = columnLabels;
        this.counts = counts;
        int r = rowLabels.length;
        int c = columnLabels.length;
        this.rowTotals = new long[r];
        this.columnTotals = new long[c];
        long sum = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                long v = counts[i * c + j];
                rowTotals[i] += v;
                columnTotals[j] += v;
                sum += v;
            }
        }
        this.total = sum;
    }

    /**
     * The table of two labelings of the same rows.
     *
     * @param a the first labeling (table rows); any int values; not modified
     * @param b the second labeling (table columns), same length; not modified
     * @throws IllegalArgumentException when the lengths differ or the labelings are empty
     */
    public static ContingencyTable of(int[] a, int[] b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.length != b.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "labelings must have the same length (were %d and %d)", a.length, b.length));
        }
        if (a.length == 0) {
            throw new IllegalArgumentException("labelings must not be empty");
        }
        int[] rowLabels = distinct(a);
        int[] columnLabels = distinct(b);
        int c = columnLabels.length;
        long[] counts = new long[rowLabels.length * c];
        for (int i = 0; i < a.length; i++) {
            counts[Arrays.binarySearch(rowLabels, a[i]) * c + Arrays.binarySearch(columnLabels, b[i])]++;
        }
        return new ContingencyTable(rowLabels, columnLabels, counts);
    }

    private static int[] distinct(int[] labels) {
        int[] sorted = labels.clone();
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[m++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, m);
    }

    /** The number of table rows: distinct labels of the first labeling. */
    public int rows() {
        return rowLabels.length;
    }

    /** The number of table columns: distinct labels of the second labeling. */
    public int columns() {
        return columnLabels.length;
    }

    /** A copy of the first labeling's distinct labels, ascending (row r is label {@code rowLabels()[r]}). */
    public int[] rowLabels() {
        return rowLabels.clone();
    }

    /** A copy of the second labeling's distinct labels, ascending. */
    public int[] columnLabels() {
        return columnLabels.clone();
    }

    /** The table row of a label of the first labeling, or -1 when it does not occur. */
    public int rowOf(int label) {
        int r = Arrays.binarySearch(rowLabels, label);
        return r < 0 ? -1 : r;
    }

    /** The table column of a label of the second labeling, or -1 when it does not occur. */
    public int columnOf(int label) {
        int c = Arrays.binarySearch(columnLabels, label);
        return c < 0 ? -1 : c;
    }

    /** The number of rows in table row r and table column c (indices, not labels). */
    public long count(int r, int c) {
        return counts[r * columnLabels.length + c];
    }

    /** A copy of the counts, r×c row-major. */
    public long[] counts() {
        return counts.clone();
    }

    /** The size of table row r: how many rows carry the r-th label of the first labeling. */
    public long rowTotal(int r) {
        return rowTotals[r];
    }

    /** The size of table column c. */
    public long columnTotal(int c) {
        return columnTotals[c];
    }

    /** The number of labelled rows, n. */
    public long total() {
        return total;
    }

    /** The table as aligned text: a header of column labels, then one line per row label. */
    public String toText() {
        int r = rows();
        int c = columns();
        int width = 5;
        for (long v : counts) {
            width = Math.max(width, Long.toString(v).length() + 1);
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%6s", ""));
        for (int j = 0; j < c; j++) {
            s.append(String.format(Locale.ROOT, "%" + width + "d", columnLabels[j]));
        }
        for (int i = 0; i < r; i++) {
            s.append('\n').append(String.format(Locale.ROOT, "%6d", rowLabels[i]));
            for (int j = 0; j < c; j++) {
                s.append(String.format(Locale.ROOT, "%" + width + "d", counts[i * c + j]));
            }
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContingencyTable t && Arrays.equals(rowLabels, t.rowLabels)
                && Arrays.equals(columnLabels, t.columnLabels) && Arrays.equals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Arrays.hashCode(rowLabels);
    }

    @Override
    public String toString() {
        return "ContingencyTable " + rows() + "x" + columns() + " of " + total + " rows";
    }
}
