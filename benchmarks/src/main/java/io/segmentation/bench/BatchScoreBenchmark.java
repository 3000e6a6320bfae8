package io.segmentation.bench;

import io.segmentation.BatchScorer;
import io.segmentation.Pipeline;
import io.segmentation.ScoringSummary;
import io.segmentation.SegmentationModel;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.Csv;
import io.segmentation.data.CsvChunks;
import io.segmentation.data.CsvOptions;
import io.segmentation.data.Dataset;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch scoring of customers (an id, 8 numeric columns, one categorical column of 4 levels) against a k-means
 * model of 5 segments with the default preprocessing (median imputation, one-hot encoding, standard scaling):
 * {@code assignAll} on a table already in memory (scoring without parsing), {@link BatchScorer} from CSV to CSV,
 * and the floor under it, streaming the same file into typed chunks without scoring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchScoreBenchmark {
    private static final String[] CHANNELS = {"web", "store", "app", "phone"};

    @Param({"1000000"})
    int rows;

    Path dir;
    Path input;
    Path output;
    SegmentationModel model;
    Dataset table;
    BatchScorer scorer;
    CsvOptions options;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("batch-bench");
        input = dir.resolve("customers.csv");
        output = dir.resolve("scored.csv");
        SplittableRandom random = new SplittableRandom(42);
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            out.write("customer_id,x0,x1,x2,x3,x4,x5,x6,x7,channel\n");
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                line.append('C').append(i);
                int group = random.nextInt(5);
                for (int j = 0; j < 8; j++) {
                    // two decimals, as amounts and scores are exported
                    line.append(',').append(Math.round((group * (j % 3) + random.nextGaussian()) * 100) / 100.0);
                }
                line.append(',').append(CHANNELS[random.nextInt(CHANNELS.length)]).append('\n');
                out.write(line.toString());
            }
        }
        options = CsvOptions.builder().idColumn("customer_id").build();
        table = Csv.read(input, options);
        model = Pipeline.builder().idColumn("customer_id").cluster(KMeans.builder().k(5).build()).seed(1).build()
                .fit(table.head(20_000));
        scorer = BatchScorer.builder(model).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(input);
        Files.deleteIfExists(output);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public int[] assignAllInMemory() {
        return model.assignAll(table);
    }

    @Benchmark
    public ScoringSummary csvToCsv() throws IOException {
        return scorer.score(input, output);
    }

    @Benchmark
    public long parseOnly() throws IOException {
        long n = 0;
        try (CsvChunks chunks = Csv.stream(input, CsvOptions.builder().idColumn("customer_id")
                .schema(model.inputSchema()).build(), BatchScorer.DEFAULT_CHUNK_ROWS)) {
            while (chunks.hasNext()) {
                n += chunks.next().rowCount();
            }
        }
        return n;
    }
}
