package io.segmentation.data;

import java.util.Objects;

/**
 * A row left out under {@link BadRows#SKIP}, as a plain record rather than an exception, so that a long run of
 * bad rows costs a few bytes each: the physical line it starts on, the column at fault and what is wrong.
 *
 * @param line    the 1-based physical line on which the row starts
 * @param column  the header name of the column at fault, or {@code null} when the whole row is (for example it has
 *                the wrong number of fields), as {@link CsvFormatException#column()}
 * @param problem what is wrong, without the location ({@code expected a number, found "thirty"})
 */
public record RejectedRow(long line, String column, String problem) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when {@code problem} is null
     */
    public RejectedRow {
        Objects.requireNonNull(problem, "problem");
    }

    /** The same problem as an exception naming {@code source}, for a caller that stops on it. */
    public CsvFormatException toException(String source) {
        return new CsvFormatException(source, line, column, problem);
    }
}
