package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FittedOutliersTest {
    // Fences for x (see OutliersTest): [-3, 13].
    private final Dataset train = Dataset.ofColumns(
            NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 100),
            CategoricalColumn.of("c", "a", "a", "a", "a", "a", "a", "a", "a", "b"));
    private final Dataset fresh = Dataset.ofColumns(NumericColumn.of("x", -50, Double.NaN, 13, 14),
            CategoricalColumn.of("c", "a", "b", "a", "b"));

    @Test
    void clip_moves_outliers_to_the_fences_and_keeps_missing_cells() {
        Dataset out = Outliers.iqr().clip().fit(train).transform(fresh);
        assertArrayEquals(new double[] {-3, Double.NaN, 13, 13}, out.numeric("x").toArray(), 0.0);
        assertArrayEquals(new double[] {-50, Double.NaN, 13, 14}, fresh.numeric("x").toArray(), 0.0);
    }

    @Test
    void flag_keeps_values_and_appends_a_flag_column() {
        FittedOutliers f = Outliers.iqr().flag().fit(train);
        Dataset out = f.transform(fresh);
        assertEquals(List.of("x", "c", "x_outlier"), out.columnNames());
        assertEquals(List.of("x_outlier"), f.flagColumns());
        assertArrayEquals(new double[] {1, 0, 0, 1}, out.numeric("x_outlier").toArray(), 0.0);
        assertEquals(fresh.column("x"), out.column("x"));
    }

    @Test
    void drop_rows_keeps_only_rows_inside_the_fences_and_clips_new_rows() {
        FittedOutliers f = Outliers.iqr().dropRows().fit(train);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, f.keptRows(train));
        // New customers are never dropped: each needs a segment, so they are clipped.
        assertArrayEquals(new double[] {-3, Double.NaN, 13, 13}, f.transform(fresh).numeric("x").toArray(), 0.0);
        assertEquals(List.of(), f.flagColumns());
    }

    @Test
    void round_trip_gives_an_equal_step_and_identical_output() {
        FittedOutliers f = Outliers.zScore(1).flag().fit(train);
        FittedOutliers back = FittedOutliers.read(States.reread(f.toState()));
        assertEquals(f, back);
        assertEquals(f.transform(fresh), back.transform(fresh));
        assertEquals(f.outliersAtFit(), back.outliersAtFit());
    }

    @Test
    void rejects_a_table_without_a_fitted_column_or_with_another_type() {
        FittedOutliers f = Outliers.iqr().fit(train);
        assertThatThrownBy(() -> f.transform(fresh.drop("x")))
                .hasMessage("outliers step, column \"x\": not in the table (the step was fitted on it); the columns "
                        + "are [c]");
        Dataset typed = Dataset.ofColumns(CategoricalColumn.of("x", "1"));
        assertThatThrownBy(() -> f.keptRows(typed))
                .hasMessage("outliers step, column \"x\": expected numeric, found categorical");
    }

    @Test
    void rejects_state_with_crossed_fences() {
        JsonObject state = Outliers.iqr().fit(train).toState();
        state.add("lower", new com.google.gson.Gson().toJsonTree(new double[] {20}));
        assertThatThrownBy(() -> FittedOutliers.read(new StateReader(state)))
                .hasMessage("$.lower[0]: expected <= upper 13.0, found 20.0");
    }
}
