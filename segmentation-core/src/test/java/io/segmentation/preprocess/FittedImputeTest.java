package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.gson.JsonObject;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class FittedImputeTest {
    private static final double NA = Double.NaN;
    private final Dataset train = Dataset.ofColumns(
            NumericColumn.of("x", 1, NA, 3),
            NumericColumn.of("y", 5, 6, 7),
            CategoricalColumn.of("c", "a", "a", null));
    private final FittedImpute fitted = Impute.mean().indicators(Impute.Indicators.ADD).fit(train);

    @Test
    void fills_missing_cells_and_appends_indicators() {
        Dataset out = fitted.transform(train);
        assertEquals(List.of("x", "y", "c", "x_missing", "c_missing"), out.columnNames());
        assertArrayEquals(new double[] {1, 2, 3}, out.numeric("x").toArray(), 0.0); // mean of 1 and 3
        assertEquals(List.of("a", "a", "a"), List.of(out.categorical("c").get(0), out.categorical("c").get(1),
                out.categorical("c").get(2)));
        assertArrayEquals(new double[] {0, 1, 0}, out.numeric("x_missing").toArray(), 0.0);
        assertArrayEquals(new double[] {0, 0, 1}, out.numeric("c_missing").toArray(), 0.0);
        assertSame(train.column("y"), out.column("y"));
    }

    @Test
    void new_rows_get_the_training_values_and_the_input_is_unchanged() {
        NumericColumn x = NumericColumn.of("x", NA, 100);
        Dataset fresh = Dataset.ofColumns(x, NumericColumn.of("y", NA, 1), CategoricalColumn.of("c", "zzz", null));
        Dataset out = fitted.transform(fresh);
        assertArrayEquals(new double[] {2, 100}, out.numeric("x").toArray(), 0.0);
        assertEquals(6.0, out.numeric("y").get(0), 0.0); // y had nothing missing, but is still fitted: mean 6
        assertEquals("a", out.categorical("c").get(1));
        assertEquals(true, Double.isNaN(x.get(0)));
        assertEquals(Map.of("x", 1, "y", 0, "c", 1), fitted.missingAtFit());
    }

    @Test
    void round_trip_gives_an_equal_step_and_identical_output() {
        FittedImpute back = FittedImpute.read(States.reread(fitted.toState()));
        assertEquals(fitted, back);
        assertEquals(fitted.transform(train), back.transform(train));
        assertEquals(fitted, FittedStep.read(States.reread(fitted.toState())));
    }

    @Test
    void rejects_a_table_without_a_fitted_column() {
        assertThatThrownBy(() -> fitted.transform(train.drop("y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impute step, column \"y\": not in the table (the step was fitted on it); the columns are "
                        + "[x, c]");
    }

    @Test
    void rejects_a_column_of_the_wrong_type() {
        Dataset bad = train.withColumn(CategoricalColumn.of("x", "1", "2", "3"));
        assertThatThrownBy(() -> fitted.transform(bad))
                .hasMessage("impute step, column \"x\": expected numeric, found categorical");
    }

    @Test
    void rejects_malformed_state_naming_the_path() {
        JsonObject state = fitted.toState();
        state.add("values", new com.google.gson.JsonArray());
        assertThatThrownBy(() -> FittedImpute.read(new StateReader(state)))
                .hasMessage("$.values: expected 3 values, found 0");
        JsonObject types = fitted.toState();
        types.add("types", new com.google.gson.Gson().toJsonTree(Arrays.asList("NUMERIC", "ID", "CATEGORICAL")));
        assertThatThrownBy(() -> FittedImpute.read(new StateReader(types)))
                .hasMessage("$.types[1]: expected NUMERIC or CATEGORICAL, found \"ID\"");
    }
}
