package io.segmentation.internal;

import io.segmentation.data.Column;
import io.segmentation.data.NumericColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;

/**
 * Not API: may change in any release. The CSV text the library writes, in one place: the format (RFC 4180
 * quoting by commons-csv, {@code \n} between records) and the text of a cell, shared by
 * {@code Csv.write} and batch scoring.
 */
public final class CsvText {
    private CsvText() {
    }

    /**
     * A new instance of the format the library writes with {@code delimiter}. {@link CSVFormat#print(Object,
     * Appendable, boolean)} is synchronized, so threads that quote in parallel take one instance each.
     */
    public static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator('\n').get();
    }

    /**
     * Appends {@code value} as one field, after the delimiter unless it is the first of its record, quoted (quotes
     * doubled) where {@code format} needs it: when it holds the delimiter, a quote or a line break, and in
     * commons-csv's other minimal cases (a leading character up to {@code #}, a trailing space, an empty first
     * field).
     *
     * @param format the format, from {@link #format(char)}
     * @param out    where the field goes; appended to
     * @param value  the text, not quoted
     * @param first  whether this is the first field of its record (no delimiter before it)
     */
    public static void appendField(CSVFormat format, StringBuilder out, String value, boolean first) {
        try {
            format.print(value, out, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder never throws
        }
    }

    /** {@code value} as one field of {@code format}, after the delimiter unless first; see {@link #appendField}. */
    public static String field(CSVFormat format, String value, boolean first) {
        StringBuilder sb = new StringBuilder(value.length() + 2);
        appendField(format, sb, value, first);
        return sb.toString();
    }

    /**
     * The text of cell {@code i} of {@code column} before quoting: a whole number without a decimal point, other
     * numbers as {@link Double#toString(double)}, a missing cell as an empty string.
     *
     * @throws IndexOutOfBoundsException when {@code i} is not a row of {@code column}
     */
    public static String cellText(Column column, int i) {
        if (column instanceof NumericColumn numeric) {
            return NumberText.format(numeric.get(i));
        }
        Object value = column.value(i);
        return value == null ? "" : (String) value;
    }
}
