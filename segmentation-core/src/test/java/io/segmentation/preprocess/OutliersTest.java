package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class OutliersTest {
    // x = 1..8 and 100 (n = 9): R-7 Q1 at h = 2 -> 3, Q3 at h = 6 -> 7, IQR 4,
    // fences 3 - 1.5·4 = -3 and 7 + 1.5·4 = 13: only 100 is outside.
    private final Dataset data = Dataset.ofColumns(
            NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 100),
            NumericColumn.of("k", 5, 5, 5, 5, 5, 5, 5, 5, 5),
            CategoricalColumn.of("c", "a", "a", "a", "a", "a", "a", "a", "a", "b"));

    @Test
    void iqr_fences_match_hand_values() {
        FittedOutliers f = Outliers.iqr().fit(data);
        assertEquals(-3.0, f.lower("x"), 1e-15);
        assertEquals(13.0, f.upper("x"), 1e-15);
        assertEquals(Map.of("x", 1, "k", 0), f.outliersAtFit());
        assertEquals(List.of("x", "k"), f.columns());
    }

    @Test
    void iqr_factor_scales_the_fences() {
        FittedOutliers f = Outliers.iqr(3).fit(data);
        assertEquals(3.0 - 12.0, f.lower("x"), 1e-15);
        assertEquals(7.0 + 12.0, f.upper("x"), 1e-15);
    }

    @Test
    void z_score_fences_use_the_population_standard_deviation() {
        // y = 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population variance 32/8 = 4, σ = 2 -> fences 5 ∓ 2·2 = 1 and 9.
        Dataset d = Dataset.ofColumns(NumericColumn.of("y", 2, 4, 4, 4, 5, 5, 7, 9));
        FittedOutliers f = Outliers.zScore(2).fit(d);
        assertEquals(1.0, f.lower("y"), 1e-15);
        assertEquals(9.0, f.upper("y"), 1e-15);
        assertEquals(0, f.outliersAtFit().get("y")); // 9 is on the fence, not beyond it
    }

    @Test
    void a_constant_column_has_equal_fences_and_no_outliers() {
        FittedOutliers f = Outliers.zScore().fit(data);
        assertEquals(5.0, f.lower("k"), 0.0);
        assertEquals(5.0, f.upper("k"), 0.0);
        assertEquals(0, f.outliersAtFit().get("k"));
    }

    @Test
    void missing_cells_are_ignored_when_fitting() {
        Dataset d = Dataset.ofColumns(NumericColumn.of("x", 1, Double.NaN, 3));
        FittedOutliers f = Outliers.iqr(0).fit(d); // Q1 = 1.5, Q3 = 2.5 over {1, 3}
        assertEquals(1.5, f.lower("x"), 1e-15);
        assertEquals(2.5, f.upper("x"), 1e-15);
        assertEquals(2, f.outliersAtFit().get("x"));
    }

    @Test
    void none_fits_no_column() {
        assertEquals(List.of(), Outliers.none().fit(data).columns());
    }

    @Test
    void treatments_are_kept_by_the_fitted_step() {
        assertEquals(Outliers.Treatment.CLIP, Outliers.iqr().fit(data).treatment());
        assertEquals(Outliers.Treatment.DROP_ROWS, Outliers.iqr().dropRows().fit(data).treatment());
        assertEquals(Outliers.Treatment.FLAG, Outliers.zScore().flag().fit(data).treatment());
    }

    @Test
    void rejects_empty_tables_all_missing_and_infinite_columns() {
        assertThatThrownBy(() -> Outliers.iqr().fit(data.head(0)))
                .hasMessage("outliers step: cannot fit on a table with no rows");
        Dataset missing = Dataset.ofColumns(NumericColumn.of("x", Double.NaN));
        assertThatThrownBy(() -> Outliers.iqr().fit(missing))
                .hasMessage("outliers step, column \"x\": every value is missing; drop the column or fill it before "
                        + "this step");
        Dataset infinite = Dataset.ofColumns(NumericColumn.of("x", 1, Double.NEGATIVE_INFINITY));
        assertThatThrownBy(() -> Outliers.iqr().fit(infinite))
                .hasMessage("outliers step, column \"x\", row 1: -Infinity; only finite values can be used");
    }

    @Test
    void rejects_bad_arguments_by_name() {
        assertThatThrownBy(() -> Outliers.iqr(-1)).hasMessage("factor must be finite and >= 0.0 (was -1.0)");
        assertThatThrownBy(() -> Outliers.zScore(0)).hasMessage("threshold must be finite and > 0.0 (was 0.0)");
        assertThatThrownBy(() -> Outliers.zScore(Double.NaN)).hasMessage("threshold must be finite and > 0.0 (was NaN)");
    }
}
