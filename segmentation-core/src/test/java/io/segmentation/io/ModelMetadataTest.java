package io.segmentation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segmentation.data.ColumnType;
import io.segmentation.data.Dataset;
import io.segmentation.data.Schema;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ModelMetadataTest {
    private static final String FINGERPRINT = "ab".repeat(32);

    private static ModelMetadata sample() {
        return ModelMetadata.builder()
                .trainingData(new Schema(List.of(new Schema.Field("id", ColumnType.ID),
                        new Schema.Field("age", ColumnType.NUMERIC))), 10, FINGERPRINT)
                .seed(7)
                .createdAt(Instant.parse("2026-02-03T04:05:06.789Z"))
                .libraryVersion("1.2.3")
                .platform(new ModelMetadata.Platform("17", "vendor", "os", "arch"))
                .build();
    }

    /** Reads back what toState wrote, after a round trip through JSON text. */
    private static ModelMetadata roundTrip(ModelMetadata m) {
        JsonObject parsed = JsonParser.parseString(m.toState().toString()).getAsJsonObject();
        return ModelMetadata.read(new StateReader(parsed));
    }

    private static String failure(JsonObject state) {
        return assertThrows(IllegalArgumentException.class, () -> ModelMetadata.read(new StateReader(state)))
                .getMessage();
    }

    @Test
    void round_trips_through_its_state() {
        ModelMetadata m = sample().toBuilder().threads(4).description("weekly refit · ünïcode").build();
        assertEquals(m, roundTrip(m));
        assertEquals(m.hashCode(), roundTrip(m).hashCode());
    }

    @Test
    void seeds_at_the_ends_of_the_long_range_read_back_exactly() {
        // 2^63 - 1 is not a double: a read through double would give 2^63 and fail or round.
        for (long seed : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, -1}) {
            ModelMetadata m = sample().toBuilder().seed(seed).build();
            assertEquals(seed, roundTrip(m).seed());
        }
    }

    @Test
    void threads_are_written_only_when_recorded() {
        assertFalse(sample().toState().has("threads"));
        assertTrue(roundTrip(sample()).threads().isEmpty());
        assertEquals(3, roundTrip(sample().toBuilder().threads(3).build()).threads().getAsInt());
    }

    @Test
    void created_at_is_iso_8601_utc() {
        assertEquals("2026-02-03T04:05:06.789Z", sample().toState().get("createdAt").getAsString());
    }

    @Test
    void defaults_record_this_library_platform_and_format() {
        Dataset data = Dataset.of(new double[][] {{1, 2}, {3, 4}}, "a", "b");
        Instant before = Instant.now().minusSeconds(1);
        ModelMetadata m = ModelMetadata.builder().trainingData(data).seed(1).build();
        assertEquals(ModelFile.FORMAT_VERSION, m.formatVersion());
        assertEquals(Version.library(), m.libraryVersion());
        assertEquals(ModelMetadata.Platform.current(), m.platform());
        assertEquals(System.getProperty("java.version"), m.platform().javaVersion());
        assertTrue(!m.createdAt().isBefore(before) && !m.createdAt().isAfter(Instant.now()));
        assertEquals(data.schema(), m.schema());
        assertEquals(2, m.trainingRows());
        assertEquals(DatasetFingerprint.of(data), m.trainingFingerprint());
        assertEquals("", m.description());
    }

    @Test
    void build_lists_every_missing_field_at_once() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelMetadata.builder().build());
        assertEquals("ModelMetadata is incomplete:\n  - trainingData(...) was not called\n  - seed(...) was not called",
                e.getMessage());
    }

    @Test
    void setters_reject_bad_values_by_name() {
        ModelMetadata.Builder b = ModelMetadata.builder();
        assertEquals("threads must be >= 1 (was 0)",
                assertThrows(IllegalArgumentException.class, () -> b.threads(0)).getMessage());
        Schema schema = new Schema(List.of());
        assertEquals("rows must be >= 0 (was -1)", assertThrows(IllegalArgumentException.class,
                () -> b.trainingData(schema, -1, FINGERPRINT)).getMessage());
        assertEquals("fingerprint must be 64 lowercase hexadecimal digits (was \"ABC\")",
                assertThrows(IllegalArgumentException.class, () -> b.trainingData(schema, 1, "ABC")).getMessage());
        Schema twice = new Schema(List.of(new Schema.Field("a", ColumnType.NUMERIC),
                new Schema.Field("a", ColumnType.ID)));
        assertEquals("schema must not repeat a column (was \"a\" twice)", assertThrows(
                IllegalArgumentException.class, () -> b.trainingData(twice, 1, FINGERPRINT)).getMessage());
        assertEquals("libraryVersion must not be blank (was \" \")",
                assertThrows(IllegalArgumentException.class, () -> b.libraryVersion(" ")).getMessage());
    }

    @Test
    void reading_names_the_path_of_a_bad_time() {
        JsonObject state = sample().toState();
        state.addProperty("createdAt", "yesterday");
        assertEquals("$.createdAt: expected an ISO-8601 UTC time such as 2026-01-31T12:00:00Z, found \"yesterday\"",
                failure(state));
    }

    @Test
    void reading_names_the_path_of_a_bad_fingerprint_or_row_count() {
        JsonObject state = sample().toState();
        state.getAsJsonObject("trainingData").addProperty("fingerprint", "xyz");
        assertEquals("$.trainingData.fingerprint: expected 64 lowercase hexadecimal digits, found \"xyz\"",
                failure(state));
        state = sample().toState();
        state.getAsJsonObject("trainingData").addProperty("rows", -3);
        assertEquals("$.trainingData.rows: expected an integer in [0, 2147483647], found -3", failure(state));
    }

    @Test
    void reading_refuses_a_repeated_column_and_an_unknown_type() {
        JsonObject state = sample().toState();
        JsonArray schema = state.getAsJsonArray("schema");
        schema.get(1).getAsJsonObject().addProperty("name", "id");
        assertEquals("$.schema[1].name: duplicate column name \"id\"", failure(state));
        state = sample().toState();
        state.getAsJsonArray("schema").get(0).getAsJsonObject().addProperty("type", "DATE");
        assertEquals("$.schema[0].type: expected one of [NUMERIC, CATEGORICAL, ID], found \"DATE\"", failure(state));
    }

    @Test
    void reading_refuses_unknown_fields_inside_its_objects() {
        JsonObject state = sample().toState();
        state.getAsJsonObject("platform").addProperty("cpu", "fast");
        assertEquals("$.platform.cpu: unknown field, expected only [javaVersion, javaVendor, os, arch]",
                failure(state));
    }

    @Test
    void reading_refuses_a_seed_that_is_not_an_integer() {
        JsonObject state = sample().toState();
        state.addProperty("seed", 1.5);
        assertEquals("$.seed: expected an integer in [-9223372036854775808, 9223372036854775807], found 1.5",
                failure(state));
        state.addProperty("seed", new java.math.BigInteger("9223372036854775808")); // 2^63
        assertEquals("$.seed: expected an integer in [-9223372036854775808, 9223372036854775807], "
                + "found 9223372036854775808", failure(state));
        state.remove("seed");
        assertEquals("$.seed: missing", failure(state));
    }

    @Test
    void reading_refuses_a_format_version_outside_what_this_library_knows() {
        JsonObject state = sample().toState();
        state.addProperty("formatVersion", ModelFile.FORMAT_VERSION + 1);
        assertEquals("$.formatVersion: expected an integer in [1, " + ModelFile.FORMAT_VERSION + "], found "
                + (ModelFile.FORMAT_VERSION + 1), failure(state));
    }
}
