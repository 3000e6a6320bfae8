package io.segmentation.data;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CsvChunksTest {
    @TempDir
    Path dir;

    /** A seeded mixed file: id, two numeric columns with missing cells, a categorical one with quoted line breaks. */
    private Path mixedFile(int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder s = new StringBuilder("id,age,spend,channel\n");
        for (int i = 0; i < rows; i++) {
            String age = random.nextInt(10) == 0 ? "" : Integer.toString(random.nextInt(18, 90));
            String spend = random.nextInt(10) == 0 ? "NA" : Double.toString(random.nextDouble() * 1000);
            String channel = switch (random.nextInt(4)) {
                case 0 -> "web";
                case 1 -> "store";
                case 2 -> "\"phone,\nfax\"";
                default -> "";
            };
            s.append(String.format(Locale.ROOT, "C%d,%s,%s,%s\n", i, age, spend, channel));
        }
        Path file = dir.resolve("mixed-" + seed + ".csv");
        Files.writeString(file, s);
        return file;
    }

    private static CsvOptions options() {
        return CsvOptions.builder().idColumn("id").build();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 999, 1000, 5000})
    void chunked_reading_equals_whole_reading(int chunkRows) throws IOException {
        Path file = mixedFile(1000, 3);
        Dataset whole = Csv.read(file, options());
        int expectedFirstRow = 0;
        try (CsvChunks chunks = Csv.stream(file, options(), chunkRows)) {
            assertEquals(whole.schema(), chunks.schema());
            while (chunks.hasNext()) {
                CsvChunk chunk = chunks.next();
                assertEquals(expectedFirstRow, chunk.firstRow());
                assertTrue(chunk.rowCount() >= 1 && chunk.rowCount() <= chunkRows, "chunk of " + chunk.rowCount());
                int[] rows = new int[chunk.rowCount()];
                for (int r = 0; r < rows.length; r++) {
                    rows[r] = expectedFirstRow + r;
                }
                assertEquals(whole.rows(rows), chunk.data(), "chunkRows " + chunkRows + ", chunk " + chunk);
                assertEquals(whole.schema(), chunk.data().schema());
                expectedFirstRow += chunk.rowCount();
            }
            assertFalse(chunks.hasNext());
        }
        assertEquals(whole.rowCount(), expectedFirstRow);
    }

    @Test
    void each_row_knows_the_physical_line_it_starts_on() throws IOException {
        // Line 1 header; rows start on lines 2, 3 (spans 3-4), 5, 7 (line 6 is blank), 8.
        String text = "a,b\n1,x\n2,\"y\nz\"\n3,w\n\n4,v\n5,u\n";
        List<Long> lines = new ArrayList<>();
        List<Long> firstLines = new ArrayList<>();
        try (CsvChunks chunks = Csv.stream(new ByteArrayInputStream(text.getBytes(UTF_8)), CsvOptions.defaults(), 2)) {
            while (chunks.hasNext()) {
                CsvChunk chunk = chunks.next();
                firstLines.add(chunk.firstLine());
                for (int i = 0; i < chunk.rowCount(); i++) {
                    lines.add(chunk.line(i));
                }
            }
        }
        assertEquals(List.of(2L, 3L, 5L, 7L, 8L), lines);
        assertEquals(List.of(2L, 5L, 8L), firstLines);
    }

    @Test
    void later_chunks_are_held_to_the_types_inferred_from_the_first() throws IOException {
        Path file = dir.resolve("drift.csv");
        Files.writeString(file, "n,c\n1,a\n2,b\n3,c\nthree,d\n");
        try (CsvChunks chunks = Csv.stream(file, CsvOptions.defaults(), 2)) {
            assertEquals(ColumnType.NUMERIC, chunks.schema().columns().get(0).type());
            chunks.next();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, chunks::hasNext);
            CsvFormatException cause = assertInstanceOf(CsvFormatException.class, e.getCause());
            assertEquals(5, cause.line());
            assertEquals("n", cause.column());
            assertEquals("drift.csv line 5, column \"n\": expected a number, found \"three\" (the column was "
                    + "inferred numeric from the first chunk; give CsvOptions a schema or a type to read it otherwise)",
                    cause.getMessage());
        }
    }

    @Test
    void a_schema_fixes_the_types_of_every_chunk() throws IOException {
        Path file = dir.resolve("drift.csv");
        Files.writeString(file, "n,c\n1,a\n2,b\n3,c\nthree,d\n");
        Schema schema = new Schema(List.of(new Schema.Field("n", ColumnType.CATEGORICAL),
                new Schema.Field("c", ColumnType.CATEGORICAL)));
        List<String> values = new ArrayList<>();
        try (CsvChunks chunks = Csv.stream(file, CsvOptions.builder().schema(schema).build(), 2)) {
            assertEquals(schema, chunks.schema());
            while (chunks.hasNext()) {
                Dataset data = chunks.next().data();
                assertEquals(schema, data.schema());
                for (int i = 0; i < data.rowCount(); i++) {
                    values.add(data.categorical("n").get(i));
                }
            }
        }
        assertEquals(List.of("1", "2", "3", "three"), values);
    }

    @Test
    void a_later_categorical_chunk_may_bring_new_levels_and_an_all_missing_first_chunk_fixes_numeric()
            throws IOException {
        Path file = dir.resolve("levels.csv");
        Files.writeString(file, "c,n\nx,\ny,NA\nz,1\n");
        try (CsvChunks chunks = Csv.stream(file, CsvOptions.defaults(), 2)) {
            assertEquals(ColumnType.CATEGORICAL, chunks.schema().columns().get(0).type());
            assertEquals(ColumnType.NUMERIC, chunks.schema().columns().get(1).type());
            chunks.next();
            Dataset second = chunks.next().data();
            assertEquals(List.of("z"), second.categorical("c").levels());
            assertEquals(1.0, second.numeric("n").get(0));
        }
    }

    @Test
    void errors_in_the_header_or_first_chunk_come_from_stream_itself() throws IOException {
        Path empty = dir.resolve("header-only.csv");
        Files.writeString(empty, "a,b\n");
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> Csv.stream(empty, CsvOptions.defaults(), 10));
        assertEquals("header-only.csv line 1: the header has no data rows below it", e.getMessage());
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b\n1\n");
        assertEquals(2, assertThrows(CsvFormatException.class,
                () -> Csv.stream(ragged, CsvOptions.defaults(), 10)).line());
    }

    @Test
    void a_failed_stream_closes_its_input() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("a,a\n1,2\n".getBytes(UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThrows(CsvFormatException.class, () -> Csv.stream(in, CsvOptions.defaults(), 10));
        assertTrue(closed[0]);
    }

    @Test
    void rejects_a_chunk_size_below_one() throws IOException {
        Path file = mixedFile(3, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csv.stream(file, options(), 0));
        assertEquals("chunkRows must be >= 1 (was 0)", e.getMessage());
    }

    @Test
    void next_after_the_last_chunk_fails() throws IOException {
        try (CsvChunks chunks = Csv.stream(mixedFile(3, 1), options(), 5)) {
            assertEquals(3, chunks.next().rowCount());
            assertFalse(chunks.hasNext());
            NoSuchElementException e = assertThrows(NoSuchElementException.class, chunks::next);
            assertEquals("mixed-1.csv: no chunk left", e.getMessage());
        }
    }

    @Test
    void a_row_index_outside_the_chunk_is_rejected() throws IOException {
        try (CsvChunks chunks = Csv.stream(mixedFile(3, 1), options(), 5)) {
            CsvChunk chunk = chunks.next();
            assertThrows(IndexOutOfBoundsException.class, () -> chunk.line(3));
        }
    }

    @Test
    void skipping_bad_rows_lists_each_with_its_line_and_keeps_the_rest() throws IOException {
        // Line 1 is the header; line 3 has a malformed number, line 5 a missing field, line 6 no id.
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id,age,spend\nA,30,1.5\nB,thirty,2\nC,40,NA\nD,50\n,60,3\nE,70,4\n");
        CsvOptions options = CsvOptions.builder().idColumn("id").type("age", ColumnType.NUMERIC)
                .type("spend", ColumnType.NUMERIC).build();
        List<String> ids = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        try (CsvChunks chunks = Csv.stream(file, options, 2, BadRows.SKIP)) {
            while (chunks.hasNext()) {
                CsvChunk chunk = chunks.next();
                for (int i = 0; i < chunk.rowCount(); i++) {
                    ids.add(chunk.data().id("id").get(i));
                }
                rejected.addAll(chunk.rejected());
            }
        }
        assertEquals(List.of("A", "C", "E"), ids);
        assertEquals(3, rejected.size());
        assertEquals(3, rejected.get(0).line());
        assertEquals("age", rejected.get(0).column());
        assertEquals(5, rejected.get(1).line());
        assertEquals(null, rejected.get(1).column());
        assertTrue(rejected.get(1).problem().contains("expected 3 fields"), rejected.get(1).toString());
        assertEquals(6, rejected.get(2).line());
        assertEquals("id", rejected.get(2).column());
    }

    @Test
    void failing_on_bad_rows_names_the_first_one() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id,age\nA,30\nB,thirty\n");
        CsvOptions options = CsvOptions.builder().idColumn("id").type("age", ColumnType.NUMERIC).build();
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> Csv.stream(file, options, 10, BadRows.FAIL).close());
        assertEquals(3, e.line());
        assertEquals("age", e.column());
    }

    @Test
    void rejected_rows_count_towards_the_chunk_size_after_the_first_chunk() throws IOException {
        // 4 good rows, then 10 rows with a bad number and 5 of the wrong shape, then 2 good rows. With chunks of
        // 4: the first chunk takes the 4 good rows; after it, kept and rejected rows count together, so the
        // remaining 17 rows make chunks of 4, 4, 4, 4, 1 and none holds more than 4.
        StringBuilder text = new StringBuilder("id,age\ng1,30\ng2,40\ng3,50\ng4,60\n");
        for (int i = 0; i < 10; i++) {
            text.append("b").append(i).append(",old\n");
        }
        for (int i = 0; i < 5; i++) {
            text.append("w").append(i).append('\n');
        }
        text.append("g5,30\ng6,40\n");
        Path file = dir.resolve("bad-run.csv");
        Files.writeString(file, text);
        CsvOptions options = CsvOptions.builder().idColumn("id").type("age", ColumnType.NUMERIC).build();
        List<Integer> sizes = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        int kept = 0;
        try (CsvChunks chunks = Csv.stream(file, options, 4, BadRows.SKIP)) {
            while (chunks.hasNext()) {
                CsvChunk chunk = chunks.next();
                sizes.add(chunk.rowCount() + chunk.rejected().size());
                kept += chunk.rowCount();
                for (RejectedRow r : chunk.rejected()) {
                    lines.add(r.line());
                }
            }
        }
        assertEquals(List.of(4, 4, 4, 4, 4, 1), sizes);
        assertEquals(6, kept);
        assertEquals(15, lines.size());
        assertEquals(6L, lines.get(0));
        assertEquals(20L, lines.get(14));   // line 1 is the header, the bad rows are lines 6 to 20
    }

    @Test
    void bad_rows_at_the_start_do_not_decide_the_inferred_types() throws IOException {
        // Two malformed rows first, chunks of 2: the first chunk still reads the 2 good rows, so "channel" is
        // inferred categorical from "web" and "store" and both good rows are kept.
        Path file = dir.resolve("bad-start.csv");
        Files.writeString(file, "age,channel\nold,web,extra\nyoung\n34,web\n40,store\n");
        int kept = 0;
        int rejected = 0;
        try (CsvChunks chunks = Csv.stream(file, CsvOptions.defaults(), 2, BadRows.SKIP)) {
            assertEquals(List.of("channel"), chunks.schema().names(ColumnType.CATEGORICAL));
            assertEquals(List.of("age"), chunks.schema().names(ColumnType.NUMERIC));
            while (chunks.hasNext()) {
                CsvChunk chunk = chunks.next();
                kept += chunk.rowCount();
                rejected += chunk.rejected().size();
            }
        }
        assertEquals(2, kept);
        assertEquals(2, rejected);
    }

    @Test
    void skipped_other_columns_are_not_parsed_at_all() throws IOException {
        // zip is numeric in the first chunk and text in the second: read, it fails the stream; skipped, it is absent.
        Path file = dir.resolve("zip.csv");
        Files.writeString(file, "id,age,zip\nA,30,12345\nB,40,23456\nC,50,SW1A 1AA\n");
        CsvOptions read = CsvOptions.builder().idColumn("id").type("age", ColumnType.NUMERIC).build();
        assertThrows(UncheckedIOException.class, () -> {
            try (CsvChunks chunks = Csv.stream(file, read, 2)) {
                while (chunks.hasNext()) {
                    chunks.next();
                }
            }
        });
        CsvOptions skip = read.toBuilder().otherColumns(CsvOptions.OtherColumns.SKIP).build();
        List<String> ids = new ArrayList<>();
        try (CsvChunks chunks = Csv.stream(file, skip, 2, BadRows.SKIP)) {
            assertEquals(List.of("id", "age"), chunks.schema().names());
            while (chunks.hasNext()) {
                CsvChunk chunk = chunks.next();
                assertEquals(List.of(), chunk.rejected());
                for (int i = 0; i < chunk.rowCount(); i++) {
                    ids.add(chunk.data().id("id").get(i) + "=" + chunk.data().numeric("age").get(i));
                }
            }
        }
        assertEquals(List.of("A=30.0", "B=40.0", "C=50.0"), ids);
    }
}
