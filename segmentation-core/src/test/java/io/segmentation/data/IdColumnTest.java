package io.segmentation.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class IdColumnTest {

    @Test
    void holds_ids_with_null_as_missing() {
        String[] ids = {"a", null, "a"};
        IdColumn c = IdColumn.of("id", ids);
        ids[0] = "z";
        assertEquals("a", c.get(0));
        assertTrue(c.isMissing(1));
        assertEquals(1, c.missingCount());
        assertEquals(ColumnType.ID, c.type());
        assertEquals(IdColumn.of("id", "a", "a"), c.rows(new int[] {0, 2}));   // duplicates are allowed
    }
}
