package io.segmentation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

final class DataSummaryTest {
    private static final double NAN = Double.NaN;

    /**
     * Five rows: x = 1, 2, 4, NaN, 8; y = 3, NaN, 1, 5, 2; a constant column; an all-missing column; a
     * categorical column b, a, a, missing, b; and an id column, which the summary leaves out.
     */
    private static Dataset small() {
        return Dataset.ofColumns(
                IdColumn.of("id", "r1", "r2", "r3", "r4", "r5"),
                NumericColumn.of("x", 1, 2, 4, NAN, 8),
                NumericColumn.of("y", 3, NAN, 1, 5, 2),
                NumericColumn.of("constant", 5, 5, 5, 5, 5),
                NumericColumn.of("empty", NAN, NAN, NAN, NAN, NAN),
                CategoricalColumn.of("c", "b", "a", "a", null, "b"));
    }

    @Test
    void numeric_statistics_of_a_small_column_match_the_hand_working() {
        DataSummary.NumericStats x = DataSummary.of(small()).numeric("x");

        // Present values 1, 2, 4, 8: count 4, missing 1 of 5 rows = 20 %, mean 15/4 = 3.75.
        assertEquals(4, x.count());
        assertEquals(1, x.missing());
        assertEquals(20.0, x.missingPercent(), 1e-12);
        assertEquals(3.75, x.mean(), 1e-15);
        // Deviations -2.75, -1.75, 0.25, 4.25; squares 7.5625 + 3.0625 + 0.0625 + 18.0625 = 28.75;
        // sample variance 28.75 / 3.
        assertEquals(Math.sqrt(28.75 / 3.0), x.std(), 1e-14);
        assertEquals(1.0, x.min());
        assertEquals(8.0, x.max());
        // Type 7 over sorted 1, 2, 4, 8 (m = 4): h = 3p.
        // p = .25: h = 0.75 -> 1 + 0.75·(2 − 1) = 1.75; p = .5: h = 1.5 -> 2 + 0.5·(4 − 2) = 3;
        // p = .75: h = 2.25 -> 4 + 0.25·(8 − 4) = 5 (numpy.percentile gives 1.75, 3, 5).
        assertEquals(1.75, x.q1(), 1e-15);
        assertEquals(3.0, x.median(), 1e-15);
        assertEquals(5.0, x.q3(), 1e-15);
        // Cubes -20.796875 − 5.359375 + 0.015625 + 76.765625 = 50.625; m3 = 50.625/4, m2 = 28.75/4;
        // g1 = m3 / m2^1.5 and G1 = g1·√(4·3)/(4 − 2) = 1.13762436695769 (computed separately).
        double g1 = (50.625 / 4.0) / Math.pow(28.75 / 4.0, 1.5);
        assertEquals(g1 * Math.sqrt(12.0) / 2.0, x.skewness(), 1e-14);
        assertEquals(1.1376243669576889, x.skewness(), 1e-12);
    }

    @Test
    void skewness_is_the_adjusted_fisher_pearson_coefficient() {
        // Microsoft's documentation of Excel's SKEW (the same G1 as pandas) gives 0.359543 for this data.
        Dataset data = Dataset.ofColumns(NumericColumn.of("v", 3, 4, 5, 2, 3, 4, 5, 6, 4, 7));

        assertEquals(0.359543, DataSummary.of(data).numeric("v").skewness(), 5e-7);
    }

    @Test
    void skewness_is_zero_for_symmetric_data_and_nan_below_three_values() {
        Dataset data = Dataset.ofColumns(NumericColumn.of("symmetric", -3, -1, 0, 1, 3),
                NumericColumn.of("two", 1, 2, NAN, NAN, NAN));

        DataSummary summary = DataSummary.of(data);

        assertEquals(0.0, summary.numeric("symmetric").skewness(), 1e-15);
        assertThat(summary.numeric("two").skewness()).isNaN();
        assertEquals(Math.sqrt(0.5), summary.numeric("two").std(), 1e-15);   // (1 − 1.5)² + (2 − 1.5)² over 1
    }

    @Test
    void quartiles_follow_definition_seven_not_six() {
        // 1..10: type 7 puts the first quartile at h = 9·0.25 = 2.25 -> 3 + 0.25 = 3.25 and the third at
        // h = 6.75 -> 7 + 0.75 = 7.75; type 6 (Minitab, SPSS) would give 2.75 and 8.25.
        Dataset data = Dataset.ofColumns(NumericColumn.of("v", 10, 9, 8, 7, 6, 5, 4, 3, 2, 1));

        DataSummary.NumericStats v = DataSummary.of(data).numeric("v");

        assertEquals(3.25, v.q1(), 1e-15);
        assertEquals(5.5, v.median(), 1e-15);
        assertEquals(7.75, v.q3(), 1e-15);
    }

    @Test
    void a_single_value_is_every_quantile_and_has_no_spread() {
        DataSummary.NumericStats v = DataSummary.of(Dataset.ofColumns(NumericColumn.of("v", NAN, 7.5)))
                .numeric("v");

        assertEquals(List.of(7.5, 7.5, 7.5, 7.5, 7.5, 7.5), List.of(v.mean(), v.min(), v.q1(), v.median(),
                v.q3(), v.max()));
        assertThat(v.std()).isNaN();
        assertThat(v.skewness()).isNaN();
    }

    @Test
    void constant_and_all_missing_columns_give_defined_values_without_throwing() {
        DataSummary summary = DataSummary.of(small());

        DataSummary.NumericStats constant = summary.numeric("constant");
        assertEquals(5.0, constant.mean());
        assertEquals(0.0, constant.std());
        assertEquals(0.0, constant.skewness());   // pandas' convention for equal values

        DataSummary.NumericStats empty = summary.numeric("empty");
        assertEquals(0, empty.count());
        assertEquals(5, empty.missing());
        assertEquals(100.0, empty.missingPercent());
        for (double stat : new double[] {empty.mean(), empty.std(), empty.min(), empty.q1(), empty.median(),
            empty.q3(), empty.max(), empty.skewness()}) {
            assertThat(stat).isNaN();
        }
        assertThat(summary.correlation("constant", "x")).isNaN();
        assertThat(summary.correlation("constant", "constant")).isNaN();
        assertThat(summary.correlation("empty", "x")).isNaN();
    }

    @Test
    void a_dataset_without_rows_is_summarized_with_nan() {
        Dataset none = Dataset.ofColumns(NumericColumn.of("v"), CategoricalColumn.of("c", List.of()));

        DataSummary summary = DataSummary.of(none);

        assertEquals(0, summary.rowCount());
        assertThat(summary.numeric("v").missingPercent()).isNaN();
        assertThat(summary.numeric("v").mean()).isNaN();
        assertEquals(0, summary.categorical("c").distinct());
        assertThat(summary.categorical("c").top()).isEmpty();
        assertThat(summary.toText()).contains("0 rows");
    }

    @Test
    void correlation_uses_pairwise_complete_rows() {
        DataSummary summary = DataSummary.of(small());

        // Rows with both x and y: 1, 3, 5 -> x = 1, 4, 8 and y = 3, 1, 2. Means 13/3 and 2;
        // dx = -10/3, -1/3, 11/3; dy = 1, -1, 0; Sxy = -10/3 + 1/3 = -3; Sxx = 222/9; Syy = 2;
        // r = -3 / √(222/9 · 2) = -0.427121...
        double expected = -3.0 / Math.sqrt(222.0 / 9.0 * 2.0);
        assertEquals(expected, summary.correlation("x", "y"), 1e-15);
        assertEquals(expected, summary.correlation("y", "x"), 1e-15);
        assertEquals(1.0, summary.correlation("x", "x"), 1e-15);
        assertEquals(List.of("x", "y", "constant", "empty"), summary.numericColumns());
        assertEquals(expected, summary.correlationMatrix()[1][0], 1e-15);
    }

    @Test
    void correlation_of_exactly_linear_columns_is_plus_or_minus_one() {
        Dataset data = Dataset.ofColumns(NumericColumn.of("a", 0.1, 0.7, 0.3, 0.9),
                NumericColumn.of("up", 1.3, 2.5, 1.7, 2.9),       // 2a + 1.1
                NumericColumn.of("down", -0.2, -2.0, -0.8, -2.6)); // -3a + 0.1

        DataSummary summary = DataSummary.of(data);

        assertEquals(1.0, summary.correlation("a", "up"), 1e-12);
        assertEquals(-1.0, summary.correlation("a", "down"), 1e-12);
    }

    @Test
    void categorical_statistics_count_values_and_break_ties_by_first_appearance() {
        DataSummary.CategoricalStats c = DataSummary.of(small()).categorical("c");

        // b, a, a, missing, b: 4 present, 1 missing; a and b twice each, b seen first; shares of 4.
        assertEquals(4, c.count());
        assertEquals(1, c.missing());
        assertEquals(20.0, c.missingPercent(), 1e-12);
        assertEquals(2, c.distinct());
        assertEquals(List.of(new DataSummary.ValueCount("b", 2, 0.5), new DataSummary.ValueCount("a", 2, 0.5)),
                c.top());
        assertEquals(List.of(new DataSummary.ValueCount("b", 2, 0.5)),
                DataSummary.of(small(), 1).categorical("c").top());
    }

    @Test
    void most_frequent_values_are_ordered_by_count_and_limited() {
        Dataset data = Dataset.ofColumns(CategoricalColumn.of("c", "x", "y", "z", "z", "y", "z", "w"));

        DataSummary.CategoricalStats c = DataSummary.of(data, 2).categorical("c");

        // z 3 of 7, y 2 of 7; x and w (once each) fall outside the top 2.
        assertEquals(4, c.distinct());
        assertEquals(List.of(new DataSummary.ValueCount("z", 3, 3.0 / 7.0), new DataSummary.ValueCount("y", 2,
                2.0 / 7.0)), c.top());
    }

    @Test
    void distinct_counts_only_values_present_in_the_rows() {
        // The filtered column keeps the level "b" in its dictionary but no row holds it.
        Dataset filtered = small().rows(new int[] {1, 2});

        assertEquals(1, DataSummary.of(filtered).categorical("c").distinct());
    }

    @Test
    void id_columns_are_left_out() {
        DataSummary summary = DataSummary.of(small());

        assertThat(summary.toText()).doesNotContain("r1");
        assertThatThrownBy(() -> summary.numeric("id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no numeric column \"id\" in the summary; the numeric columns are [x, y, constant, empty]");
        assertThatThrownBy(() -> summary.categorical("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no categorical column \"x\" in the summary; the categorical columns are [c]");
    }

    @Test
    void rejects_a_top_value_count_below_one() {
        assertThatThrownBy(() -> DataSummary.of(small(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topValues must be >= 1 (was 0)");
    }

    @Test
    void text_tables_are_aligned_and_independent_of_the_default_locale() {
        Dataset data = Dataset.ofColumns(NumericColumn.of("x", 1, 2, 4, NAN, 8),
                CategoricalColumn.of("c", "b", "a", "a", null, "b"));
        Locale before = Locale.getDefault();
        String text;
        try {
            Locale.setDefault(Locale.GERMANY);   // would write 3,7500 if a format used the default locale
            text = DataSummary.of(data).toText();
        } finally {
            Locale.setDefault(before);
        }

        // Values as worked out above, four decimals, whole numbers bare. Each column is as wide as its
        // widest cell (the header "missing%" against "20.0%", "3.7500" against "mean"), two spaces apart;
        // names and the value list left-aligned, numbers right-aligned, no trailing spaces.
        String expected = String.join("\n",
                "5 rows, 1 numeric and 1 categorical columns",
                "",
                "Numeric columns",
                "column  count  missing  missing%    mean     std  min     25%  50%  75%  max    skew",
                "x           4        1     20.0%  3.7500  3.0957    1  1.7500    3    5    8  1.1376",
                "",
                "Categorical columns",
                "column  count  missing  missing%  distinct  most frequent",
                "c           4        1     20.0%         2  b (50.0%), a (50.0%)",
                "",
                "Pearson correlations (pairwise-complete rows)",
                "       x",
                "x  1.000",
                "");
        assertEquals(expected, text);
    }

    @Test
    void every_row_of_a_numeric_table_ends_where_its_header_ends() {
        Dataset data = Dataset.ofColumns(NumericColumn.of("x", 1, 2, 4, NAN, 8),
                NumericColumn.of("long_name", 1000.5, 2, 3, 4, 5));

        List<String> lines = DataSummary.of(data).toText().lines().toList();

        int header = lines.indexOf("Numeric columns") + 1;
        String head = lines.get(header);
        String x = lines.get(header + 1);
        String longName = lines.get(header + 2);
        // long_name: mean 1014.5 / 5 = 202.9, so the mean column is as wide as "202.9000".
        assertEquals(head.length(), x.length());
        assertEquals(head.length(), longName.length());
        assertEquals(head.indexOf("mean") + "mean".length(), x.indexOf("3.7500") + "3.7500".length());
        assertEquals(head.indexOf("mean") + "mean".length(), longName.indexOf("202.9000") + "202.9000".length());
        assertThat(x).startsWith("x          ");
    }

    @Test
    void agrees_with_commons_math_on_random_skewed_columns_with_gaps() {
        // Commons Math is an independent implementation of the same definitions: sample standard
        // deviation, the adjusted skewness G1, the R-7 percentile estimator and Pearson's r.
        SplittableRandom random = new SplittableRandom(99);
        int n = 1_001;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextDouble() < 0.1 ? NAN : Math.exp(2.0 * random.nextDouble());
            b[i] = random.nextDouble() < 0.2 ? NAN : 3.0 * (Double.isNaN(a[i]) ? 1.0 : a[i]) + random.nextDouble();
        }
        DataSummary summary = DataSummary.of(Dataset.ofColumns(NumericColumn.of("a", a), NumericColumn.of("b", b)));

        double[] presentA = Arrays.stream(a).filter(v -> !Double.isNaN(v)).toArray();
        DescriptiveStatistics reference = new DescriptiveStatistics(presentA);
        Percentile r7 = new Percentile().withEstimationType(EstimationType.R_7);
        DataSummary.NumericStats stats = summary.numeric("a");
        // Relative 1e-12: both sum the same values in different orders.
        assertEquals(reference.getMean(), stats.mean(), 1e-12 * Math.abs(reference.getMean()));
        assertEquals(reference.getStandardDeviation(), stats.std(), 1e-12 * reference.getStandardDeviation());
        assertEquals(reference.getSkewness(), stats.skewness(), 1e-10);
        assertEquals(r7.evaluate(presentA, 25.0), stats.q1(), 1e-12);
        assertEquals(r7.evaluate(presentA, 50.0), stats.median(), 1e-12);
        assertEquals(r7.evaluate(presentA, 75.0), stats.q3(), 1e-12);

        int both = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                both++;
            }
        }
        double[] pairedA = new double[both];
        double[] pairedB = new double[both];
        for (int i = 0, m = 0; i < n; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                pairedA[m] = a[i];
                pairedB[m++] = b[i];
            }
        }
        assertEquals(new PearsonsCorrelation().correlation(pairedA, pairedB), summary.correlation("a", "b"), 1e-12);
    }
}
