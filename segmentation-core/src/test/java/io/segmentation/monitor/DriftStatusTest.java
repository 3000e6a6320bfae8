package io.segmentation.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class DriftStatusTest {
    @Test
    void thresholds_are_inclusive_and_nan_is_stable() {
        assertEquals(DriftStatus.STABLE, DriftStatus.of(0.099, 0.1, 0.25));
        assertEquals(DriftStatus.WATCH, DriftStatus.of(0.1, 0.1, 0.25));
        assertEquals(DriftStatus.RETRAIN, DriftStatus.of(0.25, 0.1, 0.25));
        assertEquals(DriftStatus.STABLE, DriftStatus.of(Double.NaN, 0.1, 0.25));
    }

    @Test
    void worst_takes_the_later_status() {
        assertEquals(DriftStatus.WATCH, DriftStatus.STABLE.worst(DriftStatus.WATCH));
        assertEquals(DriftStatus.RETRAIN, DriftStatus.RETRAIN.worst(DriftStatus.STABLE));
    }
}
