package io.segmentation.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a CSV file of any length in chunks of at most {@code chunkRows} rows, in bounded memory, for
 * batch scoring. With {@link BadRows#SKIP}, rows that break a rule are left out and listed in
 * {@link CsvChunk#rejected()} instead of ending the stream. Every chunk has the same {@link #schema()}: the options' schema and types where given,
 * the rest inferred from the first chunk and then enforced, so a later cell that is not a number in a
 * column inferred numeric is an error naming its line (skip such columns unread with
 * {@link CsvOptions.OtherColumns#SKIP} when they are not needed). Made by {@link Csv#stream}; close it when done.
 * Not thread-safe.
 *
 * <pre>{@code
 * try (CsvChunks chunks = Csv.stream(Path.of("new-customers.csv"), options, 10_000)) {
 *     while (chunks.hasNext()) {
 *         CsvChunk chunk = chunks.next();
 *         score(chunk.data());               // rows chunk.firstRow() .. firstRow() + rowCount() - 1
 *     }
 * } catch (UncheckedIOException e) {
 *     throw e.getCause();                    // a CsvFormatException for bad data after the first chunk
 * }
 * }</pre>
 */
public final class CsvChunks implements Iterator<CsvChunk>, Closeable {
    private final CsvTable table;
    private final int chunkRows;
    private final Schema schema;
    private final BadRows badRows;
    private CsvChunk pending;
    private boolean done;

    /** Reads the header and the first chunk, so that their errors surface from {@link Csv#stream}. */
    CsvChunks(CsvTable table, int chunkRows, BadRows badRows) throws IOException {
        this.table = table;
        this.chunkRows = chunkRows;
        this.badRows = badRows;
        try {
            this.pending = table.read(chunkRows, true, badRows);
            if (pending == null) {
                throw table.noRows();
            }
        } catch (IOException | RuntimeException e) {
            table.close();
            throw e;
        }
        this.schema = pending.data().schema();
    }

    /** The schema of every chunk: column names in file order, with declared or first-chunk types. */
    public Schema schema() {
        return schema;
    }

    /** The most rows a chunk holds. */
    public int chunkRows() {
        return chunkRows;
    }

    /**
     * Whether another chunk follows; reads it when needed.
     *
     * @throws UncheckedIOException wrapping a {@link CsvFormatException} for malformed data, or the
     *                              {@link IOException} of a failed read
     */
    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            pending = table.read(chunkRows, true, badRows);
        } catch (IOException e) {
            done = true;
            throw new UncheckedIOException(e);
        }
        if (pending == null) {
            done = true;
        }
        return pending != null;
    }

    /**
     * The next chunk.
     *
     * @throws NoSuchElementException when there is none
     * @throws UncheckedIOException   as {@link #hasNext()}
     */
    @Override
    public CsvChunk next() {
        if (!hasNext()) {
            throw new NoSuchElementException(table.source() + ": no chunk left");
        }
        CsvChunk chunk = pending;
        pending = null;
        return chunk;
    }

    /** Closes the file or stream. */
    @Override
    public void close() throws IOException {
        done = true;
        pending = null;
        table.close();
    }
}
