package io.segmentation.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns checked CSV records into datasets, a chunk at a time: one {@link ColumnBuilder} per header
 * column, typed by the options' overrides and schema or inferred.
 */
final class CsvTable implements Closeable {
    private final CsvRecords records;
    private final ColumnBuilder[] builders;
    private final int[] fields;   // the header position of each builder's column
    private final String source;
    private final long headerLine;
    private long rowsRead;
    private boolean exhausted;
    /** Undeclared column types come from the first chunk, which therefore does not count its rejects. */
    private boolean firstChunk = true;

    CsvTable(Reader reader, CsvOptions options, String source) throws IOException {
        this.source = source;
        this.records = new CsvRecords(reader, options, source);
        this.headerLine = records.line();
        List<String> header = records.header();
        try {
            for (Map.Entry<String, ColumnType> e : options.types().entrySet()) {
                if (!header.contains(e.getKey())) {
                    throw new CsvFormatException(source, headerLine, e.getKey(), "CsvOptions give this column the type "
                            + e.getValue() + ", but the header does not have it; the header is " + header);
                }
            }
            if (options.schema().isPresent()) {
                for (String name : options.schema().get().names()) {
                    if (!header.contains(name)) {
                        throw new CsvFormatException(source, headerLine, name,
                                "the schema requires this column, but the header does not have it; the header is "
                                        + header);
                    }
                }
            }
        } catch (CsvFormatException e) {
            records.close();
            throw e;
        }
        List<ColumnBuilder> read = new ArrayList<>(header.size());
        int[] at = new int[header.size()];
        for (int f = 0; f < header.size(); f++) {
            String name = header.get(f);
            ColumnType declared = options.declaredType(name);
            if (declared != null || options.otherColumns() == CsvOptions.OtherColumns.READ) {
                at[read.size()] = f;
                read.add(new ColumnBuilder(name, declared, options.missingMarkers(), source));
            }
        }
        this.builders = read.toArray(new ColumnBuilder[0]);
        this.fields = Arrays.copyOf(at, builders.length);
    }

    /** The line of the header (1 unless the parser saw otherwise). */
    long headerLine() {
        return headerLine;
    }

    /** The name of the input in messages. */
    String source() {
        return source;
    }

    /**
     * Reads up to {@code maxRows} rows.
     *
     * @param keepLines whether to record each row's physical line
     * @return the chunk, or {@code null} when no rows are left
     */
    CsvChunk read(int maxRows, boolean keepLines) throws IOException {
        return read(maxRows, keepLines, BadRows.FAIL);
    }

    /**
     * Reads up to {@code maxRows} rows; with {@link BadRows#SKIP} a row of the wrong shape or with a cell its
     * column cannot take is left out and listed in the chunk's {@link CsvChunk#rejected()}. Rejected rows count
     * towards {@code maxRows}, so that a chunk holds at most {@code maxRows} rows and rejects together, except in
     * the first chunk: column types not declared are inferred from it, so it reads up to {@code maxRows} good
     * rows whatever the rejects before them (a file that starts with bad rows cannot make every column look
     * numeric).
     *
     * @return the chunk, or {@code null} when no rows, good or rejected, are left
     */
    CsvChunk read(int maxRows, boolean keepLines, BadRows badRows) throws IOException {
        if (exhausted) {
            return null;
        }
        List<RejectedRow> rejected = badRows == BadRows.SKIP ? new ArrayList<>() : null;
        long[] lines = keepLines ? new long[Math.min(maxRows, 1024)] : null;
        long firstLine = 0;
        int m = 0;
        boolean countRejects = rejected != null && !firstChunk;
        firstChunk = false;
        rows:
        while (m + (countRejects ? rejected.size() : 0) < maxRows) {
            if (!records.next(rejected)) {
                exhausted = true;
                break;
            }
            if (!records.wellFormed()) {
                continue;   // listed in rejected by records.next
            }
            long line = records.line();
            if (rejected != null) {
                // Check the whole row before adding any cell, so that a rejected row leaves no trace.
                for (int j = 0; j < builders.length; j++) {
                    String problem = builders[j].problem(records.field(fields[j]));
                    if (problem != null) {
                        rejected.add(new RejectedRow(line, builders[j].name(), problem));
                        continue rows;
                    }
                }
            }
            if (m == 0) {
                firstLine = line;
            }
            for (int j = 0; j < builders.length; j++) {
                builders[j].add(records.field(fields[j]), line);
            }
            if (keepLines) {
                if (m == lines.length) {
                    lines = Arrays.copyOf(lines, Math.min(maxRows, 2 * m));
                }
                lines[m] = line;
            }
            m++;
        }
        if (m == 0 && (rejected == null || rejected.isEmpty())) {
            return null;
        }
        List<Column> columns = new ArrayList<>(builders.length);
        for (ColumnBuilder b : builders) {
            columns.add(b.build());
        }
        long firstRow = rowsRead;
        rowsRead += m;
        return new CsvChunk(Dataset.ofColumns(columns), firstRow, firstLine,
                keepLines ? Arrays.copyOf(lines, m) : null, rejected == null ? List.of() : rejected);
    }

    /** The error of a header with nothing below it. */
    CsvFormatException noRows() {
        return new CsvFormatException(source, headerLine, null, "the header has no data rows below it");
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
