package io.segmentation.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CsvOptionsTest {

    @Test
    void defaults_detect_the_delimiter_and_know_five_missing_markers() {
        CsvOptions o = CsvOptions.defaults();
        assertEquals(Optional.empty(), o.delimiter());
        assertEquals(List.of("", "NA", "null", "NaN", "?"), List.copyOf(o.missingMarkers()));
        assertEquals(Map.of(), o.types());
        assertEquals(Optional.empty(), o.schema());
        assertEquals(Optional.empty(), o.name());
    }

    @Test
    void id_column_is_a_type_override_and_the_last_override_wins() {
        CsvOptions o = CsvOptions.builder().idColumn("customer_id").type("zip", ColumnType.NUMERIC)
                .type("zip", ColumnType.CATEGORICAL).build();
        assertEquals(Map.of("customer_id", ColumnType.ID, "zip", ColumnType.CATEGORICAL), o.types());
    }

    @Test
    void declared_type_prefers_the_override_then_the_schema() {
        Schema schema = new Schema(List.of(new Schema.Field("a", ColumnType.CATEGORICAL),
                new Schema.Field("b", ColumnType.NUMERIC)));
        CsvOptions o = CsvOptions.builder().schema(schema).type("a", ColumnType.CATEGORICAL).idColumn("c").build();
        assertEquals(ColumnType.CATEGORICAL, o.declaredType("a"));
        assertEquals(ColumnType.NUMERIC, o.declaredType("b"));
        assertEquals(ColumnType.ID, o.declaredType("c"));
        assertEquals(null, o.declaredType("d"));
    }

    @Test
    void to_builder_changes_a_copy() {
        CsvOptions first = CsvOptions.builder().delimiter(';').missingMarkers("-").name("a.csv").build();
        CsvOptions second = first.toBuilder().detectDelimiter().idColumn("id").build();
        assertEquals(Optional.of(';'), first.delimiter());
        assertEquals(Map.of(), first.types());
        assertEquals(Optional.empty(), second.delimiter());
        assertEquals(Set.of("-"), second.missingMarkers());
        assertEquals(Optional.of("a.csv"), second.name());
        assertEquals(Map.of("id", ColumnType.ID), second.types());
        assertEquals(CsvOptions.OtherColumns.READ, second.otherColumns());
        CsvOptions skipping = second.toBuilder().otherColumns(CsvOptions.OtherColumns.SKIP).build();
        assertEquals(CsvOptions.OtherColumns.SKIP, skipping.toBuilder().build().otherColumns());
        assertEquals(CsvOptions.OtherColumns.READ, second.otherColumns());
    }

    @Test
    void collections_are_unmodifiable() {
        CsvOptions o = CsvOptions.builder().idColumn("id").build();
        assertThrows(UnsupportedOperationException.class, () -> o.types().put("x", ColumnType.NUMERIC));
        assertThrows(UnsupportedOperationException.class, () -> o.missingMarkers().add("x"));
    }

    @Test
    void rejects_a_quote_or_line_break_as_delimiter() {
        IllegalArgumentException quote = assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.builder().delimiter('"'));
        assertEquals("delimiter must not be a quote, CR or LF (was \"\"\")", quote.getMessage());
        IllegalArgumentException newline = assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.builder().delimiter('\n'));
        assertEquals("delimiter must not be a quote, CR or LF (was \"\\n\")", newline.getMessage());
    }

    @Test
    void rejects_blank_names_and_null_markers() {
        assertEquals("column must not be blank (was \" \")", assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.builder().type(" ", ColumnType.NUMERIC)).getMessage());
        assertEquals("name must not be blank (was \"\")", assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.builder().name("")).getMessage());
        assertEquals("missing marker 1", assertThrows(NullPointerException.class,
                () -> CsvOptions.builder().missingMarkers("NA", null)).getMessage());
        assertEquals("type", assertThrows(NullPointerException.class,
                () -> CsvOptions.builder().type("a", null)).getMessage());
    }

    @Test
    void build_lists_every_inconsistency() {
        Schema schema = new Schema(List.of(new Schema.Field("age", ColumnType.NUMERIC)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CsvOptions.builder()
                .schema(schema).type("age", ColumnType.CATEGORICAL).delimiter(';').missingMarkers("", "n;a").build());
        assertEquals("CsvOptions are inconsistent:\n"
                + "  - type(\"age\", CATEGORICAL) contradicts the schema, which says NUMERIC\n"
                + "  - missing marker \"n;a\" contains the delimiter \";\"", e.getMessage());
    }

    @Test
    void an_empty_marker_set_is_allowed() {
        assertTrue(CsvOptions.builder().missingMarkers().build().missingMarkers().isEmpty());
    }
}
