package io.segmentation;

import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.GaussianMixtureModel;
import io.segmentation.cluster.internal.Kernels;
import io.segmentation.data.BadRows;
import io.segmentation.data.Column;
import io.segmentation.data.ColumnType;
import io.segmentation.data.Csv;
import io.segmentation.data.CsvChunk;
import io.segmentation.data.CsvChunks;
import io.segmentation.data.CsvFormatException;
import io.segmentation.data.CsvOptions;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.RejectedRow;
import io.segmentation.data.Schema;
import io.segmentation.internal.AtomicFile;
import io.segmentation.internal.Check;
import io.segmentation.internal.Chunks;
import io.segmentation.internal.CsvText;
import io.segmentation.internal.Workers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.ejml.data.DMatrixRMaj;

/**
 * Scores a CSV file of any length against a {@link SegmentationModel} in bounded memory and writes one output
 * row per input row: the id (or the input line), {@code segment}, {@code segment_name} and, on request, the
 * distance to each centre or the probability of each segment. Immutable and reusable; one {@link #score} call
 * runs at a time per thread, and several may run at once.
 *
 * <p>How it runs: the file is read in chunks of {@link Builder#chunkRows(int)} rows ({@link Csv#stream}); while
 * one chunk is scored the next is parsed on another thread, so at most two chunks are in memory. A chunk is
 * scored in fixed blocks of {@link Chunks#SIZE} rows on a thread pool, each block formatting its own text, and
 * the blocks are written in input order: the output does not depend on the number of threads. Only the columns
 * the model needs and the id column are parsed; any other column of the input is skipped unread
 * ({@link CsvOptions.OtherColumns#SKIP}), so its contents can neither fail a row nor cost memory.
 *
 * <p>Both files are written atomically ({@link AtomicFile}): each goes to a temporary file beside its target, and
 * only after both are written in full are they moved into place, the rejects file first and the output last, so
 * a failed run leaves both files as they were. Should the output's move fail after the rejects file's succeeded
 * (a move within a directory writes no data; changed permissions could do it), the rejects file is new, the
 * output is as it was, and {@link #score} throws an {@link IOException} that says so.
 *
 * <p>Bad rows are never dropped silently. A column the model needs that is missing from the header fails at
 * once. A row with the wrong number of fields, a malformed number or a value the model cannot take (for
 * example a category an encoder rejects) either stops the run with a {@link CsvFormatException} naming its line
 * ({@link BadRows#FAIL}, the default), or is written to the rejects file as {@code line,column,problem}
 * ({@link BadRows#SKIP}).
 *
 * <pre>{@code
 * ScoringSummary summary = BatchScorer.builder(model)
 *         .badRows(BadRows.SKIP).rejectsFile(Path.of("rejects.csv"))
 *         .extra(BatchScorer.Extra.DISTANCES)
 *         .build()
 *         .score(Path.of("customers-2026-11.csv"), Path.of("segments-2026-11.csv"));
 * }</pre>
 */
public final class BatchScorer {
    /** The default rows per chunk: eight blocks of {@link Chunks#SIZE}. */
    public static final int DEFAULT_CHUNK_ROWS = 8 * Chunks.SIZE;
    /** The name of the first output column when rows are named by their input line. */
    public static final String LINE_COLUMN = "line";

    /** What to write after {@code segment} and {@code segment_name}. */
    public enum Extra {
        /** Nothing more. */
        NONE,
        /** {@code distance_0 .. distance_(k-1)}: the Euclidean distance to each centre, in feature space. */
        DISTANCES,
        /** {@code probability_0 .. probability_(k-1)}: each segment's probability (Gaussian mixtures only). */
        PROBABILITIES
    }

    private final SegmentationModel model;
    private final CsvOptions options;
    private final int chunkRows;
    private final BadRows badRows;
    private final Path rejectsFile;
    private final Extra extra;
    private final String idColumn;
    private final int threads;

    private BatchScorer(Builder b) {
        this.model = b.model;
        this.options = b.options;
        this.chunkRows = b.chunkRows;
        this.badRows = b.badRows;
        this.rejectsFile = b.rejectsFile;
        this.extra = b.extra;
        this.idColumn = b.lineNumbers ? null : b.idColumn != null ? b.idColumn : model.idColumn().orElse(null);
        this.threads = b.threads;
    }

    /** A builder of a scorer for {@code model}. */
    public static Builder builder(SegmentationModel model) {
        return new Builder(Objects.requireNonNull(model, "model"));
    }

    /**
     * Scores every row of {@code input} and writes the result to {@code output}.
     *
     * @param input  a UTF-8 CSV file with a header naming at least the model's input columns
     * @param output the file to create or replace; its directory must exist
     * @return what was scored and rejected
     * @throws CsvFormatException when the header lacks a column the model needs, or under {@link BadRows#FAIL} at
     *                            the first bad row, naming its line (nothing is written then)
     * @throws IOException        when a file cannot be read or written
     * @throws IllegalArgumentException when the model rejects a whole chunk although it takes each of its rows
     *                                  alone (a fault of the model, not of one row)
     * @throws CancellationException when the calling thread is interrupted
     */
    public ScoringSummary score(Path input, Path output) throws IOException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        long start = System.nanoTime();
        Run run = new Run(input);
        if (rejectsFile == null) {
            AtomicFile.write(output, out -> run.scoreAll(out, null));
        } else {
            AtomicFile.write(output, rejectsFile, run::scoreAll);
        }
        return new ScoringSummary(run.scored, run.rejected, run.counts, run.noise,
                Duration.ofNanos(System.nanoTime() - start), output, rejectsFile);
    }

    /**
     * The options the input is read with: the model's input schema enforced, the id column read as text, every
     * other column skipped unparsed (a column the model does not use must not fail a row because its type, inferred
     * from the first chunk, differs later).
     */
    private CsvOptions readOptions(Path input) {
        // The model's id column is read only when it is also the id written out.
        String modelId = model.idColumn().orElse(null);
        Schema schema = modelId != null && modelId.equals(idColumn) ? model.inputSchema()
                : model.inputSchema().without(modelId);
        CsvOptions.Builder b = options.toBuilder().schema(schema)
                .otherColumns(CsvOptions.OtherColumns.SKIP);
        if (options.name().isEmpty()) {
            b.name(String.valueOf(input.getFileName()));
        }
        if (idColumn != null && model.inputSchema().indexOf(idColumn) < 0) {
            b.type(idColumn, ColumnType.ID);   // an id the model does not know: kept as text, required per row
        }
        return b.build();
    }

    /** A resource whose close throws nothing checked. */
    private interface Quiet extends AutoCloseable {
        @Override
        void close();
    }

    /** One call of {@link #score}: the counters, and the loop over chunks. */
    private final class Run {
        private final Path input;
        private final CsvOptions read;
        private final ClusterModel clusters = model.clusterModel();
        private final int k = clusters.clusterCount();
        private final int d = clusters.dimension();
        private final double[] centres = clusters.centres();
        private final String[] nameFields = new String[k];   // ",name", quoted once, written on every row
        private final String noiseField;
        private final CSVFormat format = CsvText.format(',');   // for this thread; blocks take their own
        private long scored;
        private long rejected;
        private long noise;
        private final long[] counts = new long[k];

        Run(Path input) {
            this.input = input;
            this.read = readOptions(input);
            for (int c = 0; c < k; c++) {
                nameFields[c] = CsvText.field(format, model.segment(c).name(), false);
            }
            this.noiseField = CsvText.field(format, SegmentationModel.NOISE_NAME, false);
        }

        void scoreAll(Writer out, Writer rejects) throws IOException {
            ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "batch-scorer-reader");
                t.setDaemon(true);
                return t;
            });
            // Resources close in reverse order: the reader thread stops before the file it reads is closed.
            try (CsvChunks chunks = Csv.stream(input, read, chunkRows, badRows);
                    Workers workers = Workers.of(threads);
                    Quiet stopReader = () -> stop(reader)) {
                String source = read.name().orElseThrow();
                writeHeader(out, rejects);
                Future<CsvChunk> next = reader.submit(() -> chunks.hasNext() ? chunks.next() : null);
                for (CsvChunk chunk = take(next); chunk != null; chunk = take(next)) {
                    // Parse the next chunk while this one is scored; CsvChunks is used by one thread at a time.
                    next = reader.submit(() -> chunks.hasNext() ? chunks.next() : null);
                    scoreChunk(chunk, source, workers, out, rejects);
                }
            } finally {
                reader.shutdownNow();
            }
        }

        private void stop(ExecutorService reader) {
            reader.shutdownNow();
            try {
                reader.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private CsvChunk take(Future<CsvChunk> next) throws IOException {
            try {
                return next.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IOException(cause);
            }
        }

        private void writeHeader(Writer out, Writer rejects) throws IOException {
            List<String> header = new ArrayList<>();
            header.add(idColumn == null ? LINE_COLUMN : idColumn);
            header.add("segment");
            header.add("segment_name");
            if (extra != Extra.NONE) {
                String prefix = extra == Extra.DISTANCES ? "distance_" : "probability_";
                for (int c = 0; c < k; c++) {
                    header.add(prefix + c);
                }
            }
            for (int h = 0; h < header.size(); h++) {
                out.append(CsvText.field(format, header.get(h), h == 0));
            }
            out.append('\n');
            if (rejects != null) {
                rejects.append("line,column,problem\n");
            }
        }

        private void scoreChunk(CsvChunk chunk, String source, Workers workers, Writer out, Writer rejects)
                throws IOException {
            List<RejectedRow> bad = new ArrayList<>(chunk.rejected());
            Dataset data = chunk.data();
            int[] kept = null;   // rows of the chunk that are scored, when the model rejected some
            FeatureMatrix x;
            if (data.rowCount() == 0) {
                x = null;
            } else {
                try {
                    x = model.features(data);
                } catch (IllegalArgumentException whole) {
                    // Some row holds a value the model cannot take: find which, one row at a time.
                    kept = modelRejects(chunk, source, bad, whole);
                    data = data.rows(kept);
                    x = kept.length == 0 ? null : model.features(data);
                }
            }
            if (!bad.isEmpty()) {
                bad.sort(Comparator.comparingLong(RejectedRow::line));
                StringBuilder text = new StringBuilder(bad.size() * 64);
                for (RejectedRow r : bad) {
                    text.append(r.line());
                    CsvText.appendField(format, text, r.column() == null ? "" : r.column(), false);
                    CsvText.appendField(format, text, r.problem(), false);
                    text.append('\n');
                }
                rejects.append(text);
                rejected += bad.size();
            }
            if (x == null) {
                return;
            }
            int m = x.rowCount();
            double[] features = x.toMatrix().data;
            Column ids = idColumn == null ? null : data.column(idColumn);
            long[] lines = new long[m];
            for (int i = 0; i < m; i++) {
                lines[i] = chunk.line(kept == null ? i : kept[i]);
            }
            int blocks = Chunks.count(m);
            StringBuilder[] text = new StringBuilder[blocks];
            long[][] blockCounts = new long[blocks][k + 1];
            workers.forEachChunk(m, b -> {
                text[b] = formatBlock(features, Chunks.from(b), Chunks.to(b, m), ids, lines, blockCounts[b]);
            });
            for (int b = 0; b < blocks; b++) {
                out.append(text[b]);
                for (int c = 0; c < k; c++) {
                    counts[c] += blockCounts[b][c];
                }
                noise += blockCounts[b][k];
            }
            scored += m;
        }

        /** Rows the model rejects go to {@code bad} (or fail the run); returns the rows it takes. */
        private int[] modelRejects(CsvChunk chunk, String source, List<RejectedRow> bad,
                IllegalArgumentException whole) throws CsvFormatException {
            Dataset data = chunk.data();
            int[] keep = new int[data.rowCount()];
            int t = 0;
            for (int i = 0; i < data.rowCount(); i++) {
                try {
                    model.features(data.rows(new int[] {i}));
                    keep[t++] = i;
                } catch (IllegalArgumentException e) {
                    RejectedRow located = new RejectedRow(chunk.line(i), null,
                            "the model cannot score this row: " + e.getMessage());
                    if (badRows == BadRows.FAIL) {
                        throw located.toException(source);
                    }
                    bad.add(located);
                }
            }
            if (t == data.rowCount()) {
                throw whole;   // every row passes alone, so the failure is not one row's: report it as it was
            }
            return Arrays.copyOf(keep, t);
        }

        /** Scores rows [from, to) and formats their output; {@code tally} gets the k segment counts, then noise. */
        private StringBuilder formatBlock(double[] features, int from, int to, Column ids, long[] lines,
                long[] tally) {
            int rows = to - from;
            DMatrixRMaj part = new DMatrixRMaj(rows, d);
            System.arraycopy(features, from * d, part.data, 0, rows * d);
            int[] labels = clusters.predictAll(part);
            double[] probabilities = extra == Extra.PROBABILITIES
                    ? ((GaussianMixtureModel) clusters).predictProbabilities(part)
                    : null;
            StringBuilder sb = new StringBuilder(rows * (32 + (extra == Extra.NONE ? 0 : 20 * k)));
            CSVFormat blockFormat = CsvText.format(',');   // its print is synchronized: one per block, not shared
            for (int r = 0; r < rows; r++) {
                int i = from + r;
                int c = labels[r];
                tally[c < 0 ? k : c]++;
                if (ids == null) {
                    sb.append(lines[i]);
                } else {
                    CsvText.appendField(blockFormat, sb, CsvText.cellText(ids, i), true);
                }
                sb.append(',').append(c).append(c < 0 ? noiseField : nameFields[c]);
                if (extra == Extra.DISTANCES) {
                    for (int cc = 0; cc < k; cc++) {
                        sb.append(',').append(Math.sqrt(Kernels.squaredDistance(part.data, r, centres, cc, d)));
                    }
                } else if (extra == Extra.PROBABILITIES) {
                    for (int cc = 0; cc < k; cc++) {
                        sb.append(',').append(probabilities[r * k + cc]);
                    }
                }
                sb.append('\n');
            }
            return sb;
        }
    }

    /** Builds a {@link BatchScorer}; every setter checks its argument, {@link #build()} how they fit together. */
    public static final class Builder {
        private final SegmentationModel model;
        private CsvOptions options = CsvOptions.defaults();
        private int chunkRows = DEFAULT_CHUNK_ROWS;
        private BadRows badRows = BadRows.FAIL;
        private Path rejectsFile;
        private Extra extra = Extra.NONE;
        private String idColumn;
        private boolean lineNumbers;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder(SegmentationModel model) {
            this.model = model;
        }

        /**
         * How to read the input (delimiter, missing markers, name in messages); the model's input schema is added.
         *
         * @param options the options; by default {@link CsvOptions#defaults()}
         */
        public Builder csvOptions(CsvOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The most rows read and held at once (twice this while the next chunk is parsed).
         *
         * @param chunkRows at least 1; by default {@link #DEFAULT_CHUNK_ROWS}
         * @throws IllegalArgumentException when {@code chunkRows} is below 1
         */
        public Builder chunkRows(int chunkRows) {
            this.chunkRows = Check.atLeast("chunkRows", chunkRows, 1);
            return this;
        }

        /**
         * What to do with a row that cannot be scored; {@link BadRows#SKIP} needs a {@link #rejectsFile(Path)}.
         *
         * @param badRows the policy; by default {@link BadRows#FAIL}
         */
        public Builder badRows(BadRows badRows) {
            this.badRows = Objects.requireNonNull(badRows, "badRows");
            return this;
        }

        /**
         * Where rejected rows are listed under {@link BadRows#SKIP}: a CSV of {@code line,column,problem}, written
         * atomically, with a header even when no row is rejected.
         *
         * @param rejectsFile the file to create or replace
         */
        public Builder rejectsFile(Path rejectsFile) {
            this.rejectsFile = Objects.requireNonNull(rejectsFile, "rejectsFile");
            return this;
        }

        /**
         * What to write after the segment.
         *
         * @param extra by default {@link Extra#NONE}; {@link Extra#PROBABILITIES} needs a Gaussian mixture model
         */
        public Builder extra(Extra extra) {
            this.extra = Objects.requireNonNull(extra, "extra");
            return this;
        }

        /**
         * The input column copied to the output's first column; by default the model's id column when it has
         * one, otherwise the input line ({@link #lineNumbers()}).
         *
         * @param idColumn a header name of the input, not blank; every row must have a value
         * @throws IllegalArgumentException when {@code idColumn} is blank
         */
        public Builder idColumn(String idColumn) {
            this.idColumn = Check.notBlank("idColumn", idColumn);
            this.lineNumbers = false;
            return this;
        }

        /**
         * Names each output row by the 1-based physical line of its input row, in a column {@value #LINE_COLUMN}:
         * the same numbers as the rejects file, whatever rows were rejected.
         */
        public Builder lineNumbers() {
            this.lineNumbers = true;
            this.idColumn = null;
            return this;
        }

        /**
         * The threads that score a chunk (one more parses the next chunk).
         *
         * @param threads at least 1; by default the number of processors
         * @throws IllegalArgumentException when {@code threads} is below 1
         */
        public Builder threads(int threads) {
            this.threads = Check.atLeast("threads", threads, 1);
            return this;
        }

        /**
         * The scorer.
         *
         * @throws IllegalStateException listing every problem: {@link BadRows#SKIP} without a rejects file, a
         *                               rejects file under {@link BadRows#FAIL}, probabilities from a model that is
         *                               not a Gaussian mixture
         */
        public BatchScorer build() {
            List<String> problems = new ArrayList<>();
            if (badRows == BadRows.SKIP && rejectsFile == null) {
                problems.add("badRows(SKIP) needs rejectsFile(...), so that no row is dropped silently");
            }
            if (badRows == BadRows.FAIL && rejectsFile != null) {
                problems.add("rejectsFile(...) is only written under badRows(SKIP); the policy is FAIL");
            }
            if (extra == Extra.PROBABILITIES && !(model.clusterModel() instanceof GaussianMixtureModel)) {
                problems.add(String.format(Locale.ROOT, "extra(PROBABILITIES) needs a Gaussian mixture model (the "
                        + "model is %s); use extra(DISTANCES)", model.clusterModel().algorithm()));
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("BatchScorer is incomplete:\n  - " + String.join("\n  - ", problems));
            }
            return new BatchScorer(this);
        }
    }
}
