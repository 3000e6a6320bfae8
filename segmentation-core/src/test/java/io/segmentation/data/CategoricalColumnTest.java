package io.segmentation.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CategoricalColumnTest {

    @Test
    void codes_follow_first_appearance_and_null_is_missing() {
        CategoricalColumn c = CategoricalColumn.of("c", "b", "a", null, "b");
        assertEquals(List.of("b", "a"), c.levels());
        assertArrayEquals(new int[] {0, 1, CategoricalColumn.MISSING, 0}, c.codes());
        assertEquals(1, c.missingCount());
        assertNull(c.get(2));
        assertEquals(ColumnType.CATEGORICAL, c.type());
    }

    @Test
    void equality_compares_values_not_codes() {
        // Same cells, different level order, hence different codes: still equal.
        CategoricalColumn a = CategoricalColumn.ofCodes("c", new int[] {0, 1}, List.of("x", "y"));
        CategoricalColumn b = CategoricalColumn.ofCodes("c", new int[] {1, 0}, List.of("y", "x"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.rename("d"));
    }

    @Test
    void of_codes_copies_and_checks_codes() {
        int[] codes = {0, -1};
        CategoricalColumn c = CategoricalColumn.ofCodes("c", codes, List.of("x"));
        codes[0] = -1;
        assertEquals("x", c.get(0));
        assertEquals("codes[1] must be -1 or in [0, 1) (was 1)", assertThrows(IllegalArgumentException.class,
                () -> CategoricalColumn.ofCodes("c", new int[] {0, 1}, List.of("x"))).getMessage());
    }

    @Test
    void rows_keep_the_levels() {
        CategoricalColumn c = CategoricalColumn.of("c", "x", "y", "z").rows(new int[] {2, 2});
        assertEquals(List.of("x", "y", "z"), c.levels());
        assertEquals(CategoricalColumn.of("c", "z", "z"), c);
    }
}
