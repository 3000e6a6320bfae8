package io.segmentation.data;

import java.io.IOException;
import java.util.Locale;

/**
 * A CSV file that breaks the rules of {@link Csv}: it says which file, which physical line (1-based,
 * the line where the offending record starts) and, when the problem is one cell or one header name,
 * which column. The message reads
 * {@code customers.csv line 17, column "age": expected a number, found "thirty"}.
 */
public final class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;
    private final String problem;

    /**
     * An exception for one place in a CSV input.
     *
     * @param source  the name of the input used in messages (a file name)
     * @param line    the 1-based physical line
     * @param column  the header name of the column, or {@code null} when the problem is the whole record
     * @param problem what is wrong, without the location
     */
    public CsvFormatException(String source, long line, String column, String problem) {
        super(message(source, line, column, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String message(String source, long line, String column, String problem) {
        String where = String.format(Locale.ROOT, "%s line %d", source, line);
        return column == null ? where + ": " + problem : where + ", column \"" + column + "\": " + problem;
    }

    /** The name of the input, as used in the message. */
    public String source() {
        return source;
    }

    /** The 1-based physical line of the file where the offending record (or byte) is. */
    public long line() {
        return line;
    }

    /** The header name of the offending column, or {@code null} when the problem is the whole record or file. */
    public String column() {
        return column;
    }

    /** What is wrong, without the location ({@code expected a number, found "thirty"}). */
    public String problem() {
        return problem;
    }
}
