package io.segmentation.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.internal.Knee.Shape;
import org.junit.jupiter.api.Test;

final class KneeTest {
    @Test
    void finds_the_elbow_of_an_inertia_curve() {
        // Inertia of 3 blobs for k = 1..6. Scaled: x = 0, .2, .4, .6, .8, 1; y = 1, .5, .05, .03, .01, 0.
        // 1 - x - y = 0, .3, .55, .37, .19, 0: the largest gap is at k = 3 (index 2).
        double[] k = {1, 2, 3, 4, 5, 6};
        double[] inertia = {1000, 505, 55, 35, 15, 5};
        assertEquals(2, Knee.index(k, inertia, Shape.CONVEX_DECREASING));
    }

    @Test
    void finds_the_knee_of_a_sorted_k_distance_curve() {
        // Sorted k-distances: flat, then a jump (noise). Scaled x = i/5, y = (d - 0.1) / 2.9:
        // y = 0, .0034, .0069, .0103, .0345, 1 -> x - y = 0, .197, .393, .590, .766, 0: index 4.
        double[] i = {0, 1, 2, 3, 4, 5};
        double[] distance = {0.10, 0.11, 0.12, 0.13, 0.20, 3.00};
        assertEquals(4, Knee.index(i, distance, Shape.CONVEX_INCREASING));
    }

    @Test
    void finds_the_knee_of_a_concave_increasing_curve() {
        // y = sqrt(x) on 0, 1, 4, 9, 16: scaled x = 0, 1/16, 1/4, 9/16, 1; y = 0, 1/4, 1/2, 3/4, 1;
        // y - x = 0, .1875, .25, .1875, 0: index 2.
        double[] x = {0, 1, 4, 9, 16};
        double[] y = {0, 1, 2, 3, 4};
        assertEquals(2, Knee.index(x, y, Shape.CONCAVE_INCREASING));
        // Falling instead, y = 4 - sqrt(x) is convex decreasing: 1 - x - y gives the same gaps.
        assertEquals(2, Knee.index(x, new double[] {4, 3, 2, 1, 0}, Shape.CONVEX_DECREASING));
    }

    @Test
    void finds_the_knee_of_a_concave_decreasing_curve() {
        // y = 16 - x^2 at x = 0..4 scaled: y = 1, 15/16, 3/4, 7/16, 0; x + y - 1 = 0, .1875, .25, .1875, 0.
        double[] x = {0, 1, 2, 3, 4};
        double[] y = {16, 15, 12, 7, 0};
        assertEquals(2, Knee.index(x, y, Shape.CONCAVE_DECREASING));
    }

    @Test
    void a_straight_line_or_the_wrong_bend_has_no_knee() {
        double[] x = {1, 2, 3, 4};
        assertEquals(-1, Knee.index(x, new double[] {2, 4, 6, 8}, Shape.CONCAVE_INCREASING));
        assertEquals(-1, Knee.index(x, new double[] {1, 1, 1, 1}, Shape.CONVEX_DECREASING));
        // A concave curve has no convex knee.
        assertEquals(-1, Knee.index(new double[] {0, 1, 4, 9, 16}, new double[] {0, 1, 2, 3, 4},
                Shape.CONVEX_INCREASING));
        assertEquals(-1, Knee.index(new double[] {0, 1}, new double[] {0, 5}, Shape.CONCAVE_INCREASING));
    }

    @Test
    void a_tie_goes_to_the_lower_index() {
        // x = 0..4 and y = 0, 3, 4, 4, 4 scale to x/4 and y/4; gaps y/4 - x/4 = 0, .5, .5, .25, 0 (exact in
        // binary), so indices 1 and 2 tie.
        assertEquals(1, Knee.index(new double[] {0, 1, 2, 3, 4}, new double[] {0, 3, 4, 4, 4},
                Shape.CONCAVE_INCREASING));
    }

    @Test
    void rejects_bad_curves_naming_the_problem() {
        assertThatThrownBy(() -> Knee.index(new double[] {1, 1, 2}, new double[] {1, 2, 3}, Shape.CONVEX_DECREASING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> Knee.index(new double[] {1, 2}, new double[] {1}, Shape.CONVEX_DECREASING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> Knee.index(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 3},
                Shape.CONVEX_DECREASING)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[1]");
    }
}
