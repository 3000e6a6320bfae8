package io.segmentation.monitor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class DriftThresholdsTest {
    @Test
    void defaults_follow_the_psi_convention() {
        DriftThresholds t = DriftThresholds.defaults();
        assertEquals(0.1, t.psiWatch());
        assertEquals(0.25, t.psiRetrain());
        assertEquals(0.3, t.withPsi(0.2, 0.3).psiRetrain());
        assertEquals(0.1, t.withFarShare(0.1, 0.2).farShareWatch());
        assertEquals(2.0, t.withCentreShift(1, 2).centreShiftRetrain());
        assertEquals(1_000, t.minimumRows());
        assertEquals(50, t.withMinimumRows(50).minimumRows());
        assertEquals(0.2, t.withMinimumRows(50).withPsi(0.2, 0.3).psiWatch());
        assertEquals(50, t.withMinimumRows(50).withPsi(0.2, 0.3).minimumRows());
        assertEquals(DriftThresholds.DEFAULT_MINIMUM_ROWS, new DriftThresholds(0.1, 0.25, 0.02, 0.05, 0.5, 1.0)
                .minimumRows());
    }

    @Test
    void rejects_a_retrain_threshold_below_its_watch_threshold_and_bad_values() {
        assertThatThrownBy(() -> DriftThresholds.defaults().withPsi(0.3, 0.2))
                .hasMessage("psiRetrain must be >= psiWatch (was 0.2 < 0.3)");
        assertThatThrownBy(() -> DriftThresholds.defaults().withFarShare(0.1, 1.5))
                .hasMessageContaining("farShareRetrain");
        assertThatThrownBy(() -> DriftThresholds.defaults().withCentreShift(Double.NaN, 1))
                .hasMessageContaining("centreShiftWatch");
        assertThatThrownBy(() -> DriftThresholds.defaults().withMinimumRows(0))
                .hasMessageContaining("minimumRows");
    }
}
