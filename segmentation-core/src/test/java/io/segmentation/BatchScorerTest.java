package io.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.BadRows;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.ColumnType;
import io.segmentation.data.CsvFormatException;
import io.segmentation.data.CsvOptions;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.preprocess.Encode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BatchScorerTest {
    private static final Dataset CUSTOMERS = SyntheticCustomers.builder().n(3_000).seed(4).build().generate();
    private static final SegmentationModel MODEL = Pipeline.builder().idColumn("customer_id")
            .cluster(KMeans.builder().k(3).build()).seed(6).build().fit(CUSTOMERS);
    /** A small model on id, a, b and a categorical c whose unseen levels the encoder rejects. */
    private static final SegmentationModel SMALL = smallModel();

    @TempDir
    Path dir;

    private static SegmentationModel smallModel() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 400;
        String[] id = new String[n];
        double[] a = new double[n];
        double[] b = new double[n];
        String[] c = new String[n];
        for (int i = 0; i < n; i++) {
            boolean high = i % 2 == 0;
            id[i] = "t" + i;
            a[i] = (high ? 5 : 0) + random.nextDouble();
            b[i] = (high ? 5 : 0) + random.nextDouble();
            c[i] = random.nextBoolean() ? "x" : "y";
        }
        Dataset data = Dataset.ofColumns(IdColumn.of("id", id), NumericColumn.wrap("a", a), NumericColumn.wrap("b", b),
                CategoricalColumn.of("c", c));
        return Pipeline.builder().idColumn("id").encode(Encode.oneHot().unseen(Encode.Unseen.ERROR))
                .cluster(KMeans.builder().k(2).build()).seed(1).build().fit(data);
    }

    /** Line 3 has a malformed number, line 5 too few fields, line 6 a level the model rejects. */
    private Path badFile() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id,a,b,c\nr1,0.1,0.2,x\nr2,abc,0.3,y\nr3,5.0,5.1,x\nr4,1.0\nr6,0.5,0.5,zzz\n"
                + "r5,5.2,4.9,y\n");
        return file;
    }

    @Test
    void the_scored_csv_equals_assign_all_on_the_same_rows() throws IOException {
        Path input = dir.resolve("customers.csv");
        CUSTOMERS.writeCsv(input);
        Path output = dir.resolve("scored.csv");
        // 700-row chunks over 3,000 rows: five chunks, the last one short.
        ScoringSummary summary = BatchScorer.builder(MODEL).chunkRows(700).threads(2)
                .extra(BatchScorer.Extra.DISTANCES).build().score(input, output);

        Dataset inputBack = Dataset.readCsv(input, CsvOptions.builder().schema(MODEL.inputSchema()).build());
        int[] expected = MODEL.assignAll(inputBack);
        Dataset scored = Dataset.readCsv(output, CsvOptions.builder().idColumn("customer_id").build());
        assertEquals(List.of("customer_id", "segment", "segment_name", "distance_0", "distance_1", "distance_2"),
                scored.columnNames());
        assertEquals(CUSTOMERS.column("customer_id"), scored.column("customer_id"));
        double[] segments = scored.numeric("segment").toArray();
        long[] counts = new long[3];
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], (int) segments[i], "row " + i);
            assertEquals(MODEL.segment(expected[i]).name(), scored.categorical("segment_name").get(i));
            counts[expected[i]]++;
        }
        for (int i = 0; i < expected.length; i += 97) {
            double[] distances = MODEL.assign(inputBack, i).distances();
            for (int c = 0; c < 3; c++) {
                assertEquals(distances[c], scored.numeric("distance_" + c).get(i), 0.0, "row " + i);
            }
        }
        assertEquals(3_000, summary.rowsScored());
        assertEquals(0, summary.rowsRejected());
        assertArrayEquals(counts, summary.segmentCounts());
        assertEquals(output, summary.output());
    }

    @Test
    void a_mixture_writes_the_probabilities_of_assign() throws IOException {
        Dataset few = CUSTOMERS.head(500);
        SegmentationModel mixture = Pipeline.builder().idColumn("customer_id")
                .cluster(GaussianMixture.builder().k(2).covariance(GaussianMixture.Covariance.DIAGONAL).build())
                .seed(2).build().fit(few);
        Path input = dir.resolve("few.csv");
        few.writeCsv(input);
        Path output = dir.resolve("p.csv");
        BatchScorer.builder(mixture).extra(BatchScorer.Extra.PROBABILITIES).build().score(input, output);
        Dataset back = Dataset.readCsv(input, CsvOptions.builder().schema(mixture.inputSchema()).build());
        Dataset scored = Dataset.readCsv(output);
        for (int i = 0; i < 500; i += 37) {
            double[] p = mixture.assign(back, i).probabilities();
            assertEquals(p[0], scored.numeric("probability_0").get(i), 0.0, "row " + i);
            assertEquals(p[1], scored.numeric("probability_1").get(i), 0.0, "row " + i);
        }
    }

    @Test
    void under_fail_the_first_bad_row_stops_the_run_and_nothing_is_written() throws IOException {
        Path output = dir.resolve("out.csv");
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> BatchScorer.builder(SMALL).build().score(badFile(), output));
        assertEquals(3, e.line());
        assertEquals("a", e.column());
        assertThat(e.getMessage()).startsWith("bad.csv line 3, column \"a\": expected a number, found \"abc\"");
        assertFalse(Files.exists(output));
    }

    @Test
    void under_fail_a_value_the_model_rejects_is_named_by_its_line() throws IOException {
        Path file = dir.resolve("unseen.csv");
        Files.writeString(file, "id,a,b,c\nr1,0.1,0.2,x\nr2,0.5,0.5,zzz\n");
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> BatchScorer.builder(SMALL).build().score(file, dir.resolve("out.csv")));
        assertEquals(3, e.line());
        assertThat(e.getMessage()).contains("the model cannot score this row").contains("zzz");
    }

    @Test
    void under_skip_bad_rows_go_to_the_rejects_file_with_line_and_reason() throws IOException {
        Path output = dir.resolve("out.csv");
        Path rejects = dir.resolve("rejects.csv");
        ScoringSummary summary = BatchScorer.builder(SMALL).badRows(BadRows.SKIP).rejectsFile(rejects).chunkRows(2)
                .build().score(badFile(), output);

        Dataset scored = Dataset.readCsv(output, CsvOptions.builder().idColumn("id").build());
        assertEquals(List.of("r1", "r3", "r5"), List.of(scored.id("id").get(0), scored.id("id").get(1),
                scored.id("id").get(2)));
        assertEquals(3, scored.rowCount());
        assertEquals("line,column,problem", Files.readAllLines(rejects).get(0));
        Dataset rejected = Dataset.readCsv(rejects, CsvOptions.builder().type("column", ColumnType.CATEGORICAL)
                .build());
        assertArrayEquals(new double[] {3, 5, 6}, rejected.numeric("line").toArray());
        assertEquals("a", rejected.categorical("column").get(0));
        assertEquals(null, rejected.categorical("column").get(1));
        assertEquals("expected a number, found \"abc\"", rejected.categorical("problem").get(0));
        assertEquals("expected 4 fields like the header, found 2", rejected.categorical("problem").get(1));
        assertThat(rejected.categorical("problem").get(2)).startsWith("the model cannot score this row")
                .contains("zzz");
        assertEquals(3, summary.rowsScored());
        assertEquals(3, summary.rowsRejected());
        assertEquals(3, summary.segmentCount(0) + summary.segmentCount(1));
        assertEquals(rejects, summary.rejects().orElseThrow());
    }

    @Test
    void without_an_id_column_rows_are_named_by_their_line() throws IOException {
        Path output = dir.resolve("out.csv");
        BatchScorer.builder(SMALL).lineNumbers().badRows(BadRows.SKIP).rejectsFile(dir.resolve("r.csv")).build()
                .score(badFile(), output);
        List<String> lines = Files.readAllLines(output);
        assertEquals("line,segment,segment_name", lines.get(0));
        assertThat(lines.get(1)).startsWith("2,");
        assertThat(lines.get(2)).startsWith("4,");
        assertThat(lines.get(3)).startsWith("7,");
    }

    @Test
    void a_column_the_model_needs_missing_from_the_header_fails_at_once() throws IOException {
        Path file = dir.resolve("nob.csv");
        Files.writeString(file, "id,a,c\nr1,0.1,x\n");
        assertThatThrownBy(() -> BatchScorer.builder(SMALL).badRows(BadRows.SKIP).rejectsFile(dir.resolve("r.csv"))
                .build().score(file, dir.resolve("out.csv")))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("column \"b\"")
                .hasMessageContaining("the header does not have it");
    }

    @Test
    void columns_the_model_does_not_use_are_not_parsed() throws IOException {
        // zip looks numeric in the first chunk and is text in the second; id (unused under lineNumbers) likewise.
        // Before, the types inferred from chunk 1 were enforced on chunk 2: FAIL stopped, SKIP rejected good rows.
        Path file = dir.resolve("zip.csv");
        Files.writeString(file, "id,a,b,c,zip\n1,0.1,0.2,x,12345\n2,5.0,5.1,y,23456\nr3,0.3,0.1,x,SW1A 1AA\n"
                + "r4,5.2,4.9,y,EC1A\n");
        Path output = dir.resolve("out.csv");
        ScoringSummary fail = BatchScorer.builder(SMALL).idColumn("zip").chunkRows(2).build().score(file, output);
        assertEquals(4, fail.rowsScored());
        assertEquals(List.of("zip", "12345", "23456", "SW1A 1AA", "EC1A"), firstFields(output));
        Path rejects = dir.resolve("rejects.csv");
        ScoringSummary skip = BatchScorer.builder(SMALL).lineNumbers().chunkRows(2).badRows(BadRows.SKIP)
                .rejectsFile(rejects).build().score(file, output);
        assertEquals(4, skip.rowsScored());
        assertEquals(0, skip.rowsRejected());
        assertEquals(List.of("line,column,problem"), Files.readAllLines(rejects));
        assertEquals(List.of("line", "2", "3", "4", "5"), firstFields(output));
    }

    private static List<String> firstFields(Path file) throws IOException {
        List<String> first = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            first.add(line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.split(",", -1)[0]);
        }
        return first;
    }

    @Test
    void build_lists_every_inconsistent_setting() {
        assertThatThrownBy(() -> BatchScorer.builder(MODEL).badRows(BadRows.SKIP)
                .extra(BatchScorer.Extra.PROBABILITIES).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("badRows(SKIP) needs rejectsFile(...)")
                .hasMessageContaining("extra(PROBABILITIES) needs a Gaussian mixture model (the model is kmeans)");
        assertThatThrownBy(() -> BatchScorer.builder(MODEL).rejectsFile(Path.of("r.csv")).build())
                .hasMessageContaining("only written under badRows(SKIP)");
        assertThatThrownBy(() -> BatchScorer.builder(MODEL).chunkRows(0)).hasMessage("chunkRows must be >= 1 (was 0)");
    }

    @Test
    void a_file_larger_than_the_heap_is_scored_in_bounded_memory() throws Exception {
        // 400,000 rows of an id and four numbers, about 36 MB of text. Loaded whole it would need 12.8 MB of
        // doubles plus 400,000 id strings (about 56 bytes each with their arrays, 22 MB): more than the child's
        // 32 MB heap, which must also hold the JVM's own classes.
        int n = 400_000;
        SplittableRandom random = new SplittableRandom(9);
        double[][] rows = new double[2_000][];
        for (int i = 0; i < rows.length; i++) {
            double o = i % 2 == 0 ? 0 : 4;
            rows[i] = new double[] {o + random.nextDouble(), o + random.nextDouble(), random.nextDouble(),
                    random.nextDouble()};
        }
        SegmentationModel model = Pipeline.builder().cluster(KMeans.builder().k(2).build()).seed(1).build()
                .fit(Dataset.of(rows, "a", "b", "c", "d"));
        Path modelFile = dir.resolve("model.json");
        model.save(modelFile);
        Path input = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(input)) {
            out.write("customer,a,b,c,d\n");
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < n; i++) {
                line.setLength(0);
                line.append("customer-").append(i);
                for (int j = 0; j < 4; j++) {
                    line.append(',').append(4 * random.nextDouble());
                }
                out.append(line).append('\n');
            }
        }
        assertThat(Files.size(input)).isGreaterThan(32L << 20);
        Path output = dir.resolve("scored.csv");
        Path log = dir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                BatchScorerChild.class.getName(), modelFile.toString(), input.toString(), output.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child JVM ends within 120 s").isTrue();
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);   // never leave a JVM behind a failed test
            }
        }
        assertEquals(0, child.exitValue(), () -> readQuietly(log));
        try (Stream<String> lines = Files.lines(output)) {
            assertEquals(n + 1L, lines.count());
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
