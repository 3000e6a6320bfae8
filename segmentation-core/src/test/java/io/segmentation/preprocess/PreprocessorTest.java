package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PreprocessorTest {
    static Dataset customers() {
        return Dataset.ofColumns(
                IdColumn.of("customer_id", "c1", "c2", "c3", "c4", "c5", "c6"),
                NumericColumn.of("age", 20, 30, Double.NaN, 40, 50, 60),
                NumericColumn.of("spend", 100, 200, 300, 400, 500, 10000),
                CategoricalColumn.of("channel", "web", "shop", "web", null, "web", "app"));
    }

    static Preprocessor chain() {
        return Preprocessor.builder().idColumn("customer_id").impute(Impute.median())
                .outliers(Outliers.iqr(1.5).clip()).encode(Encode.oneHot()).scale(Scale.standard()).build();
    }

    @Test
    void the_full_chain_matches_a_hand_worked_example() {
        // Impute: age median of 20,30,40,50,60 = 40; channel most frequent = web.
        // Outliers (R-7, n = 6): age Q1 32.5, Q3 47.5 -> fences 10, 70 (none); spend Q1 225, Q3 475, IQR 250
        // -> fences -150, 850: 10000 is clipped to 850.
        // Encode: web 4, app 1, shop 1 -> web, app, shop (tie to the smaller string).
        // Scale: age mean 40, population σ = √(1000/6); spend computed naively below.
        Preprocessed p = chain().fitTransform(customers());
        FeatureMatrix x = p.features();
        assertEquals(List.of("age", "spend", "channel=web", "channel=app", "channel=shop"), x.featureNames());
        assertEquals(List.of("age", "spend", "channel", "channel", "channel"), x.sourceColumns());

        double[] age = {20, 30, 40, 40, 50, 60};
        double[] spend = {100, 200, 300, 400, 500, 850};
        double sa = Math.sqrt(1000.0 / 6);
        double ms = 2350.0 / 6;
        double ss = 0;
        for (double s : spend) {
            ss += (s - ms) * (s - ms);
        }
        double sd = Math.sqrt(ss / 6);
        double[][] onehot = {{1, 0, 0}, {0, 0, 1}, {1, 0, 0}, {1, 0, 0}, {1, 0, 0}, {0, 1, 0}};
        for (int i = 0; i < 6; i++) {
            double[] expected = {(age[i] - 40) / sa, (spend[i] - ms) / sd, onehot[i][0], onehot[i][1], onehot[i][2]};
            assertArrayEquals(expected, x.row(i), 1e-12, "row " + i);
        }
        PreprocessReport report = p.fitted().report();
        assertEquals(6, report.rows());
        assertEquals(0, report.rowsDropped());
        assertEquals(Map.of("age", 1, "spend", 0, "channel", 1), report.missingFilled());
        assertEquals(Map.of("age", 0, "spend", 1), report.outliers());
        assertEquals(Outliers.Treatment.CLIP, report.outlierTreatment());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, p.keptRows());
    }

    @Test
    void drop_rows_removes_training_outliers_before_encoding() {
        Preprocessed p = chain().toBuilder().outliers(Outliers.iqr().dropRows()).build().fitTransform(customers());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, p.keptRows());
        assertEquals(5, p.features().rowCount());
        assertEquals(1, p.fitted().report().rowsDropped());
        // The only "app" customer was dropped, so encoding never saw it.
        assertEquals(List.of("age", "spend", "channel=web", "channel=shop"), p.features().featureNames());
    }

    @Test
    void indicator_flag_and_one_hot_columns_stay_zero_or_one() {
        Preprocessor prep = chain().toBuilder().impute(Impute.median().indicators(Impute.Indicators.ADD))
                .outliers(Outliers.iqr().flag()).build();
        FeatureMatrix x = prep.fitTransform(customers()).features();
        assertEquals(List.of("age", "spend", "channel=web", "channel=app", "channel=shop", "age_missing",
                "channel_missing", "age_outlier", "spend_outlier"), x.featureNames());
        assertEquals(List.of("age", "spend", "channel", "channel", "channel", "age", "channel", "age", "spend"),
                x.sourceColumns());
        for (int i = 0; i < 6; i++) {
            assertEquals(i == 2 ? 1.0 : 0.0, x.get(i, 5), 0.0);
            assertEquals(i == 3 ? 1.0 : 0.0, x.get(i, 6), 0.0);
            assertEquals(i == 5 ? 1.0 : 0.0, x.get(i, 8), 0.0);
        }
    }

    @Test
    void pca_runs_last_on_the_encoded_features() {
        Preprocessor withPca = chain().toBuilder().pca(Pca.components(2)).build();
        FeatureMatrix z = withPca.fit(customers()).transform(customers());
        FeatureMatrix x = chain().fit(customers()).transform(customers());
        FeatureMatrix expected = Pca.components(2).fit(x).transform(x);
        assertEquals(List.of("pc1", "pc2"), z.featureNames());
        assertArrayEquals(expected.toArray(), z.toArray(), 0.0);
    }

    @Test
    void id_columns_are_never_features_and_include_and_drop_choose_the_rest() {
        Dataset d = customers();
        assertEquals(List.of("age", "spend", "channel=web", "channel=app", "channel=shop"),
                Preprocessor.builder().build().fit(d).featureNames());
        assertEquals(List.of("spend"), Preprocessor.builder().include("spend").build().fit(d).featureNames());
        assertEquals(List.of("age", "spend"), Preprocessor.builder().drop("channel").build().fit(d).featureNames());
    }

    @Test
    void the_input_table_is_unchanged() {
        Dataset d = customers();
        Dataset copy = Dataset.ofColumns(d.columns());
        chain().fit(d).transform(d);
        assertEquals(customers(), d);
        assertEquals(copy, d);
    }

    @Test
    void rejects_bad_tables_naming_the_column() {
        assertThatThrownBy(() -> chain().fit(customers().head(0)))
                .hasMessage("preprocessor step: cannot fit on a table with no rows");
        assertThatThrownBy(() -> Preprocessor.builder().include("customer_id").build().fit(customers()))
                .hasMessage("preprocessor step, column \"customer_id\": is an id column and cannot be a feature");
        assertThatThrownBy(() -> Preprocessor.builder().drop("height").build().fit(customers()))
                .hasMessage("preprocessor step, column \"height\": named in drop but not in the table; the columns are "
                        + "[customer_id, age, spend, channel]");
        assertThatThrownBy(() -> Preprocessor.builder().drop("age", "spend", "channel").build().fit(customers()))
                .hasMessage("preprocessor step: no feature columns are left (the columns are [Field[name=customer_id, "
                        + "type=ID], Field[name=age, type=NUMERIC], Field[name=spend, type=NUMERIC], "
                        + "Field[name=channel, type=CATEGORICAL]])");
        // x = -1, 1: mean 0, σ 1, so z-score fences at ∓0.5 leave every row outside.
        Dataset spread = Dataset.ofColumns(NumericColumn.of("x", -1, 1));
        assertThatThrownBy(() -> Preprocessor.builder().outliers(Outliers.zScore(0.5).dropRows()).build().fit(spread))
                .hasMessage("outliers step: every row holds an outlier, so dropping them leaves nothing; widen the "
                        + "fences");
    }

    @Test
    void the_builder_reports_every_conflict_at_once() {
        assertThatThrownBy(() -> Preprocessor.builder().idColumn("id").include("a", "id", "a").drop("a", "id").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Preprocessor is invalid:\n"
                        + "  - column \"a\" is listed in both include(...) and drop(...)\n"
                        + "  - column \"id\" is listed in both include(...) and drop(...)\n"
                        + "  - column \"a\" is listed in both include(...) and drop(...)\n"
                        + "  - idColumn \"id\" is also listed in include(...)\n"
                        + "  - idColumn \"id\" is also listed in drop(...)\n"
                        + "  - include(...) lists a column twice: [a, id, a]");
        assertThatThrownBy(() -> Preprocessor.builder().idColumn("")).hasMessage("idColumn must not be blank (was \"\")");
        assertThatThrownBy(() -> Preprocessor.builder().scale(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void to_builder_round_trips_the_configuration() {
        Preprocessor p = chain().toBuilder().pca(Pca.keepVariance(0.9).whiten()).build();
        assertEquals(p, p.toBuilder().build());
        assertEquals(chain(), p.toBuilder().noPca().build());
    }
}
