package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class FittedPreprocessorTest {
    private final FittedPreprocessor fitted = PreprocessorTest.chain().fit(PreprocessorTest.customers());

    private static Dataset newCustomers() {
        return Dataset.ofColumns(
                IdColumn.of("customer_id", "n1", "n2", "n3"),
                CategoricalColumn.of("channel", "tv", null, "app"),
                NumericColumn.of("spend", 99999, Double.NaN, 120),
                NumericColumn.of("age", Double.NaN, 18, 33),
                NumericColumn.of("extra", 1, 2, 3));
    }

    @Test
    void new_customers_are_transformed_with_the_training_parameters() {
        FeatureMatrix x = fitted.transform(newCustomers());
        // Row 0: age missing -> median 40 -> 0 after scaling; spend 99999 clipped to 850 like training's maximum;
        // channel "tv" unseen -> zeros.
        FeatureMatrix train = fitted.transform(PreprocessorTest.customers());
        assertEquals(0.0, x.get(0, 0), 1e-15);
        assertEquals(train.get(5, 1), x.get(0, 1), 0.0);
        assertArrayEquals(new double[] {0, 0, 0}, java.util.Arrays.copyOfRange(x.row(0), 2, 5), 0.0);
        assertEquals(fitted.featureNames(), x.featureNames());
        assertEquals(fitted.sourceColumns(), x.sourceColumns());
    }

    @Test
    void one_row_gives_the_same_features_as_the_table() {
        Dataset d = newCustomers();
        FeatureMatrix x = fitted.transform(d);
        for (int i = 0; i < d.rowCount(); i++) {
            assertArrayEquals(x.row(i), fitted.transformRow(d.row(i)), 0.0, "row " + i);
        }
        Map<String, Object> row = new HashMap<>();
        row.put("age", 34);
        row.put("spend", 830.0);
        row.put("channel", "web");
        Dataset one = Dataset.ofColumns(NumericColumn.of("age", 34), NumericColumn.of("spend", 830),
                CategoricalColumn.of("channel", "web"));
        assertArrayEquals(fitted.transform(one).row(0), fitted.transformRow(row), 0.0);
    }

    @Test
    void round_trip_gives_an_equal_chain_and_identical_output() {
        for (Preprocessor p : List.of(PreprocessorTest.chain(),
                PreprocessorTest.chain().toBuilder().pca(Pca.keepVariance(0.9).whiten())
                        .impute(Impute.mean().indicators(Impute.Indicators.ADD)).outliers(Outliers.zScore().flag())
                        .encode(Encode.label()).scale(Scale.robust()).build())) {
            FittedPreprocessor f = p.fit(PreprocessorTest.customers());
            FittedPreprocessor back = FittedPreprocessor.read(States.reread(f.toState()));
            assertEquals(f, back);
            assertEquals(f.report(), back.report());
            assertEquals(f.transform(newCustomers()), back.transform(newCustomers()));
        }
    }

    @Test
    void rejects_a_table_without_a_fitted_column_or_with_another_type() {
        assertThatThrownBy(() -> fitted.transform(newCustomers().drop("age")))
                .hasMessage("preprocessor step, column \"age\": not in the table (the step was fitted on it); the "
                        + "columns are [customer_id, channel, spend, extra]");
        Dataset typed = newCustomers().withColumn(CategoricalColumn.of("spend", "a", "b", "c"));
        assertThatThrownBy(() -> fitted.transform(typed))
                .hasMessage("preprocessor step, column \"spend\": expected numeric, found categorical");
    }

    @Test
    void rejects_values_a_step_cannot_take_naming_the_step() {
        Dataset inf = newCustomers().withColumn(NumericColumn.of("age", 1, Double.POSITIVE_INFINITY, 3));
        // Clipping maps infinity to a fence, so use a chain without outlier treatment.
        FittedPreprocessor plain = PreprocessorTest.chain().toBuilder().outliers(Outliers.none()).build()
                .fit(PreprocessorTest.customers());
        assertThatThrownBy(() -> plain.transform(inf))
                .hasMessage("scale step, column \"age\", row 1: Infinity; only finite values can be used");
        FittedPreprocessor strict = PreprocessorTest.chain().toBuilder()
                .encode(Encode.oneHot().unseen(Encode.Unseen.ERROR)).build().fit(PreprocessorTest.customers());
        assertThatThrownBy(() -> strict.transform(newCustomers()))
                .hasMessage("encode step, column \"channel\", row 0: level \"tv\" was not seen in training (unseen "
                        + "policy ERROR); the levels are [web, app, shop]");
    }

    @Test
    void rejects_rows_with_absent_keys_or_values_of_the_wrong_type() {
        Map<String, Object> row = new HashMap<>();
        row.put("age", 34);
        row.put("channel", "web");
        assertThatThrownBy(() -> fitted.transformRow(row))
                .hasMessageStartingWith("preprocessor step, column \"spend\": not in the row (use null for a missing "
                        + "value); the keys are ");
        row.put("spend", "lots");
        assertThatThrownBy(() -> fitted.transformRow(row))
                .hasMessage("preprocessor step, column \"spend\": expected a number, found \"lots\"");
        row.put("spend", 1.0);
        row.put("channel", 7);
        assertThatThrownBy(() -> fitted.transformRow(row))
                .hasMessage("preprocessor step, column \"channel\": expected a string, found 7");
    }

    @Test
    void rejects_malformed_state_naming_the_path() {
        JsonObject state = fitted.toState();
        state.add("types", new com.google.gson.Gson().toJsonTree(List.of("NUMERIC", "ID", "CATEGORICAL")));
        assertThatThrownBy(() -> FittedPreprocessor.read(new StateReader(state)))
                .hasMessage("$.types[1]: expected NUMERIC or CATEGORICAL, found \"ID\"");
        JsonObject scale = fitted.toState();
        scale.getAsJsonObject("scale").remove("centre");
        assertThatThrownBy(() -> FittedPreprocessor.read(new StateReader(scale))).hasMessage("$.scale.centre: missing");
    }
}
