package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import org.junit.jupiter.api.Test;

final class FittedEngagementTest {
    private final FittedEngagement fitted = Engagement.of("visits", "opens").fit(EngagementTest.activity());

    @Test
    void scores_are_means_of_min_max_scaled_present_columns() {
        // visits 0..10, opens 1..3: row 0 (0 + 0)/2 = 0; row 1 only visits 5 -> 0.5; row 2 (1 + 1)/2 = 1.
        Dataset out = fitted.transform(EngagementTest.activity());
        assertArrayEquals(new double[] {0, 0.5, 1}, out.numeric("engagement").toArray(), 1e-15);
    }

    @Test
    void new_customers_are_clamped_and_all_missing_gives_a_missing_score() {
        // visits 20 is above the training maximum -> 1; opens 2 -> 0.5; mean 0.75. Row 1 has nothing.
        Dataset fresh = Dataset.ofColumns(NumericColumn.of("visits", 20, Double.NaN),
                NumericColumn.of("opens", 2, Double.NaN));
        assertArrayEquals(new double[] {0.75, Double.NaN}, fitted.transform(fresh).numeric("engagement").toArray(),
                1e-15);
    }

    @Test
    void a_column_constant_in_training_uses_a_range_of_one() {
        FittedEngagement f = Engagement.of("flat").fit(EngagementTest.activity());
        Dataset fresh = Dataset.ofColumns(NumericColumn.of("flat", 4, 4.5, 10, 0));
        assertArrayEquals(new double[] {0, 0.5, 1, 0}, f.transform(fresh).numeric("engagement").toArray(), 1e-15);
    }

    @Test
    void round_trip_gives_an_equal_step_and_identical_output() {
        FittedEngagement back = FittedEngagement.read(States.reread(fitted.toState()));
        assertEquals(fitted, back);
        assertEquals(fitted.transform(EngagementTest.activity()), back.transform(EngagementTest.activity()));
        assertEquals(fitted, FittedStep.read(States.reread(fitted.toState())));
    }

    @Test
    void rejects_infinite_cells_and_a_taken_output_name() {
        Dataset inf = Dataset.ofColumns(NumericColumn.of("visits", Double.NEGATIVE_INFINITY), NumericColumn.of("opens", 1));
        assertThatThrownBy(() -> fitted.transform(inf))
                .hasMessage("engagement step, column \"visits\", row 0: -Infinity; only finite values can be used");
        Dataset taken = EngagementTest.activity().withColumn(NumericColumn.of("engagement", 1, 2, 3));
        assertThatThrownBy(() -> fitted.transform(taken))
                .hasMessage("engagement step, column \"engagement\": already in the table; the step would overwrite it");
    }
}
