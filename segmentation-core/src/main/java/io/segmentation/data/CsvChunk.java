package io.segmentation.data;

import java.util.List;
import java.util.Objects;

/**
 * One chunk of rows handed out by {@link CsvChunks}: the rows as a {@link Dataset}, and where they
 * are in the file, so that a caller can name the line of a row it rejects.
 */
public final class CsvChunk {
    private final Dataset data;
    private final long firstRow;
    private final long firstLine;
    private final long[] lines;
    private final List<RejectedRow> rejected;

    CsvChunk(Dataset data, long firstRow, long firstLine, long[] lines, List<RejectedRow> rejected) {
        this.data = data;
        this.firstRow = firstRow;
        this.firstLine = firstLine;
        this.lines = lines;
        this.rejected = List.copyOf(rejected);
    }

    /** The rows of this chunk, with the schema of every chunk of the stream. */
    public Dataset data() {
        return data;
    }

    /**
     * The number of rows in this chunk, between 1 and the stream's {@code chunkRows}; with {@link BadRows#SKIP}
     * it may be 0 when every row read was rejected.
     */
    public int rowCount() {
        return data.rowCount();
    }

    /** The 0-based index, among the data rows of the file that were kept, of this chunk's first row. */
    public long firstRow() {
        return firstRow;
    }

    /** The 1-based physical line of the file on which this chunk's first row starts (0 when it has no rows). */
    public long firstLine() {
        return firstLine;
    }

    /**
     * The 1-based physical line on which row {@code i} of this chunk starts (quoted fields may span
     * lines, so this is not always {@code firstLine() + i}).
     *
     * @param i a row of this chunk, in [0, rowCount())
     * @throws IndexOutOfBoundsException when {@code i} is outside [0, rowCount())
     */
    public long line(int i) {
        Objects.checkIndex(i, lines.length);
        return lines[i];
    }

    /**
     * The rows read for this chunk and left out under {@link BadRows#SKIP}, in file order, each with its line,
     * column (when one cell was at fault) and problem; empty under {@link BadRows#FAIL}. They count towards the
     * stream's {@code chunkRows}: a chunk's kept and rejected rows together are at most that many.
     */
    public List<RejectedRow> rejected() {
        return rejected;
    }

    @Override
    public String toString() {
        return "CsvChunk[rows " + firstRow + ".." + (firstRow + rowCount() - 1) + ", from line " + firstLine + "]";
    }
}
