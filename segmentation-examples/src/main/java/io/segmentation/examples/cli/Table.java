package io.segmentation.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An aligned text table for the terminal: a header, a rule and rows; columns as wide as their widest cell,
 * numbers right-aligned and text left-aligned, two spaces between columns.
 */
public final class Table {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?[%*]?|NaN|-");

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * A table with these column headers.
     *
     * @param header the column names; not modified
     */
    public Table(String... header) {
        this.header = List.of(header);
    }

    /**
     * Adds a row; numbers are formatted with {@link #number}, anything else with {@code toString()}.
     *
     * @param cells one per column
     * @return this table
     * @throws IllegalArgumentException when the number of cells differs from the number of columns
     */
    public Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "row must have %d cells (was %d: %s)",
                    header.size(), cells.length, Arrays.toString(cells)));
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell instanceof Double || cell instanceof Float ? number(((Number) cell).doubleValue(), 4)
                    : String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    /** A number with {@code decimals} digits after the point, {@code Locale.ROOT}; NaN as "NaN". */
    public static String number(double value, int decimals) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** The table as text, lines joined by '\n', without a trailing newline. */
    public String toText() {
        int[] width = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        Arrays.fill(numeric, !rows.isEmpty());
        for (int j = 0; j < width.length; j++) {
            width[j] = header.get(j).length();
            for (List<String> row : rows) {
                width[j] = Math.max(width[j], row.get(j).length());
                numeric[j] &= NUMBER.matcher(row.get(j)).matches();
            }
        }
        StringBuilder s = new StringBuilder();
        line(s, header, width, numeric);
        StringBuilder rule = new StringBuilder();
        for (int j = 0; j < width.length; j++) {
            rule.append(j == 0 ? "" : "  ").append("-".repeat(width[j]));
        }
        s.append('\n').append(rule);
        for (List<String> row : rows) {
            s.append('\n');
            line(s, row, width, numeric);
        }
        return s.toString();
    }

    private static void line(StringBuilder s, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int j = 0; j < width.length; j++) {
            String cell = cells.get(j);
            String pad = " ".repeat(width[j] - cell.length());
            line.append(j == 0 ? "" : "  ").append(numeric[j] ? pad + cell : cell + pad);
        }
        s.append(line.toString().stripTrailing());
    }

    @Override
    public String toString() {
        return toText();
    }
}
