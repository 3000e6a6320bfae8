package io.segmentation.eval;

import java.util.Locale;

/**
 * Where customers went between two labelings of the same customers (last month's segments and this
 * month's, after {@link SegmentMatching#relabel} so that ids mean the same): for each pair of labels,
 * how many customers moved from one to the other and what share of the origin segment that is. Noise
 * (-1) is a segment of its own. Immutable; backed by a {@link ContingencyTable}.
 *
 * <pre>{@code
 * MigrationMatrix moves = MigrationMatrix.of(before, match.relabel(after));
 * moves.share(2, 3);   // share of segment 2's customers now in segment 3
 * moves.stayedShare(); // customers whose segment did not change
 * }</pre>
 */
public final class MigrationMatrix {
    private final ContingencyTable table;
    private final long stayed;

    private MigrationMatrix(ContingencyTable table, long stayed) {
        this.table = table;
        this.stayed = stayed;
    }

    /**
     * The migrations from {@code before} to {@code after}.
     *
     * @param before labels of each customer before, not modified
     * @param after  labels of the same customers after, same length, not modified
     * @throws IllegalArgumentException when the lengths differ or there are no customers
     */
    public static MigrationMatrix of(int[] before, int[] after) {
        ContingencyTable table = ContingencyTable.of(before, after);
        long stayed = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] == after[i]) {
                stayed++;
            }
        }
        return new MigrationMatrix(table, stayed);
    }

    /** The underlying table: rows are labels before, columns labels after. */
    public ContingencyTable table() {
        return table;
    }

    /** A copy of the labels before, ascending. */
    public int[] fromLabels() {
        return table.rowLabels();
    }

    /** A copy of the labels after, ascending. */
    public int[] toLabels() {
        return table.columnLabels();
    }

    /** The number of customers labelled {@code from} before and {@code to} after (0 when either label is absent). */
    public long count(int from, int to) {
        int r = table.rowOf(from);
        int c = table.columnOf(to);
        return r < 0 || c < 0 ? 0 : table.count(r, c);
    }

    /** The share of the customers labelled {@code from} before that are labelled {@code to} after; NaN when {@code from} is absent. */
    public double share(int from, int to) {
        int r = table.rowOf(from);
        if (r < 0) {
            return Double.NaN;
        }
        return (double) count(from, to) / table.rowTotal(r);
    }

    /** The number of customers whose label did not change. */
    public long stayed() {
        return stayed;
    }

    /** The share of customers whose label did not change, in [0, 1]. */
    public double stayedShare() {
        return (double) stayed / table.total();
    }

    /** The matrix as aligned text of row shares in percent, labels before down the side, after across. */
    public String toText() {
        int[] from = table.rowLabels();
        int[] to = table.columnLabels();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%10s", "from\\to"));
        for (int c : to) {
            s.append(String.format(Locale.ROOT, "%8d", c));
        }
        s.append(String.format(Locale.ROOT, "%10s", "customers"));
        for (int r = 0; r < from.length; r++) {
            s.append('\n').append(String.format(Locale.ROOT, "%10d", from[r]));
            for (int c = 0; c < to.length; c++) {
                s.append(String.format(Locale.ROOT, "%7.1f%%", 100.0 * table.count(r, c) / table.rowTotal(r)));
            }
            s.append(String.format(Locale.ROOT, "%10d", table.rowTotal(r)));
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MigrationMatrix m && table.equals(m.table) && stayed == m.stayed;
    }

    @Override
    public int hashCode() {
        return table.hashCode();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MigrationMatrix of %d customers, %.1f%% stayed", table.total(),
                100.0 * stayedShare());
    }
}
