package io.segmentation.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class MigrationMatrixTest {
    @Test
    void counts_moves_and_shares_by_hand() {
        // before: 0 0 0 0 1 1 -1 ; after: 0 0 1 -1 1 1 1.
        // From 0 (4 customers): 2 stay, 1 to segment 1, 1 to noise. From 1: both stay. Noise -> 1.
        // Stayed: 2 + 2 = 4 of 7.
        MigrationMatrix m = MigrationMatrix.of(new int[] {0, 0, 0, 0, 1, 1, -1}, new int[] {0, 0, 1, -1, 1, 1, 1});
        assertEquals(2, m.count(0, 0));
        assertEquals(1, m.count(0, -1));
        assertEquals(0.25, m.share(0, 1), 1e-15);
        assertEquals(1.0, m.share(-1, 1), 1e-15);
        assertEquals(0, m.count(1, 0));
        assertEquals(0, m.count(7, 0));
        assertTrue(Double.isNaN(m.share(7, 0)));
        assertEquals(4, m.stayed());
        assertEquals(4.0 / 7.0, m.stayedShare(), 1e-15);
        assertEquals("   from\\to      -1       0       1 customers\n"
                + "        -1    0.0%    0.0%  100.0%         1\n"
                + "         0   25.0%   50.0%   25.0%         4\n"
                + "         1    0.0%    0.0%  100.0%         2", m.toText());
    }
}
