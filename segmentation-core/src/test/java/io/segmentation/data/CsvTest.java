package io.segmentation.data;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

final class CsvTest {
    @TempDir
    Path dir;

    private static CsvOptions.Builder named() {
        return CsvOptions.builder().name("t.csv");
    }

    private static Dataset read(String text) throws IOException {
        return read(text, named());
    }

    private static Dataset read(String text, CsvOptions.Builder options) throws IOException {
        return Csv.read(new ByteArrayInputStream(text.getBytes(UTF_8)), options.build());
    }

    private static Dataset read(byte[] bytes) throws IOException {
        return Csv.read(new ByteArrayInputStream(bytes), named().build());
    }

    private static CsvFormatException fails(Executable reading) {
        return assertThrows(CsvFormatException.class, reading);
    }

    private static void assertFailure(CsvFormatException e, String message, long line, String column) {
        assertEquals(message, e.getMessage());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
    }

    // ---- reading and inference

    @Test
    void reads_numeric_categorical_and_id_columns() throws IOException {
        Dataset d = read("customer_id,age,channel\nC1,34,web\nC2,51.5,store\nC3,,web\n", named().idColumn("customer_id"));
        assertEquals(List.of("customer_id", "age", "channel"), d.columnNames());
        assertEquals(3, d.rowCount());
        assertEquals(IdColumn.of("customer_id", "C1", "C2", "C3"), d.id("customer_id"));
        assertArrayEquals(new double[] {34, 51.5, Double.NaN}, d.numeric("age").toArray());
        assertEquals(CategoricalColumn.of("channel", "web", "store", "web"), d.categorical("channel"));
        assertEquals(List.of("web", "store"), d.categorical("channel").levels());
    }

    @Test
    void a_column_is_numeric_only_when_every_value_is_a_number() throws IOException {
        Dataset d = read("a,b,c,d\n1,1,1e3,1\n2,x,-Infinity,2d\n");
        assertEquals(ColumnType.NUMERIC, d.column("a").type());
        assertEquals(ColumnType.CATEGORICAL, d.column("b").type());
        assertEquals(ColumnType.NUMERIC, d.column("c").type());
        assertArrayEquals(new double[] {1000, Double.NEGATIVE_INFINITY}, d.numeric("c").toArray());
        assertEquals(ColumnType.CATEGORICAL, d.column("d").type());   // "2d" is a Java-ism, not a number
    }

    @Test
    void a_column_that_turns_out_categorical_keeps_the_exact_text_of_earlier_cells() throws IOException {
        // The first rows are parsed as numbers; "x" on row 4 turns the column categorical, and the
        // earlier cells must keep their own spelling ("1.0" and "1" are different categories).
        Dataset d = read("v\n1.0\n1\nNA\nx\n1.0\n");
        assertEquals(CategoricalColumn.of("v", "1.0", "1", null, "x", "1.0"), d.categorical("v"));
    }

    @Test
    void a_late_text_cell_replays_many_earlier_numbers_with_their_spelling() throws IOException {
        // 3,000 rows of differently spelled numbers and missing cells (past every initial buffer size),
        // then one word: the column is categorical and every cell keeps its text.
        StringBuilder text = new StringBuilder("v\n");
        String[] expected = new String[3001];
        for (int i = 0; i < 3000; i++) {
            String cell = i % 7 == 0 ? "" : i % 3 == 0 ? i + ".50" : i % 3 == 1 ? "-" + i + "e-2" : Integer.toString(i);
            text.append(cell).append('\n');
            expected[i] = cell.isEmpty() ? null : cell;
        }
        text.append("word\n");
        expected[3000] = "word";
        assertEquals(CategoricalColumn.of("v", expected), read(text.toString()).categorical("v"));
    }

    @Test
    void an_all_missing_column_is_numeric() throws IOException {
        Dataset d = read("a,b\n1,\n2,NA\n");
        assertEquals(ColumnType.NUMERIC, d.column("b").type());
        assertEquals(2, d.numeric("b").missingCount());
    }

    @Test
    void default_missing_markers_apply_to_numeric_and_categorical_columns() throws IOException {
        Dataset d = read("n,c\n,\nNA,NA\nnull,null\nNaN,NaN\n?,?\n1,x\n");
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1},
                d.numeric("n").toArray());
        assertEquals(CategoricalColumn.of("c", null, null, null, null, null, "x"), d.categorical("c"));
    }

    @Test
    void missing_markers_are_configurable_and_case_sensitive() throws IOException {
        Dataset d = read("n,c\n-,\n2,na\n", named().missingMarkers("-"));
        assertArrayEquals(new double[] {Double.NaN, 2}, d.numeric("n").toArray());
        assertEquals(CategoricalColumn.of("c", "", "na"), d.categorical("c"));   // "" is a value now
    }

    @Test
    void a_type_override_keeps_digits_as_text() throws IOException {
        Dataset d = read("zip,n\n01234,1\n98765,2\n", named().type("zip", ColumnType.CATEGORICAL));
        assertEquals(CategoricalColumn.of("zip", "01234", "98765"), d.categorical("zip"));
    }

    @Test
    void a_schema_gives_types_and_leaves_other_columns_inferred() throws IOException {
        Schema schema = new Schema(List.of(new Schema.Field("code", ColumnType.CATEGORICAL),
                new Schema.Field("id", ColumnType.ID)));
        Dataset d = read("id,code,x\n7,1,1.5\n8,2,2.5\n", named().schema(schema));
        assertEquals(ColumnType.ID, d.column("id").type());
        assertEquals(ColumnType.CATEGORICAL, d.column("code").type());
        assertEquals(ColumnType.NUMERIC, d.column("x").type());
    }

    @Test
    void detects_semicolon_and_tab_delimiters() throws IOException {
        Dataset semi = read("a;b;c\n1,5;x;2\n");
        assertEquals(List.of("a", "b", "c"), semi.columnNames());
        assertEquals("1,5", semi.categorical("a").get(0));   // a decimal comma is text, not a number
        Dataset tab = read("a\tb\n1\t2\n");
        assertArrayEquals(new double[] {2}, tab.numeric("b").toArray());
    }

    @Test
    void detection_ignores_delimiters_inside_quotes_and_prefers_a_comma_on_a_tie() throws IOException {
        Dataset quoted = read("\"a;b;c\",d\n1,2\n");     // one comma outside quotes, no semicolon
        assertEquals(List.of("a;b;c", "d"), quoted.columnNames());
        Dataset tie = read("a;b,c\n1;2,3\n");            // one of each: comma wins
        assertEquals(List.of("a;b", "c"), tie.columnNames());
        Dataset single = read("only\n1\n");
        assertEquals(List.of("only"), single.columnNames());
    }

    @Test
    void a_given_delimiter_is_used_as_it_is() throws IOException {
        Dataset d = read("a|b,c\n1|2,3\n", named().delimiter('|'));
        assertEquals(List.of("a", "b,c"), d.columnNames());
        assertEquals("2,3", d.categorical("b,c").get(0));
    }

    @Test
    void skips_a_utf8_byte_order_mark() throws IOException {
        byte[] body = "name,n\nZoë,1\n".getBytes(UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Dataset d = read(bytes);
        assertEquals(List.of("name", "n"), d.columnNames());
        assertEquals("Zoë", d.categorical("name").get(0));
    }

    @Test
    void a_reader_with_a_byte_order_mark_character_is_read_too() throws IOException {
        Dataset d = Csv.read(new StringReader("\uFEFFa\n1\n"), CsvOptions.defaults());
        assertEquals(List.of("a"), d.columnNames());
    }

    @Test
    void quoted_fields_hold_delimiters_quotes_and_line_breaks() throws IOException {
        Dataset d = read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"\"\n");
        assertEquals(CategoricalColumn.of("a", "x, y", "two\nlines"), d.categorical("a"));
        assertEquals(CategoricalColumn.of("b", "say \"hi\"", null), d.categorical("b"));
    }

    @Test
    void crlf_line_endings_and_blank_lines_are_accepted() throws IOException {
        Dataset d = read("a,b\r\n1,2\r\n\r\n3,4\r\n\n");
        assertArrayEquals(new double[] {1, 3}, d.numeric("a").toArray());
        assertArrayEquals(new double[] {2, 4}, d.numeric("b").toArray());
    }

    @Test
    void with_one_column_a_blank_line_is_a_missing_cell() throws IOException {
        Dataset d = read("a\n1\n\n3\n");
        assertArrayEquals(new double[] {1, Double.NaN, 3}, d.numeric("a").toArray());
    }

    @Test
    void a_file_without_a_final_line_break_is_read_whole() throws IOException {
        assertArrayEquals(new double[] {1, 2}, read("a\n1\n2").numeric("a").toArray());
    }

    @Test
    void reads_a_file_and_names_it_in_messages() throws IOException {
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, "id,age\nA,34\nB,thirty\n");
        assertEquals(2, Csv.read(file).rowCount());
        CsvFormatException e = fails(() -> Dataset.readCsv(file,
                CsvOptions.builder().type("age", ColumnType.NUMERIC).build()));
        assertFailure(e, "customers.csv line 3, column \"age\": expected a number, found \"thirty\"", 3, "age");
    }

    // ---- malformed input, every case with its message

    @Test
    void rejects_a_row_with_too_many_fields() {
        assertFailure(fails(() -> read("a,b\n1,2\n3,4,5\n")),
                "t.csv line 3: expected 2 fields like the header, found 3", 3, null);
    }

    @Test
    void rejects_a_row_with_too_few_fields() {
        assertFailure(fails(() -> read("a,b,c\n1,2,3\n4,5\n")),
                "t.csv line 3: expected 3 fields like the header, found 2", 3, null);
    }

    @Test
    void rejects_text_where_a_type_override_says_numeric() {
        assertFailure(fails(() -> read("id,age\nA,34\nB,thirty\n", named().type("age", ColumnType.NUMERIC))),
                "t.csv line 3, column \"age\": expected a number, found \"thirty\"", 3, "age");
    }

    @Test
    void rejects_text_where_the_schema_says_numeric() {
        Schema schema = new Schema(List.of(new Schema.Field("age", ColumnType.NUMERIC)));
        assertFailure(fails(() -> read("age\n1\n 2\n", named().schema(schema))),
                "t.csv line 3, column \"age\": expected a number, found \" 2\"", 3, "age");
    }

    @Test
    void rejects_a_duplicate_header_name() {
        assertFailure(fails(() -> read("a,b,a\n1,2,3\n")),
                "t.csv line 1, column \"a\": the header names this column twice", 1, "a");
    }

    @Test
    void rejects_an_empty_or_blank_header_name() {
        assertFailure(fails(() -> read("a,,c\n1,2,3\n")),
                "t.csv line 1: header field 2 of 3 is empty; every column needs a name", 1, null);
        assertFailure(fails(() -> read("a, \n1,2\n")),
                "t.csv line 1: header field 2 of 2 is blank; every column needs a name", 1, null);
    }

    @Test
    void rejects_an_empty_file() {
        assertFailure(fails(() -> read("")), "t.csv line 1: the file is empty; a header line is required", 1, null);
        assertFailure(fails(() -> read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})),
                "t.csv line 1: the file is empty; a header line is required", 1, null);
    }

    @Test
    void rejects_a_header_with_no_rows() {
        assertFailure(fails(() -> read("a,b\n")), "t.csv line 1: the header has no data rows below it", 1, null);
        assertFailure(fails(() -> read("a,b\n\n\n")), "t.csv line 1: the header has no data rows below it", 1, null);
    }

    @Test
    void rejects_invalid_utf8_naming_its_line() {
        byte[] bytes = "a,b\n1,x\n2,y\n".getBytes(UTF_8);
        bytes[9] = (byte) 0xFF;   // the "y" on line 3
        assertFailure(fails(() -> read(bytes)), "t.csv line 3: invalid UTF-8 (byte 0xFF)", 3, null);
    }

    @Test
    void rejects_a_truncated_utf8_sequence_at_the_end() {
        byte[] body = "a\n1\n".getBytes(UTF_8);
        byte[] bytes = Arrays.copyOf(body, body.length + 1);
        bytes[body.length] = (byte) 0xC3;   // the first byte of a two-byte sequence, then nothing
        assertFailure(fails(() -> read(bytes)), "t.csv line 3: invalid UTF-8 (byte 0xC3)", 3, null);
    }

    @Test
    void invalid_utf8_far_into_a_file_names_the_right_line() {
        // Lines of 10 bytes; the decoder works in 64 KiB blocks, so line 20,000 lies in the fourth block.
        StringBuilder s = new StringBuilder("n\n");
        for (int i = 2; i <= 30_000; i++) {
            s.append(String.format("%09d\n", i));
        }
        byte[] bytes = s.toString().getBytes(UTF_8);
        int line20000 = 2 + (20_000 - 2) * 10;
        bytes[line20000 + 4] = (byte) 0x80;   // a continuation byte with no lead byte
        assertFailure(fails(() -> read(bytes)), "t.csv line 20000: invalid UTF-8 (byte 0x80)", 20_000, null);
    }

    @Test
    void rejects_a_missing_id() {
        assertFailure(fails(() -> read("id,x\nA,1\n,2\n", named().idColumn("id"))),
                "t.csv line 3, column \"id\": expected an id, found an empty cell; every row needs an id", 3, "id");
        assertFailure(fails(() -> read("id,x\nNA,1\n", named().idColumn("id"))),
                "t.csv line 2, column \"id\": expected an id, found the missing marker \"NA\"; every row needs an id",
                2, "id");
    }

    @Test
    void rejects_a_type_override_for_a_column_that_is_not_there() {
        assertFailure(fails(() -> read("a,b\n1,2\n", named().type("zip", ColumnType.CATEGORICAL))),
                "t.csv line 1, column \"zip\": CsvOptions give this column the type CATEGORICAL, "
                        + "but the header does not have it; the header is [a, b]", 1, "zip");
    }

    @Test
    void rejects_a_file_without_a_column_the_schema_requires() {
        Schema schema = new Schema(List.of(new Schema.Field("a", ColumnType.NUMERIC),
                new Schema.Field("age", ColumnType.NUMERIC)));
        assertFailure(fails(() -> read("a,b\n1,2\n", named().schema(schema))),
                "t.csv line 1, column \"age\": the schema requires this column, but the header does not have it; "
                        + "the header is [a, b]", 1, "age");
    }

    @Test
    void rejects_an_unclosed_quote() {
        assertFailure(fails(() -> read("a,b\n1,2\n3,\"open\n4,5\n")),
                "t.csv line 3: a quoted field is not closed, or text follows its closing quote", 3, null);
        assertFailure(fails(() -> read("a,b\n1,\"x\"y\n")),
                "t.csv line 2: a quoted field is not closed, or text follows its closing quote", 2, null);
    }

    @Test
    void errors_after_quoted_line_breaks_name_the_physical_line_where_the_record_starts() {
        // Line 1 header; the record on line 2 spans lines 2-4; a blank line 5; the bad record starts on
        // line 6 and itself spans lines 6-7.
        String text = "id,note,n\nA,\"one\ntwo\nthree\",1\n\nB,\"x\ny\",2,extra\n";
        assertFailure(fails(() -> read(text)), "t.csv line 6: expected 3 fields like the header, found 4", 6, null);
        String typed = "note,n\n\"a\nb\",1\n\"c\r\nd\",two\n";
        assertFailure(fails(() -> read(typed, named().type("n", ColumnType.NUMERIC))),
                "t.csv line 4, column \"n\": expected a number, found \"two\"", 4, "n");
    }

    @Test
    void long_or_multi_line_cells_are_shortened_in_messages() {
        String cell = "y".repeat(100);
        CsvFormatException e = fails(() -> read("n\n\"a\nb\"\n", named().type("n", ColumnType.NUMERIC)));
        assertEquals("t.csv line 2, column \"n\": expected a number, found \"a\\nb\"", e.getMessage());
        CsvFormatException longer = fails(() -> read("n\n" + cell + "\n", named().type("n", ColumnType.NUMERIC)));
        assertEquals("t.csv line 2, column \"n\": expected a number, found \"" + "y".repeat(57) + "...\"",
                longer.getMessage());
    }

    // ---- writing

    @Test
    void writes_the_expected_text() throws IOException {
        Dataset d = Dataset.ofColumns(
                IdColumn.of("id", "A", "B"),
                NumericColumn.of("x", 34, 0.1),
                NumericColumn.of("y", Double.NaN, -0.0),
                CategoricalColumn.of("c", "a,b", "say \"hi\""));
        StringWriter out = new StringWriter();
        Csv.write(d, out);
        // By hand: integers without ".0", NaN empty, -0.0 keeps its sign, RFC 4180 quoting.
        assertEquals("id,x,y,c\nA,34,,\"a,b\"\nB,0.1,-0.0,\"say \"\"hi\"\"\"\n", out.toString());
    }

    @Test
    void writes_with_the_options_delimiter() throws IOException {
        Dataset d = Dataset.ofColumns(NumericColumn.of("x", 1.5), CategoricalColumn.of("c", "a;b"));
        StringWriter out = new StringWriter();
        Csv.write(d, out, CsvOptions.builder().delimiter(';').build());
        assertEquals("x;c\n1.5;\"a;b\"\n", out.toString());
        assertEquals(d, Csv.read(new StringReader(out.toString()), CsvOptions.defaults()));
    }

    @Test
    void every_double_and_awkward_text_round_trips_with_the_schema() throws IOException {
        Dataset d = Dataset.ofColumns(
                IdColumn.of("id", "a", "b", "c", "d", "e", "f"),
                NumericColumn.of("x", Double.NaN, -0.0, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
                        Double.NEGATIVE_INFINITY),
                NumericColumn.of("y", 0.1 + 0.2, 1.0 / 3, -123456789.123456789, 1e15, 4.35, 9007199254740993.0),
                CategoricalColumn.of("c", "two\nlines", " lead", "trail ", "\"quoted\"", "a,b;c\td", null),
                CategoricalColumn.of("digits", "1", "2.0", "007", "1", null, "3"),
                CategoricalColumn.of("empty", null, null, null, null, null, null));
        Path file = dir.resolve("round.csv");
        Csv.write(d, file);
        Dataset back = Csv.read(file, CsvOptions.builder().schema(d.schema()).build());
        assertEquals(d, back);
        assertEquals(d.schema(), back.schema());
    }

    @Test
    void without_a_schema_numeric_looking_and_all_missing_categories_read_back_numeric() throws IOException {
        // The documented behaviour: inference sees only the text.
        Dataset d = Dataset.ofColumns(CategoricalColumn.of("digits", "1", "2"), CategoricalColumn.of("none", null, null),
                IdColumn.of("id", "p", "q"));
        Path file = dir.resolve("types.csv");
        d.writeCsv(file);
        Dataset back = Dataset.readCsv(file);
        assertEquals(ColumnType.NUMERIC, back.column("digits").type());
        assertEquals(ColumnType.NUMERIC, back.column("none").type());
        assertEquals(ColumnType.CATEGORICAL, back.column("id").type());
    }

    @Test
    void a_category_equal_to_a_missing_marker_reads_back_missing() throws IOException {
        Dataset d = Dataset.ofColumns(CategoricalColumn.of("c", "NA", "", "x"));
        StringWriter out = new StringWriter();
        Csv.write(d, out);
        Dataset back = Csv.read(new StringReader(out.toString()),
                CsvOptions.builder().schema(d.schema()).build());
        assertEquals(CategoricalColumn.of("c", null, null, "x"), back.categorical("c"));
    }

    @Test
    void a_missing_id_is_written_empty_and_rejected_when_read_back() throws IOException {
        Dataset d = Dataset.ofColumns(IdColumn.of("id", "a", null), NumericColumn.of("x", 1, 2));
        StringWriter out = new StringWriter();
        Csv.write(d, out);
        // commons-csv quotes an empty first field, so that a one-column record is never a blank line
        assertEquals("id,x\na,1\n\"\",2\n", out.toString());
        assertFailure(fails(() -> Csv.read(new StringReader(out.toString()), named().schema(d.schema()).build())),
                "t.csv line 3, column \"id\": expected an id, found an empty cell; every row needs an id", 3, "id");
    }

    @Test
    void a_single_column_with_missing_cells_round_trips() throws IOException {
        Dataset d = Dataset.ofColumns(NumericColumn.of("x", 1, Double.NaN, 2));
        StringWriter out = new StringWriter();
        Csv.write(d, out);
        assertEquals(d, Csv.read(new StringReader(out.toString()), CsvOptions.defaults()));
    }

    @Test
    void read_write_read_of_a_file_gives_an_equal_dataset_without_options() throws IOException {
        String text = "customer_id,age,income,channel,note\n"
                + "C1,34,52000.5,web,\"likes \"\"deals\"\"\"\n"
                + "C2,,1e-3,store,NA\n"
                + "C3,71,-0.0,,\"multi\nline\"\n";
        Dataset first = read(text);
        Path file = dir.resolve("again.csv");
        Csv.write(first, file);
        Dataset second = Csv.read(file);
        assertEquals(first, second);
        assertEquals(first.schema(), second.schema());
    }

    // ---- atomic writing

    @Test
    void an_atomic_write_replaces_the_target_and_leaves_no_temporary_file() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");
        Csv.write(Dataset.ofColumns(NumericColumn.of("x", 1, 2)), file);
        assertEquals("x\n1\n2\n", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void a_failed_move_leaves_no_temporary_file() throws IOException {
        Path target = dir.resolve("busy");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "keep");   // a non-empty directory cannot be replaced
        assertThrows(IOException.class, () -> Csv.write(Dataset.ofColumns(NumericColumn.of("x", 1)), target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
        assertEquals("keep", Files.readString(target.resolve("inside")));
    }

    @Test
    void writing_to_a_stream_flushes_and_does_not_close_it() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.Writer w = new java.io.OutputStreamWriter(bytes, UTF_8);
        Csv.write(Dataset.ofColumns(CategoricalColumn.of("c", "é")), w);
        assertEquals("c\né\n", bytes.toString(UTF_8));
        w.write("more");   // still open
        w.flush();
        assertTrue(bytes.toString(UTF_8).endsWith("more"));
    }

    @Test
    void reading_a_stream_or_reader_leaves_it_open_even_on_failure() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("a,a\n1,2\n".getBytes(UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        fails(() -> Csv.read(in, CsvOptions.defaults()));
        assertFalse(closed[0]);
        Reader reader = new StringReader("a\n1\n") {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Csv.read(reader, CsvOptions.defaults());
        assertFalse(closed[0]);
    }

    @Test
    void a_failing_stream_is_an_io_exception_not_a_format_error() {
        // Serves "a,b\n1,2\n" in pieces of 2 bytes, then fails: the failure reaches the parser mid-file.
        InputStream failing = new InputStream() {
            private final byte[] data = "a,b\n1,2\n3,4\n".getBytes(UTF_8);
            private int at;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (at >= 8) {
                    throw new IOException("disk gone");
                }
                int n = Math.min(2, len);
                System.arraycopy(data, at, b, off, n);
                at += n;
                return n;
            }
        };
        IOException e = assertThrows(IOException.class, () -> Csv.read(failing, CsvOptions.defaults()));
        assertFalse(e instanceof CsvFormatException, e.toString());
        assertEquals("disk gone", e.getMessage());
    }
}
