package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScaleTest {
    // x = 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population σ 2; min 2, max 9; R-7 median 4.5,
    // Q1 at h = 1.75 -> 4, Q3 at h = 5.25 -> 5 + 0.25·2 = 5.5, IQR 1.5.
    private final Dataset data = Dataset.ofColumns(
            NumericColumn.of("x", 2, 4, 4, 4, 5, 5, 7, 9),
            NumericColumn.of("k", 3, 3, 3, 3, 3, 3, 3, 3),
            CategoricalColumn.of("c", "a", "a", "a", "a", "b", "b", "b", "b"));

    @Test
    void standard_uses_mean_and_population_standard_deviation() {
        FittedScale f = Scale.standard().fit(data);
        assertEquals(5.0, f.centre("x"), 1e-15);
        assertEquals(2.0, f.scale("x"), 1e-15);
        assertArrayEquals(new double[] {-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2}, f.transform(data).numeric("x").toArray(),
                1e-15);
    }

    @Test
    void min_max_maps_training_values_to_the_unit_interval() {
        FittedScale f = Scale.minMax().fit(data);
        double[] z = f.transform(data).numeric("x").toArray();
        assertArrayEquals(new double[] {0, 2 / 7.0, 2 / 7.0, 2 / 7.0, 3 / 7.0, 3 / 7.0, 5 / 7.0, 1}, z, 1e-15);
    }

    @Test
    void robust_uses_median_and_interquartile_range() {
        FittedScale f = Scale.robust().fit(data);
        assertEquals(4.5, f.centre("x"), 1e-15);
        assertEquals(1.5, f.scale("x"), 1e-15);
    }

    @Test
    void a_constant_column_becomes_zero_in_every_scaler_never_nan() {
        for (Scale s : List.of(Scale.standard(), Scale.minMax(), Scale.robust())) {
            FittedScale f = s.fit(data);
            assertEquals(1.0, f.scale("k"), 0.0, s.toString());
            assertArrayEquals(new double[8], f.transform(data).numeric("k").toArray(), 0.0, s.toString());
        }
    }

    @Test
    void none_changes_nothing() {
        FittedScale f = Scale.none().fit(data);
        assertEquals(List.of(), f.columns());
        assertEquals(data, f.transform(data));
    }

    @Test
    void only_numeric_columns_are_fitted_and_the_input_is_unchanged() {
        double[] before = data.numeric("x").toArray();
        FittedScale f = Scale.standard().fit(data);
        f.transform(data);
        assertEquals(List.of("x", "k"), f.columns());
        assertArrayEquals(before, data.numeric("x").toArray(), 0.0);
    }

    @Test
    void rejects_missing_and_infinite_cells_and_empty_tables() {
        Dataset nan = Dataset.ofColumns(NumericColumn.of("age", 1, Double.NaN));
        assertThatThrownBy(() -> Scale.standard().fit(nan))
                .hasMessage("scale step, column \"age\", row 1: NaN (missing); impute missing values before this step");
        Dataset inf = Dataset.ofColumns(NumericColumn.of("age", Double.POSITIVE_INFINITY));
        assertThatThrownBy(() -> Scale.minMax().fit(inf))
                .hasMessage("scale step, column \"age\", row 0: Infinity; only finite values can be used");
        assertThatThrownBy(() -> Scale.robust().fit(data.head(0)))
                .hasMessage("scale step: cannot fit on a table with no rows");
    }

    @Test
    void rejects_a_centre_that_overflows() {
        Dataset huge = Dataset.ofColumns(NumericColumn.of("x", Double.MAX_VALUE, Double.MAX_VALUE));
        assertThatThrownBy(() -> Scale.standard().fit(huge))
                .hasMessage("scale step, column \"x\": the centre overflows (Infinity); the values are too large to "
                        + "scale");
    }
}
