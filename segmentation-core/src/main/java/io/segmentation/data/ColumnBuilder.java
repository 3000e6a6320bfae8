package io.segmentation.data;

import io.segmentation.internal.NumberText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the cells of one CSV column and builds a {@link Column} of them. A column of declared type
 * is parsed straight into its final form. A column of unknown type is parsed as numbers while it can be,
 * keeping its raw text packed in one byte array (no object per cell); the first cell that is not a
 * number turns it categorical, replaying the text kept so far. After {@link #build()}, an inferred type
 * stays fixed, so that later chunks of a stream are held to it.
 */
final class ColumnBuilder {
    private static final int INITIAL = 256;

    private enum Mode { NUMERIC, INFER, CATEGORICAL, ID }

    private final String name;
    private final String source;
    private final Set<String> missingMarkers;
    private Mode mode;
    private boolean inferred;   // the type was inferred from an earlier chunk, not declared

    private int n;
    private double[] values;
    private byte[] text;        // INFER: every number's text, back to back (numbers are ASCII)
    private int textLength;
    private int[] ends;         // INFER: the end of each cell's text in text, or ~end when missing
    private Map<String, Integer> index;
    private List<String> levels;
    private int[] codes;
    private String[] ids;

    ColumnBuilder(String name, ColumnType declared, Set<String> missingMarkers, String source) {
        this.name = name;
        this.source = source;
        this.missingMarkers = missingMarkers;
        this.mode = declared == null ? Mode.INFER : switch (declared) {
            case NUMERIC -> Mode.NUMERIC;
            case CATEGORICAL -> Mode.CATEGORICAL;
            case ID -> Mode.ID;
        };
        reset(INITIAL, INITIAL * 8);
    }

    /** Starts empty, with room for {@code rows} rows and {@code chars} chars of text. */
    private void reset(int rows, int chars) {
        n = 0;
        textLength = 0;
        values = null;
        text = null;
        ends = null;
        index = null;
        levels = null;
        codes = null;
        ids = null;
        switch (mode) {
            case NUMERIC -> values = new double[rows];
            case INFER -> {
                values = new double[rows];
                text = new byte[chars];
                ends = new int[rows];
            }
            case CATEGORICAL -> startCategorical(rows);
            case ID -> ids = new String[rows];
        }
    }

    private void startCategorical(int capacity) {
        index = new HashMap<>();
        levels = new ArrayList<>();
        codes = new int[capacity];
    }

    /**
     * Adds the cell of the next row.
     *
     * @param line the physical line of the row, for messages
     * @throws CsvFormatException when the cell does not fit a declared or enforced type
     */
    void add(String cell, long line) throws CsvFormatException {
        boolean missing = missingMarkers.contains(cell);
        switch (mode) {
            case NUMERIC -> {
                double v = Double.NaN;
                if (!missing) {
                    v = NumberText.parse(cell);
                    if (Double.isNaN(v)) {
                        throw new CsvFormatException(source, line, name, notANumber(cell));
                    }
                }
                if (n == values.length) {
                    values = Arrays.copyOf(values, 2 * n);
                }
                values[n++] = v;
            }
            case INFER -> {
                double v = missing ? Double.NaN : NumberText.parse(cell);
                if (!missing && Double.isNaN(v)) {
                    toCategorical();
                    addCategorical(cell, false);
                } else {
                    addInferred(cell, missing, v);
                }
            }
            case CATEGORICAL -> addCategorical(cell, missing);
            case ID -> {
                if (missing) {
                    throw new CsvFormatException(source, line, name, noId(cell));
                }
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, 2 * n);
                }
                ids[n++] = cell;
            }
        }
    }

    /**
     * What {@link #add} would reject in {@code cell}, or {@code null} when it would take it; adds nothing.
     */
    String problem(String cell) {
        if (mode != Mode.NUMERIC && mode != Mode.ID) {
            return null;   // inferred and categorical columns take any text
        }
        if (missingMarkers.contains(cell)) {
            return mode == Mode.ID ? noId(cell) : null;
        }
        return mode == Mode.NUMERIC && Double.isNaN(NumberText.parse(cell)) ? notANumber(cell) : null;
    }

    private String notANumber(String cell) {
        return "expected a number, found " + Csv.describe(cell) + (inferred
                ? " (the column was inferred numeric from the first chunk; "
                        + "give CsvOptions a schema or a type to read it otherwise)"
                : "");
    }

    private static String noId(String cell) {
        return "expected an id, found " + (cell.isEmpty() ? "an empty cell" : "the missing marker "
                + Csv.describe(cell)) + "; every row needs an id";
    }

    private void addInferred(String cell, boolean missing, double v) {
        if (n == values.length) {
            values = Arrays.copyOf(values, 2 * n);
            ends = Arrays.copyOf(ends, 2 * n);
        }
        if (!missing) {
            int len = cell.length();
            if (textLength + len > text.length) {
                text = Arrays.copyOf(text, Math.max(2 * text.length, textLength + len));
            }
            for (int k = 0; k < len; k++) {
                text[textLength + k] = (byte) cell.charAt(k);   // a number is ASCII: no information lost
            }
            textLength += len;
        }
        ends[n] = missing ? ~textLength : textLength;
        values[n++] = v;
    }

    /** Replays the text kept so far as categories; the column holds text after all. */
    private void toCategorical() {
        int rows = n;
        int[] oldEnds = ends;
        byte[] oldText = text;
        mode = Mode.CATEGORICAL;
        startCategorical(Math.max(INITIAL, values.length));
        values = null;
        text = null;
        ends = null;
        n = 0;
        int start = 0;
        for (int i = 0; i < rows; i++) {
            int e = oldEnds[i];
            if (e < 0) {
                addCategorical(null, true);
            } else {
                addCategorical(new String(oldText, start, e - start, StandardCharsets.ISO_8859_1), false);
                start = e;
            }
        }
    }

    private void addCategorical(String cell, boolean missing) {
        if (n == codes.length) {
            codes = Arrays.copyOf(codes, 2 * n);
        }
        int code = CategoricalColumn.MISSING;
        if (!missing) {
            Integer c = index.get(cell);
            if (c == null) {
                c = levels.size();
                index.put(cell, c);
                levels.add(cell);
            }
            code = c;
        }
        codes[n++] = code;
    }

    /** The column's header name. */
    String name() {
        return name;
    }

    /** The type the next chunk will be held to, or the inferred type so far. */
    ColumnType type() {
        return switch (mode) {
            case NUMERIC, INFER -> ColumnType.NUMERIC;
            case CATEGORICAL -> ColumnType.CATEGORICAL;
            case ID -> ColumnType.ID;
        };
    }

    /**
     * The column of the cells added since the last build; then starts afresh, with an inferred type
     * fixed from now on. An all-missing column of unknown type is numeric (every non-missing cell, of
     * which there is none, is a number).
     */
    Column build() {
        Column column = switch (mode) {
            case NUMERIC, INFER -> NumericColumn.wrap(name, n == values.length ? values : Arrays.copyOf(values, n));
            case CATEGORICAL -> CategoricalColumn.ofCodes(name, Arrays.copyOf(codes, n), levels);
            case ID -> IdColumn.of(name, Arrays.copyOf(ids, n));
        };
        if (mode == Mode.INFER) {
            mode = Mode.NUMERIC;
            inferred = true;
        }
        // The next chunk of a stream is most likely as long as this one: size for it at once.
        reset(Math.max(INITIAL, n), INITIAL * 8);
        return column;
    }
}
