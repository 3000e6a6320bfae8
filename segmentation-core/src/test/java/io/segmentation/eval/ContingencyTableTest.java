package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class ContingencyTableTest {
    @Test
    void counts_pairs_of_labels_in_ascending_label_order() {
        // a: 5 5 -1 2 2 2, b: 0 1 1 1 1 0 -> rows -1, 2, 5; columns 0, 1.
        // (-1): (0, 1); (2): (1, 2); (5): (1, 1).
        ContingencyTable t = ContingencyTable.of(new int[] {5, 5, -1, 2, 2, 2}, new int[] {0, 1, 1, 1, 1, 0});
        assertArrayEquals(new int[] {-1, 2, 5}, t.rowLabels());
        assertArrayEquals(new int[] {0, 1}, t.columnLabels());
        assertArrayEquals(new long[] {0, 1, 1, 2, 1, 1}, t.counts());
        assertEquals(3, t.rowTotal(1));
        assertEquals(4, t.columnTotal(1));
        assertEquals(6, t.total());
        assertEquals(2, t.rowOf(5));
        assertEquals(-1, t.rowOf(4));
        assertEquals("          0    1\n"
                + "    -1    0    1\n"
                + "     2    1    2\n"
                + "     5    1    1", t.toText());
    }

    @Test
    void rejects_empty_labelings() {
        assertThatThrownBy(() -> ContingencyTable.of(new int[0], new int[0])).hasMessage("labelings must not be empty");
    }
}
