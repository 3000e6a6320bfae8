package io.segmentation.bench;

import io.segmentation.data.Csv;
import io.segmentation.data.CsvChunks;
import io.segmentation.data.CsvOptions;
import io.segmentation.data.Dataset;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 * Reading a CSV of customers: 20 mixed columns (an id, 14 numeric with about 5% missing, 5 categorical)
 * into a typed {@link Dataset}, whole or in chunks, next to commons-csv alone splitting the same file
 * into string records (the floor under our parsing, typing and checking).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CsvReadBenchmark {
    private static final String[] CHANNELS = {"web", "store", "app", "phone"};
    private static final String[] REGIONS = {"north", "south", "east", "west", "centre, old town"};

    @Param({"10000", "100000"})
    int rows;

    /**
     * "mixed": a third of the numeric columns hold full-precision doubles (17 significant digits, as
     * {@code Double.toString} writes them), the rest integers and 2-decimal amounts; "short": no
     * full-precision doubles (every number takes the allocation-free path of our parser).
     */
    @Param({"mixed"})
    String numbers;

    Path dir;
    Path file;
    CsvOptions options;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("csv-bench");
        file = dir.resolve("customers.csv");
        options = CsvOptions.builder().idColumn("customer_id").build();
        SplittableRandom random = new SplittableRandom(42);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("customer_id");
            for (int j = 0; j < 14; j++) {
                header.append(",x").append(j);
            }
            header.append(",channel,region,segment,flag,city\n");
            out.write(header.toString());
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                line.append("C").append(i);
                for (int j = 0; j < 14; j++) {
                    line.append(',');
                    if (random.nextInt(20) != 0) {
                        // integers, short decimals and full doubles, as real exports mix them
                        switch (j % 3) {
                            case 0 -> line.append(random.nextInt(100));
                            case 1 -> line.append(String.format(Locale.ROOT, "%.2f", random.nextDouble() * 1000));
                            default -> {
                                double g = random.nextGaussian();
                                if (numbers.equals("short")) {
                                    line.append(String.format(Locale.ROOT, "%.4f", g));
                                } else {
                                    line.append(g);
                                }
                            }
                        }
                    }
                }
                line.append(',').append(CHANNELS[random.nextInt(CHANNELS.length)]);
                String region = REGIONS[random.nextInt(REGIONS.length)];
                line.append(',').append(region.indexOf(',') >= 0 ? "\"" + region + "\"" : region);
                line.append(",s").append(random.nextInt(7));
                line.append(',').append(random.nextBoolean() ? "yes" : "no");
                line.append(",city").append(random.nextInt(500)).append('\n');
                out.write(line.toString());
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public Dataset readWhole() throws IOException {
        return Csv.read(file, options);
    }

    @Benchmark
    public long streamChunksOf10000() throws IOException {
        long n = 0;
        try (CsvChunks chunks = Csv.stream(file, options, 10_000)) {
            while (chunks.hasNext()) {
                n += chunks.next().rowCount();
            }
        }
        return n;
    }

    @Benchmark
    public long commonsCsvRecordsOnly() throws IOException {
        long fields = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                fields += record.size();
            }
        }
        return fields;
    }
}
