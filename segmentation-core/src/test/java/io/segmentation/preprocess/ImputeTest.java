package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ImputeTest {
    private static final double NA = Double.NaN;
    // Present values of x: 1, 2, 2, 7 -> mean 3, median (R-7, h = 1.5) 2, most frequent 2.
    private final Dataset data = Dataset.ofColumns(
            IdColumn.of("id", "a", "b", "c", "d", "e"),
            NumericColumn.of("x", 1, NA, 2, 2, 7),
            NumericColumn.of("y", 4, 4, 6, 6, NA),
            CategoricalColumn.of("c", "web", null, "shop", "web", "shop"));

    @Test
    void mean_median_most_frequent_and_constant_fill_values() {
        assertEquals(3.0, Impute.mean().fit(data).fillValue("x"), 1e-15);
        assertEquals(2.0, Impute.median().fit(data).fillValue("x"), 1e-15);
        assertEquals(2.0, Impute.mostFrequent().fit(data).fillValue("x"), 0.0);
        assertEquals(-1.0, Impute.constant(-1).fit(data).fillValue("x"), 0.0);
        // y: 4, 4, 6, 6 -> mean 5, median 5, most frequent tie between 4 and 6 -> the smaller, 4.
        assertEquals(5.0, Impute.median().fit(data).fillValue("y"), 1e-15);
        assertEquals(4.0, Impute.mostFrequent().fit(data).fillValue("y"), 0.0);
    }

    @Test
    void categorical_columns_take_the_most_frequent_level_with_ties_to_the_smaller_string() {
        // web 2, shop 2: a tie, and "shop" < "web".
        assertEquals("shop", Impute.mean().fit(data).fillLevel("c"));
    }

    @Test
    void an_override_gives_one_column_its_own_rule() {
        FittedImpute f = Impute.mean().override("y", Impute.constant(0)).fit(data);
        assertEquals(3.0, f.fillValue("x"), 1e-15);
        assertEquals(0.0, f.fillValue("y"), 0.0);
    }

    @Test
    void id_columns_are_not_imputed() {
        assertEquals(List.of("x", "y", "c"), Impute.median().fit(data).columns());
    }

    @Test
    void indicators_are_added_only_for_columns_missing_something_at_fit() {
        Dataset d = data.withColumn(NumericColumn.of("z", 1, 2, 3, 4, 5));
        FittedImpute f = Impute.median().indicators(Impute.Indicators.ADD).fit(d);
        assertEquals(List.of("x_missing", "y_missing", "c_missing"), f.indicatorColumns());
    }

    @Test
    void rejects_an_empty_table() {
        assertThatThrownBy(() -> Impute.median().fit(data.head(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impute step: cannot fit on a table with no rows");
    }

    @Test
    void rejects_an_all_missing_column_unless_the_rule_is_a_constant() {
        Dataset d = Dataset.ofColumns(NumericColumn.of("x", NA, NA));
        assertThatThrownBy(() -> Impute.median().fit(d))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impute step, column \"x\": every value is missing; drop the column or fill it before "
                        + "this step");
        assertEquals(9.0, Impute.median().override("x", Impute.constant(9)).fit(d).fillValue("x"), 0.0);
    }

    @Test
    void rejects_an_all_missing_categorical_column() {
        Dataset d = Dataset.ofColumns(CategoricalColumn.of("c", null, null));
        assertThatThrownBy(() -> Impute.mostFrequent().fit(d)).hasMessageContaining("column \"c\": every value");
    }

    @Test
    void rejects_an_override_for_an_absent_column() {
        assertThatThrownBy(() -> Impute.mean().override("nope", Impute.constant(1)).fit(data))
                .hasMessage("impute step, column \"nope\": has an override but is not in the table; the columns are "
                        + "[id, x, y, c]");
    }

    @Test
    void rejects_a_column_whose_mean_overflows() {
        Dataset d = Dataset.ofColumns(NumericColumn.of("x", Double.POSITIVE_INFINITY, 1));
        assertThatThrownBy(() -> Impute.mean().fit(d))
                .hasMessage("impute step, column \"x\": the fill value is Infinity; the column holds infinite or "
                        + "overflowing values");
    }

    @Test
    void rejects_bad_arguments_by_name() {
        assertThatThrownBy(() -> Impute.constant(Double.NaN)).hasMessage("constant must be finite (was NaN)");
        assertThatThrownBy(() -> Impute.mean().override("x", Impute.mean().override("y", Impute.median())))
                .hasMessage("rule for column \"x\" must not have overrides of its own (was [y])");
        assertThatThrownBy(() -> Impute.mean().override(" ", Impute.median()))
                .hasMessage("column must not be blank (was \" \")");
    }
}
