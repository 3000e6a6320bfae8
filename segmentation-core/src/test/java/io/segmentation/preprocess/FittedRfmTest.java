package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import org.junit.jupiter.api.Test;

final class FittedRfmTest {
    private final FittedRfm fitted = RfmTest.rfm().fit(RfmTest.customers());

    @Test
    void new_customers_are_scored_with_the_training_thresholds() {
        // Thresholds from RfmTest: recency 3 passes one (2) -> R 4; frequency 1.4 passes two (1, 1) -> F 3;
        // spend 1000 passes all four -> M 5.
        Dataset fresh = Dataset.ofColumns(NumericColumn.of("days", 3), NumericColumn.of("orders", 1.4),
                NumericColumn.of("spend", 1000));
        Dataset out = fitted.transform(fresh);
        assertEquals("435", out.categorical("rfm_code").get(0));
        assertEquals(12.0, out.numeric("rfm_total").get(0), 0.0);
        assertEquals(4, fitted.score(0, 3));
        assertEquals(5, fitted.score(0, -10));
        assertEquals(1, fitted.score(2, 28)); // on a threshold: not above it
    }

    @Test
    void round_trip_gives_an_equal_step_and_identical_output() {
        FittedRfm back = FittedRfm.read(States.reread(fitted.toState()));
        assertEquals(fitted, back);
        assertEquals(fitted.transform(RfmTest.customers()), back.transform(RfmTest.customers()));
        assertEquals(fitted, FittedStep.read(States.reread(fitted.toState())));
    }

    @Test
    void rejects_infinite_cells_and_taken_output_names() {
        Dataset inf = RfmTest.customers().withColumn(NumericColumn.of("orders", 1, 1, 1, 1, 1, 1, 1, 1, 1,
                Double.POSITIVE_INFINITY));
        assertThatThrownBy(() -> fitted.transform(inf))
                .hasMessage("rfm step, column \"orders\", row 9: Infinity; only finite values can be used");
        Dataset taken = fitted.transform(RfmTest.customers());
        assertThatThrownBy(() -> fitted.transform(taken))
                .hasMessage("rfm step, column \"r_score\": already in the table; the step would overwrite it");
    }

    @Test
    void rejects_state_with_descending_thresholds() {
        JsonObject state = fitted.toState();
        state.add("thresholds", new com.google.gson.Gson().toJsonTree(new double[] {1, 0, 2, 3, 1, 2, 3, 4, 1, 2, 3, 4}));
        assertThatThrownBy(() -> FittedRfm.read(new StateReader(state)))
                .hasMessage("$.thresholds[1]: expected >= 1.0, found 0.0");
    }
}
