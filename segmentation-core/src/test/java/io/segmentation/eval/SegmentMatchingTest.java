package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class SegmentMatchingTest {
    // Previous centres (2-D): 0 at (0,0), 1 at (10,0), 2 at (0,10).
    private static final double[] PREVIOUS = {0, 0, 10, 0, 0, 10};

    @Test
    void recovers_a_permutation_of_slightly_moved_centres() {
        // New 0 at (0.5, 10) ~ old 2; new 1 at (0, -0.5) ~ old 0; new 2 at (9, 0) ~ old 1.
        double[] current = {0.5, 10, 0, -0.5, 9, 0};
        SegmentMatching match = SegmentMatching.of(PREVIOUS, 3, current, 3, 2);
        assertArrayEquals(new int[] {2, 0, 1}, match.previousIds());
        assertEquals(0.5 + 0.5 + 1.0, match.totalDistance(), 1e-15);
        assertArrayEquals(new int[] {2, 0, -1, 1, 2}, match.relabel(new int[] {0, 1, -1, 2, 0}));
    }

    @Test
    void gives_fresh_ids_to_new_segments() {
        // Four new centres; the one at (20, 20) has no previous counterpart and becomes segment 3.
        double[] current = {20, 20, 10, 1, 0, 1, 1, 10};
        SegmentMatching match = SegmentMatching.of(PREVIOUS, 3, current, 4, 2);
        assertArrayEquals(new int[] {3, 1, 0, 2}, match.previousIds());
        assertFalse(match.isMatched(0));
        assertTrue(Double.isNaN(match.distance(0)));
    }

    @Test
    void keeps_the_best_ids_when_segments_disappear() {
        // Two new centres near old 1 and old 2: they keep ids 1 and 2.
        SegmentMatching match = SegmentMatching.of(PREVIOUS, 3, new double[] {0, 9, 11, 0}, 2, 2);
        assertArrayEquals(new int[] {2, 1}, match.previousIds());
    }

    @Test
    void the_global_assignment_beats_the_greedy_one() {
        // 1-D: previous 0 and 4; new 3 and 7. Greedy (new 0 -> nearest old 4) costs 1 + 7 = 8; the
        // Hungarian assignment new 0 -> old 0, new 1 -> old 4 costs 3 + 3 = 6.
        SegmentMatching match = SegmentMatching.of(new double[] {0, 4}, 2, new double[] {3, 7}, 2, 1);
        assertArrayEquals(new int[] {0, 1}, match.previousIds());
        assertEquals(6.0, match.totalDistance(), 1e-15);
    }

    @Test
    void rejects_centres_of_the_wrong_length() {
        assertThatThrownBy(() -> SegmentMatching.of(PREVIOUS, 3, new double[] {1, 2, 3}, 2, 2))
                .hasMessage("current must hold k*d = 4 values (was 3)");
        SegmentMatching match = SegmentMatching.of(PREVIOUS, 3, PREVIOUS, 3, 2);
        assertThatThrownBy(() -> match.relabel(new int[] {0, 3})).hasMessage("labels[1] must be in [-1, 3) (was 3)");
    }
}
