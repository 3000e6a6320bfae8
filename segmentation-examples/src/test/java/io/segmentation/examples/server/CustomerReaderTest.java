package io.segmentation.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmentation.data.ColumnType;
import io.segmentation.data.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class CustomerReaderTest {
    private static final Schema SCHEMA = new Schema(List.of(new Schema.Field("id", ColumnType.ID),
            new Schema.Field("age", ColumnType.NUMERIC), new Schema.Field("channel", ColumnType.CATEGORICAL)));
    private static final CustomerReader STRICT = new CustomerReader(SCHEMA, UnknownFields.REJECT);
    private static final CustomerReader LENIENT = new CustomerReader(SCHEMA, UnknownFields.IGNORE);

    private static RequestException rejected(CustomerReader reader, String body) {
        try {
            reader.read(body);
        } catch (RequestException e) {
            return e;
        }
        throw new AssertionError("accepted " + body);
    }

    @Test
    void one_object_is_one_customer_with_typed_values() {
        CustomerReader.Customers c = STRICT.read("{\"id\": \"c-7\", \"age\": 34.5, \"channel\": \"web\"}");
        assertFalse(c.batch());
        assertEquals(List.of(Map.of("id", "c-7", "age", 34.5, "channel", "web")), c.rows());
    }

    @Test
    void an_array_is_a_batch_in_order() {
        CustomerReader.Customers c = STRICT.read("[{\"age\": 1}, {\"age\": 2}, {}]");
        assertTrue(c.batch());
        assertEquals(List.of(Map.of("age", 1.0), Map.of("age", 2.0), Map.of()), c.rows());
    }

    @Test
    void null_is_kept_as_a_missing_value_and_absent_fields_are_absent() {
        Map<String, Object> expected = new HashMap<>();
        expected.put("age", null);
        assertEquals(List.of(expected), STRICT.read("{\"age\": null}").rows());
    }

    @Test
    void a_numeric_id_is_kept_as_its_text() {
        assertEquals("00123", STRICT.read("{\"id\": \"00123\"}").rows().get(0).get("id"));
        assertEquals("123", STRICT.read("{\"id\": 123}").rows().get(0).get("id"));
        assertEquals("$.id: expected a string, a number or null, found false",
                rejected(STRICT, "{\"id\": false}").getMessage());
    }

    @Test
    void errors_name_the_path_and_the_field_and_are_400() {
        RequestException e = rejected(STRICT, "[{}, {\"channel\": 2.5}]");
        assertEquals(400, e.status());
        assertEquals("$[1].channel: expected a string or null, found the number 2.5", e.getMessage());
        assertEquals("channel", e.field());
        assertEquals("$.age: expected a number or null, found an object", rejected(STRICT, "{\"age\": {}}").getMessage());
        String longText = "x".repeat(100);
        assertEquals("$.age: expected a number or null, found a string \"" + "x".repeat(40) + "...\"",
                rejected(STRICT, "{\"age\": \"" + longText + "\"}").getMessage());
    }

    @Test
    void unknown_fields_are_rejected_or_skipped_whole() {
        RequestException e = rejected(STRICT, "{\"segment\": 3}");
        assertThat(e.getMessage()).startsWith("$.segment: not an input column of the model");
        assertEquals("segment", e.field());
        assertEquals(List.of(Map.of("age", 5.0)),
                LENIENT.read("{\"extra\": {\"a\": [1, {\"b\": null}]}, \"age\": 5}").rows());
    }

    @Test
    void malformed_json_is_400_without_gson_advice() {
        for (String body : new String[] {"{", "{\"age\": }", "{\"age\": 1,}", "[{}", "{'age': 1}", "{\"age\": -Infinity}",
                "{\"age\": 1} x", "nul"}) {
            RequestException e = rejected(STRICT, body);
            assertEquals(400, e.status());
            assertThat(e.getMessage()).as(body).startsWith("body is not valid JSON").doesNotContain("setStrictness")
                    .doesNotContain("\n");
        }
        assertThatThrownBy(() -> STRICT.read("  ")).hasMessageStartingWith("body: empty");
        assertEquals("body: expected a JSON object (one customer) or an array of objects (a batch), found a string "
                + "\"hi\"", rejected(STRICT, "\"hi\"").getMessage());
    }
}
