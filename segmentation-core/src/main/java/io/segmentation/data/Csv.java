package io.segmentation.data;

import io.segmentation.internal.AtomicFile;
import io.segmentation.internal.Check;
import io.segmentation.internal.CsvText;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Strict reading and exact writing of CSV files (RFC 4180, parsed and printed by Apache Commons CSV).
 *
 * <p><b>Reading.</b> The input is UTF-8, with or without a byte-order mark; invalid UTF-8 is an error
 * naming its line. The first line is the header; its names must be distinct and not blank. The
 * delimiter is given or detected ({@link CsvOptions.Builder#detectDelimiter()}). Fields may be quoted
 * with {@code "}, and quoted fields may hold delimiters, doubled quotes and line breaks. Cells are not
 * trimmed. Every record must have as many fields as the header; blank lines are skipped when there
 * is more than one column. A cell equal to one of the {@linkplain CsvOptions#missingMarkers() missing
 * markers} is missing.
 *
 * <p><b>Types.</b> A column given a type by {@link CsvOptions.Builder#type} or a schema gets that type.
 * Any other column is numeric when every non-missing cell is a number in the strict sense below, and
 * categorical otherwise; a column with no value at all is numeric (all NaN). A number is
 * {@code [sign] digits [. [digits]] [exponent]}, {@code [sign] . digits [exponent]} or
 * {@code [sign] Infinity}: {@code 42}, {@code -0.5}, {@code 1e-3}, {@code 2.5E+10}, {@code .5},
 * {@code Infinity}. Spaces, thousands separators, decimal commas, hexadecimal and Java suffixes
 * ({@code 1d}, {@code 2f}, {@code 0x1p3}) are not numbers. Numbers round to the nearest double. An id
 * cell must not be empty or a missing marker: every row needs an id.
 *
 * <p><b>Errors.</b> Every problem in the data is a {@link CsvFormatException} naming the input, the
 * physical line where the record starts and, where it applies, the column:
 * {@code customers.csv line 17, column "age": expected a number, found "thirty"}.
 *
 * <p><b>Writing.</b> The header is the column names; numbers are written so that they read back
 * exactly ({@code 34}, {@code 0.1}, {@code 1.0E-300}, {@code -0.0}, {@code Infinity}); a missing cell
 * is empty; text holding the delimiter, quotes or line breaks is quoted; lines end with {@code \n}.
 * Reading what was written gives an equal dataset when read with the dataset's own schema
 * ({@code CsvOptions.builder().schema(data.schema())}): without it, a categorical column whose values
 * all look like numbers reads back numeric, and an id column reads back categorical. Categorical
 * values that are empty or equal a missing marker ({@code "NA"}) read back as missing, and a missing id
 * is written as an empty cell, which reading rejects.
 *
 * <pre>{@code
 * Dataset customers = Csv.read(Path.of("customers.csv"),
 *         CsvOptions.builder().idColumn("customer_id").build());
 * Csv.write(customers.drop("true_segment"), Path.of("features.csv"));
 * }</pre>
 *
 * <p>Reading is linear in the file size; a whole read holds the dataset plus, for columns whose type
 * is inferred, their text until the end, packed in one byte array per column.
 */
public final class Csv {
    private static final String DEFAULT_SOURCE = "input";

    private Csv() {
    }

    /**
     * Reads a CSV file with the default options.
     *
     * @param path a UTF-8 CSV file with a header line
     * @return the dataset, with the file's columns in order
     * @throws CsvFormatException when the file breaks a rule of this class
     * @throws IOException        when the file cannot be read
     */
    public static Dataset read(Path path) throws IOException {
        return read(path, CsvOptions.defaults());
    }

    /**
     * Reads a CSV file.
     *
     * @param path    a UTF-8 CSV file with a header line
     * @param options delimiter, missing markers, types, schema; messages name the file unless
     *                {@link CsvOptions#name()} is set
     * @return the dataset, with the file's columns in order
     * @throws CsvFormatException when the file breaks a rule of this class or of the options
     * @throws IOException        when the file cannot be read
     */
    public static Dataset read(Path path, CsvOptions options) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        String source = options.name().orElse(String.valueOf(path.getFileName()));
        try (CsvTable table = new CsvTable(new Utf8Reader(Files.newInputStream(path), source), options, source)) {
            return readAll(table);
        }
    }

    /**
     * Reads CSV from a stream of UTF-8 bytes, which is read to its end and not closed.
     *
     * @param in      UTF-8 bytes of a CSV text with a header line
     * @param options delimiter, missing markers, types, schema; messages call the input
     *                {@code "input"} unless {@link CsvOptions#name()} is set
     * @return the dataset, with the input's columns in order
     * @throws CsvFormatException when the input breaks a rule of this class or of the options
     * @throws IOException        when the stream cannot be read
     */
    public static Dataset read(InputStream in, CsvOptions options) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        String source = options.name().orElse(DEFAULT_SOURCE);
        try (CsvTable table = new CsvTable(new Utf8Reader(new KeptOpen(in), source), options, source)) {
            return readAll(table);
        }
    }

    /**
     * Reads CSV from characters, which are read to their end; the reader is not closed. A leading
     * byte-order mark character is skipped.
     *
     * @param reader  a CSV text with a header line
     * @param options as for {@link #read(InputStream, CsvOptions)}
     * @return the dataset, with the input's columns in order
     * @throws CsvFormatException when the input breaks a rule of this class or of the options
     * @throws IOException        when the reader fails
     */
    public static Dataset read(Reader reader, CsvOptions options) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(options, "options");
        String source = options.name().orElse(DEFAULT_SOURCE);
        Reader keptOpen = new FilterReader(reader) {
            @Override
            public void close() {
                // the caller's reader stays open
            }
        };
        try (CsvTable table = new CsvTable(keptOpen, options, source)) {
            return readAll(table);
        }
    }

    /** The caller's stream, which reading must not close. */
    private static final class KeptOpen extends FilterInputStream {
        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller's stream stays open
        }
    }

    private static Dataset readAll(CsvTable table) throws IOException {
        CsvChunk all = table.read(Integer.MAX_VALUE, false);
        if (all == null) {
            throw table.noRows();
        }
        return all.data();
    }

    /**
     * Opens a CSV file for reading in chunks; the header and the first chunk are read at once.
     *
     * @param path      a UTF-8 CSV file with a header line
     * @param options   as for {@link #read(Path, CsvOptions)}; a schema fixes the types of every chunk
     * @param chunkRows the most rows per chunk, at least 1
     * @return the chunks, to be closed by the caller
     * @throws CsvFormatException when the header or the first chunk breaks a rule
     * @throws IOException        when the file cannot be read
     */
    public static CsvChunks stream(Path path, CsvOptions options, int chunkRows) throws IOException {
        return stream(path, options, chunkRows, BadRows.FAIL);
    }

    /**
     * Opens a CSV file for reading in chunks, with a policy for bad rows: under {@link BadRows#SKIP} a record
     * with the wrong number of fields, or with a cell its column cannot take (not a number in a numeric column,
     * no id in an id column), is left out of its chunk and listed in {@link CsvChunk#rejected()}. A file that
     * cannot be parsed at all (a quote never closed, invalid UTF-8) still fails.
     *
     * @param path      a UTF-8 CSV file with a header line
     * @param options   as for {@link #read(Path, CsvOptions)}; a schema fixes the types of every chunk
     * @param chunkRows the most rows per chunk, at least 1
     * @param badRows   what to do with a bad row
     * @return the chunks, to be closed by the caller
     * @throws CsvFormatException when the header, or under {@link BadRows#FAIL} the first chunk, breaks a rule
     * @throws IOException        when the file cannot be read
     */
    public static CsvChunks stream(Path path, CsvOptions options, int chunkRows, BadRows badRows)
            throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(badRows, "badRows");
        Check.atLeast("chunkRows", chunkRows, 1);
        String source = options.name().orElse(String.valueOf(path.getFileName()));
        return new CsvChunks(new CsvTable(new Utf8Reader(Files.newInputStream(path), source), options, source),
                chunkRows, badRows);
    }

    /**
     * Reads CSV from a stream of UTF-8 bytes in chunks; closing the chunks closes the stream.
     *
     * @param in        UTF-8 bytes of a CSV text with a header line
     * @param options   as for {@link #read(InputStream, CsvOptions)}; a schema fixes the types of every chunk
     * @param chunkRows the most rows per chunk, at least 1
     * @return the chunks, to be closed by the caller
     * @throws CsvFormatException when the header or the first chunk breaks a rule
     * @throws IOException        when the stream cannot be read
     */
    public static CsvChunks stream(InputStream in, CsvOptions options, int chunkRows) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        Check.atLeast("chunkRows", chunkRows, 1);
        String source = options.name().orElse(DEFAULT_SOURCE);
        return new CsvChunks(new CsvTable(new Utf8Reader(in, source), options, source), chunkRows, BadRows.FAIL);
    }

    /**
     * Writes a dataset as a UTF-8 CSV file with comma delimiters, atomically: into a temporary file in
     * the same directory, then moved over {@code path}, so that a reader never sees half a file and a
     * failed write leaves {@code path} as it was.
     *
     * @param data the dataset, not modified
     * @param path the file to create or replace
     * @throws IOException when the file cannot be written
     */
    public static void write(Dataset data, Path path) throws IOException {
        write(data, path, CsvOptions.defaults());
    }

    /**
     * Writes a dataset as a UTF-8 CSV file atomically, like {@link #write(Dataset, Path)}, with the
     * options' delimiter (a comma when it is detected).
     *
     * @param data    the dataset, not modified
     * @param path    the file to create or replace
     * @param options only the delimiter is used
     * @throws IOException when the file cannot be written
     */
    public static void write(Dataset data, Path path, CsvOptions options) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        AtomicFile.write(path, out -> write(data, out, options));
    }

    /**
     * Writes a dataset as CSV with comma delimiters; {@code out} is flushed, not closed.
     *
     * @param data the dataset, not modified
     * @param out  where the text goes
     * @throws IOException when {@code out} fails
     */
    public static void write(Dataset data, Writer out) throws IOException {
        write(data, out, CsvOptions.defaults());
    }

    /**
     * Writes a dataset as CSV with the options' delimiter (a comma when it is detected);
     * {@code out} is flushed, not closed.
     *
     * @param data    the dataset, not modified
     * @param out     where the text goes
     * @param options only the delimiter is used
     * @throws IOException when {@code out} fails
     */
    public static void write(Dataset data, Writer out, CsvOptions options) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        CSVFormat format = CsvText.format(options.delimiter().orElse(','));
        @SuppressWarnings("resource") // closing the printer would close the caller's writer
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(data.columnNames());
        List<Column> columns = data.columns();
        int n = data.rowCount();
        for (int i = 0; i < n; i++) {
            for (Column column : columns) {
                printer.print(CsvText.cellText(column, i));
            }
            printer.println();
        }
        printer.flush();
    }

    /** A cell or character quoted for a message, shortened when long, with line breaks made visible. */
    static String describe(String cell) {
        String shown = cell.length() > 60 ? cell.substring(0, 57) + "..." : cell;
        shown = shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return "\"" + shown + "\"";
    }
}
