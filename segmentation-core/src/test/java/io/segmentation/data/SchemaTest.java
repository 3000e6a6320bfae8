package io.segmentation.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SchemaTest {
    private static final Schema SCHEMA = new Schema(List.of(new Schema.Field("id", ColumnType.ID),
            new Schema.Field("age", ColumnType.NUMERIC), new Schema.Field("region", ColumnType.CATEGORICAL)));

    @Test
    void without_drops_the_named_column_and_keeps_the_order_of_the_rest() {
        Schema rest = SCHEMA.without("id");
        assertEquals(List.of("age", "region"), rest.names());
        assertEquals(List.of("region"), rest.names(ColumnType.CATEGORICAL));
        assertEquals(3, SCHEMA.names().size());   // the original is unchanged
    }

    @Test
    void without_an_absent_or_null_name_is_the_same_schema() {
        assertSame(SCHEMA, SCHEMA.without("nobody"));
        assertSame(SCHEMA, SCHEMA.without(null));
    }
}
