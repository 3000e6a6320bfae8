package io.segmentation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class NumericContrastTest {

    @Test
    void differences_ratios_and_effect_size_by_hand() {
        // Segment mean 12, median 10; overall mean 94, median 60, sd 41: difference −82, ratio 12/94,
        // median difference −50, median ratio 1/6, effect −82/41 = −2.
        NumericContrast c = new NumericContrast(new NumericSummary("recency_days", 10, 12, 10, 3),
                new NumericSummary("recency_days", 100, 94, 60, 41));

        assertEquals("recency_days", c.feature());
        assertEquals(-82.0, c.difference(), 0.0);
        assertEquals(12.0 / 94.0, c.ratio(), 0.0);
        assertEquals(-50.0, c.medianDifference(), 0.0);
        assertEquals(1.0 / 6.0, c.medianRatio(), 0.0);
        assertEquals(-2.0, c.effectSize(), 0.0);
    }

    @Test
    void a_constant_feature_has_effect_zero_and_ratios_over_zero_are_nan() {
        NumericContrast same = new NumericContrast(new NumericSummary("x", 2, 0, 0, 0),
                new NumericSummary("x", 5, 0, 0, 0));
        NumericContrast noValue = new NumericContrast(new NumericSummary("x", 0, Double.NaN, Double.NaN, Double.NaN),
                new NumericSummary("x", 5, 3, 3, 1));

        assertEquals(0.0, same.effectSize(), 0.0);
        assertThat(same.ratio()).isNaN();
        assertThat(same.medianRatio()).isNaN();
        assertThat(noValue.effectSize()).isNaN();
    }
}
