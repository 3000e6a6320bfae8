package io.segmentation.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DatasetTest {
    private record Customer(String id, double age, String channel) {
    }

    private static Dataset sample() {
        return Dataset.ofColumns(
                IdColumn.of("id", "A", "B", "C", "D"),
                NumericColumn.of("age", 34, Double.NaN, 51, 18),
                CategoricalColumn.of("channel", "web", "store", null, "web"));
    }

    @Test
    void of_rows_builds_numeric_columns_and_does_not_keep_the_callers_array() {
        double[][] rows = {{1, 2}, {3, Double.NaN}};
        Dataset d = Dataset.of(rows, "x", "y");
        rows[0][0] = 99;
        assertArrayEquals(new double[] {1, 3}, d.numeric("x").toArray());
        assertEquals(1, d.numeric("y").missingCount());
        assertEquals(new Schema(List.of(new Schema.Field("x", ColumnType.NUMERIC),
                new Schema.Field("y", ColumnType.NUMERIC))), d.schema());
    }

    @Test
    void of_rows_rejects_a_ragged_row() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new double[][] {{1, 2}, {3}}, "x", "y"));
        assertEquals("rows[1] has 1 values, expected 2 (one per name)", e.getMessage());
    }

    @Test
    void the_mapping_builder_makes_one_row_per_object() {
        List<Customer> customers = List.of(new Customer("a", 30, "web"), new Customer(null, Double.NaN, null));
        Dataset d = Dataset.of(customers)
                .id("customer_id", Customer::id)
                .numeric("age", Customer::age)
                .categorical("channel", Customer::channel)
                .build();
        assertEquals(List.of("customer_id", "age", "channel"), d.columnNames());
        assertEquals(IdColumn.of("customer_id", "a", null), d.id("customer_id"));
        assertArrayEquals(new double[] {30, Double.NaN}, d.numeric("age").toArray());
        assertEquals(CategoricalColumn.of("channel", "web", null), d.categorical("channel"));
    }

    @Test
    void the_mapping_builder_rejects_a_repeated_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dataset.of(List.of(1, 2))
                .numeric("x", i -> i).numeric("x", i -> 2 * i).build());
        assertEquals("column name \"x\" appears twice", e.getMessage());
    }

    @Test
    void of_columns_rejects_unequal_lengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.ofColumns(NumericColumn.of("a", 1, 2), NumericColumn.of("b", 1)));
        assertEquals("column \"b\" has 1 rows, expected 2", e.getMessage());
    }

    @Test
    void select_and_drop_share_columns_in_the_asked_order() {
        Dataset d = sample();
        Dataset picked = d.select("channel", "age");
        assertEquals(List.of("channel", "age"), picked.columnNames());
        assertSame(d.column("age"), picked.column("age"));
        Dataset dropped = d.drop("id");
        assertEquals(List.of("age", "channel"), dropped.columnNames());
        assertSame(d.column("channel"), dropped.column("channel"));
    }

    @Test
    void unknown_columns_are_named_in_the_error() {
        Dataset d = sample();
        assertEquals("no column \"income\"; the columns are [id, age, channel]",
                assertThrows(IllegalArgumentException.class, () -> d.select("income")).getMessage());
        assertEquals("no column \"income\"; the columns are [id, age, channel]",
                assertThrows(IllegalArgumentException.class, () -> d.drop("income")).getMessage());
        assertEquals("column \"channel\" is categorical, not numeric",
                assertThrows(IllegalArgumentException.class, () -> d.numeric("channel")).getMessage());
        assertEquals("column \"age\" is numeric, not id",
                assertThrows(IllegalArgumentException.class, () -> d.id("age")).getMessage());
    }

    @Test
    void filter_keeps_matching_rows_in_order() {
        Dataset d = sample();
        Dataset adults = d.filter(i -> d.numeric("age").get(i) >= 30);   // NaN >= 30 is false
        assertEquals(IdColumn.of("id", "A", "C"), adults.id("id"));
        assertEquals(CategoricalColumn.of("channel", "web", null), adults.categorical("channel"));
        assertEquals(4, d.rowCount());   // the original is unchanged
    }

    @Test
    void rows_picks_repeats_and_checks_indices() {
        Dataset d = sample();
        int[] rows = {3, 0, 3};
        Dataset picked = d.rows(rows);
        assertArrayEquals(new int[] {3, 0, 3}, rows);
        assertArrayEquals(new double[] {18, 34, 18}, picked.numeric("age").toArray());
        assertEquals("rows[1] must be in [0, 4) (was 4)", assertThrows(IllegalArgumentException.class,
                () -> d.rows(new int[] {0, 4})).getMessage());
    }

    @Test
    void head_takes_at_most_the_rows_there_are() {
        assertEquals(2, sample().head(2).rowCount());
        assertEquals(4, sample().head(10).rowCount());
        assertEquals("count must be >= 0 (was -1)",
                assertThrows(IllegalArgumentException.class, () -> sample().head(-1)).getMessage());
    }

    @Test
    void with_column_appends_or_replaces_by_name() {
        Dataset d = sample();
        Dataset added = d.withColumn(NumericColumn.of("spend", 1, 2, 3, 4));
        assertEquals(List.of("id", "age", "channel", "spend"), added.columnNames());
        Dataset replaced = d.withColumn(NumericColumn.of("age", 1, 2, 3, 4));
        assertEquals(List.of("id", "age", "channel"), replaced.columnNames());
        assertArrayEquals(new double[] {1, 2, 3, 4}, replaced.numeric("age").toArray());
        assertArrayEquals(new double[] {34, Double.NaN, 51, 18}, d.numeric("age").toArray());
        assertThrows(IllegalArgumentException.class, () -> d.withColumn(NumericColumn.of("short", 1)));
    }

    @Test
    void row_is_a_map_in_column_order_with_null_for_missing() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", "B");
        expected.put("age", null);
        expected.put("channel", "store");
        Map<String, Object> row = sample().row(1);
        assertEquals(expected, row);
        assertEquals(List.of("id", "age", "channel"), List.copyOf(row.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> row.put("x", 1));
        assertThrows(IndexOutOfBoundsException.class, () -> sample().row(4));
    }

    @Test
    void equality_compares_contents() {
        assertEquals(sample(), sample());
        assertEquals(sample().hashCode(), sample().hashCode());
        assertNotEquals(sample(), sample().head(3));
        assertTrue(sample().has("age"));
        assertFalse(sample().has("income"));
    }

    @Test
    void csv_delegates_round_trip(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.csv");
        Dataset d = sample();
        d.writeCsv(file);
        Dataset back = Dataset.readCsv(file, CsvOptions.builder().schema(d.schema()).build());
        assertEquals(d, back);
        assertEquals(Arrays.asList("id", "age", "channel"), Dataset.readCsv(file).columnNames());
    }
}
