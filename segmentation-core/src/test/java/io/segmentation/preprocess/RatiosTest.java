package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RatiosTest {
    private final Dataset data = Dataset.ofColumns(
            NumericColumn.of("monetary", 100, 0, 50, Double.NaN),
            NumericColumn.of("frequency", 4, 0, 0, 2),
            NumericColumn.of("tenure_months", 0.5, 12, 2, 3));
    private final Ratios ratios = Ratios.builder().averageOrderValue("monetary", "frequency")
            .ordersPerMonth("frequency", "tenure_months").build();

    @Test
    void average_order_value_and_orders_per_month_follow_their_definitions() {
        Dataset out = ratios.fit(data).transform(data);
        // 100/4 = 25; frequency 0 -> 0 (even with spend recorded); missing spend -> missing.
        assertArrayEquals(new double[] {25, 0, 0, Double.NaN}, out.numeric("avg_order_value").toArray(), 0.0);
        // 4 / max(0.5, 1) = 4; 0/12; 0/2; 2/3.
        assertArrayEquals(new double[] {4, 0, 0, 2 / 3.0}, out.numeric("orders_per_month").toArray(), 1e-15);
        assertEquals(List.of("monetary", "frequency", "tenure_months"), ratios.columns());
        assertSame(ratios, ratios.fit(data));
    }

    @Test
    void custom_output_names_are_used() {
        Ratios r = Ratios.builder().averageOrderValue("monetary", "frequency", "aov").build();
        assertEquals(List.of("aov"), r.outputs());
    }

    @Test
    void round_trip_gives_an_equal_step_and_identical_output() {
        Ratios back = Ratios.read(States.reread(ratios.toState()));
        assertEquals(ratios, back);
        assertEquals(ratios.transform(data), back.transform(data));
        assertEquals(ratios, FittedStep.read(States.reread(ratios.toState())));
    }

    @Test
    void rejects_negative_denominators_wrong_types_and_absent_columns() {
        Dataset negative = data.withColumn(NumericColumn.of("tenure_months", 1, 1, -2, 1));
        assertThatThrownBy(() -> ratios.transform(negative))
                .hasMessage("ratios step, column \"tenure_months\", row 2: must be >= 0 (was -2.0)");
        Dataset typed = data.withColumn(CategoricalColumn.of("frequency", "a", "b", "c", "d"));
        assertThatThrownBy(() -> ratios.fit(typed))
                .hasMessage("ratios step, column \"frequency\": expected numeric, found categorical");
        assertThatThrownBy(() -> ratios.transform(data.drop("monetary")))
                .hasMessage("ratios step, column \"monetary\": not in the table (the step was fitted on it); the "
                        + "columns are [frequency, tenure_months]");
    }

    @Test
    void rejects_bad_builder_calls() {
        assertThatThrownBy(() -> Ratios.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Ratios is empty: call averageOrderValue(...) or ordersPerMonth(...)");
        assertThatThrownBy(() -> Ratios.builder().averageOrderValue("m", "f", "x").ordersPerMonth("f", "t", "x"))
                .hasMessage("output \"x\" is already the name of another ratio");
        assertThatThrownBy(() -> Ratios.builder().ordersPerMonth("f", "")).hasMessage("tenureMonths must not be blank (was \"\")");
    }

    @Test
    void rejects_an_unknown_step_when_reading() {
        com.google.gson.JsonObject state = ratios.toState();
        state.addProperty("step", "magic");
        assertThatThrownBy(() -> FittedStep.read(new io.segmentation.io.StateReader(state)))
                .hasMessage("$.step: expected one of [impute, outliers, encode, scale, rfm, engagement, ratios], "
                        + "found \"magic\"");
    }
}
