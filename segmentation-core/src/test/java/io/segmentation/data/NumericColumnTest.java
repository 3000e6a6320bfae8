package io.segmentation.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

final class NumericColumnTest {

    @Test
    void present_values_drop_missing_cells_in_row_order() {
        NumericColumn c = NumericColumn.of("x", 3, Double.NaN, 1, Double.NaN);
        assertArrayEquals(new double[] {3, 1}, c.presentValues(), 0.0);
        assertEquals(2, c.missingCount());
    }

    @Test
    void nan_is_missing_and_infinity_is_kept() {
        NumericColumn c = NumericColumn.of("x", 1, Double.NaN, Double.POSITIVE_INFINITY);
        assertEquals(1, c.missingCount());
        assertNull(c.value(1));
        assertEquals(Double.POSITIVE_INFINITY, c.value(2));
    }

    @Test
    void copies_in_and_out() {
        double[] values = {1, 2};
        NumericColumn c = NumericColumn.of("x", values);
        values[0] = 9;
        c.toArray()[1] = 9;
        assertArrayEquals(new double[] {1, 2}, c.toArray());
    }

    @Test
    void copy_to_writes_a_strided_slot() {
        double[] target = new double[6];
        NumericColumn.of("x", 1, 2, 3).copyTo(target, 1, 2);
        assertArrayEquals(new double[] {0, 1, 0, 2, 0, 3}, target);
    }

    @Test
    void rejects_a_blank_name() {
        assertEquals("column name must not be blank (was \" \")",
                assertThrows(IllegalArgumentException.class, () -> NumericColumn.of(" ", 1)).getMessage());
    }
}
