package io.segmentation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class LevelShareTest {

    @Test
    void lift_and_effect_size_by_hand() {
        // 64 % against 21 %: lift 0.64/0.21; effect (0.64 − 0.21)/√(0.21·0.79) = 0.43/0.4073 = 1.0557.
        LevelShare s = new LevelShare("mobile_app", 64, 0.64, 0.21);

        assertEquals(0.64 / 0.21, s.lift(), 1e-15);
        assertEquals(0.43 / Math.sqrt(0.21 * 0.79), s.effectSize(), 1e-12);
    }

    @Test
    void a_level_held_by_nobody_or_everybody_has_effect_zero() {
        assertEquals(0.0, new LevelShare("a", 0, 0.0, 0.0).effectSize(), 0.0);
        assertEquals(0.0, new LevelShare("a", 3, 1.0, 1.0).effectSize(), 0.0);
        assertThat(new LevelShare("a", 0, 0.0, 0.0).lift()).isNaN();
    }
}
