package io.segmentation.data;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one CSV input, checked for shape: a byte-order mark is skipped, the delimiter is
 * detected when not given, the header must have distinct, non-blank names, and every record must have
 * as many fields as the header. Each record comes with the physical line it starts on.
 */
final class CsvRecords implements Closeable {
    /** How far ahead the delimiter detection may look for the end of the header line. */
    private static final int HEADER_PEEK = 1 << 20;

    private final String source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final char delimiter;
    private CSVRecord current;
    private long currentLine;
    private boolean wellFormed;

    CsvRecords(Reader reader, CsvOptions options, String source) throws IOException {
        this.source = source;
        try {
            BufferedReader in = new BufferedReader(reader, 1 << 16);
            this.delimiter = open(in, options);
            this.parser = CSVParser.parse(in, CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)   // keeps line numbers exact; blank lines are skipped below
                    .get());
            this.records = parser.iterator();
            this.header = readHeader();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Skips a byte-order mark and returns the delimiter to use. */
    private static char open(BufferedReader in, CsvOptions options) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {   // a UTF-8 byte-order mark decodes to U+FEFF
            in.reset();
        }
        return options.delimiter().isPresent() ? options.delimiter().get() : detect(in);
    }

    private List<String> readHeader() throws IOException {
        if (!advance()) {
            throw new CsvFormatException(source, 1, null, "the file is empty; a header line is required");
        }
        List<String> names = current.toList();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            if (name.isBlank()) {
                throw new CsvFormatException(source, currentLine, null, String.format(Locale.ROOT,
                        "header field %d of %d is %s; every column needs a name", j + 1, names.size(),
                        name.isEmpty() ? "empty" : "blank"));
            }
            if (!seen.add(name)) {
                throw new CsvFormatException(source, currentLine, name, "the header names this column twice");
            }
        }
        return List.copyOf(names);
    }

    /** Counts each detectable delimiter outside quotes in the first line; the most frequent wins. */
    private static char detect(BufferedReader in) throws IOException {
        in.mark(HEADER_PEEK);
        int[] counts = new int[CsvOptions.DETECTED_DELIMITERS.size()];
        boolean quoted = false;
        for (int k = 0; k < HEADER_PEEK; k++) {
            int c = in.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;   // an escaped quote "" toggles twice
            } else if (!quoted) {
                int at = CsvOptions.DETECTED_DELIMITERS.indexOf((char) c);
                if (at >= 0) {
                    counts[at]++;
                }
            }
        }
        in.reset();
        in.mark(1);   // drops the long read-ahead limit, so the buffer need not keep a megabyte
        int best = 0;
        for (int d = 1; d < counts.length; d++) {
            if (counts[d] > counts[best]) {   // strict: a tie keeps the earlier (comma first)
                best = d;
            }
        }
        return CsvOptions.DETECTED_DELIMITERS.get(best);
    }

    /** Reads the next record of any shape; false at the end. */
    private boolean advance() throws IOException {
        long before = parser.getCurrentLineNumber();
        try {
            if (!records.hasNext()) {
                current = null;
                return false;
            }
            current = records.next();
        } catch (UncheckedIOException e) {
            throw located(e.getCause(), before + 1);
        }
        // The parser has counted every line break before this record, quoted ones included.
        currentLine = before + 1;
        return true;
    }

    private IOException located(Throwable failure, long line) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CsvFormatException located) {
                return located;   // invalid UTF-8, already placed by Utf8Reader
            }
            if (t instanceof CSVException) {
                // commons-csv's lexer reports only two faults: EOF inside quotes, text after a closing quote
                return new CsvFormatException(source, line, null,
                        "a quoted field is not closed, or text follows its closing quote");
            }
        }
        return failure instanceof IOException io ? io : new IOException(failure);   // the stream itself failed
    }

    /** The header names, in order. */
    List<String> header() {
        return header;
    }

    /** The delimiter in use. */
    char delimiter() {
        return delimiter;
    }

    /**
     * Moves to the next data record, skipping blank lines when there is more than one column.
     *
     * @return false at the end of the input
     * @throws CsvFormatException when the record has too many or too few fields
     */
    boolean next() throws IOException {
        return next(null);
    }

    /**
     * Moves to the next data record. A record of another shape than the header is thrown when {@code rejected}
     * is {@code null}; otherwise it is added to {@code rejected}, this returns true all the same and
     * {@link #wellFormed()} false, so that the caller counts it (a run of bad records must not pile up unbounded).
     *
     * @return false at the end of the input
     */
    boolean next(List<RejectedRow> rejected) throws IOException {
        while (advance()) {
            int size = current.size();
            if (size == header.size()) {
                wellFormed = true;
                return true;
            }
            if (size == 1 && current.get(0).isEmpty()) {
                continue;   // a blank line; with one column it is a missing cell and has the right size
            }
            String problem = String.format(Locale.ROOT, "expected %d fields like the header, found %d",
                    header.size(), size);
            if (rejected == null) {
                throw new CsvFormatException(source, currentLine, null, problem);
            }
            rejected.add(new RejectedRow(currentLine, null, problem));
            wellFormed = false;
            return true;
        }
        return false;
    }

    /** Whether the current record has the header's shape (false only for one {@link #next(List)} rejected). */
    boolean wellFormed() {
        return wellFormed;
    }

    /** Field {@code j} of the current record. */
    String field(int j) {
        return current.get(j);
    }

    /** The physical line the current record starts on (1-based). */
    long line() {
        return currentLine;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
