package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import org.junit.jupiter.api.Test;

final class FittedScaleTest {
    private final Dataset train = Dataset.ofColumns(NumericColumn.of("x", 2, 4, 4, 4, 5, 5, 7, 9),
            CategoricalColumn.of("c", "a", "a", "a", "a", "b", "b", "b", "b"));

    @Test
    void new_rows_use_the_training_centre_and_scale() {
        // Standard: mean 5, σ 2 (see ScaleTest).
        Dataset fresh = Dataset.ofColumns(NumericColumn.of("x", 11, -1));
        assertArrayEquals(new double[] {3, -3}, Scale.standard().fit(train).transform(fresh).numeric("x").toArray(),
                1e-15);
    }

    @Test
    void inverse_maps_back_to_original_units() {
        FittedScale f = Scale.robust().fit(train);
        assertEquals(7.0, f.inverse("x", (7.0 - 4.5) / 1.5), 1e-14);
    }

    @Test
    void round_trip_gives_an_equal_step_and_identical_output() {
        for (Scale s : new Scale[] {Scale.standard(), Scale.minMax(), Scale.robust(), Scale.none()}) {
            FittedScale f = s.fit(train);
            FittedScale back = FittedScale.read(States.reread(f.toState()));
            assertEquals(f, back);
            assertEquals(f.transform(train), back.transform(train));
        }
    }

    @Test
    void rejects_missing_columns_wrong_types_and_non_finite_cells_on_transform() {
        FittedScale f = Scale.standard().fit(train);
        assertThatThrownBy(() -> f.transform(train.drop("x")))
                .hasMessage("scale step, column \"x\": not in the table (the step was fitted on it); the columns are "
                        + "[c]");
        assertThatThrownBy(() -> f.transform(Dataset.ofColumns(CategoricalColumn.of("x", "9"))))
                .hasMessage("scale step, column \"x\": expected numeric, found categorical");
        assertThatThrownBy(() -> f.transform(Dataset.ofColumns(NumericColumn.of("x", 1, 2, Double.NaN))))
                .hasMessage("scale step, column \"x\", row 2: NaN (missing); impute missing values before this step");
    }

    @Test
    void rejects_state_with_a_non_positive_scale() {
        JsonObject state = Scale.standard().fit(train).toState();
        state.add("scale", new com.google.gson.Gson().toJsonTree(new double[] {0}));
        assertThatThrownBy(() -> FittedScale.read(new StateReader(state)))
                .hasMessage("$.scale[0]: expected a positive number, found 0.0");
    }
}
