package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

final class RfmChartsTest {
    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Segment s : Fixtures.MODEL.segments()) {
            names.add(s.name());
        }
        return names;
    }

    @Test
    void distribution_stacks_segments_into_an_equal_width_histogram() {
        CategoryChart chart = RfmCharts.distribution(Fixtures.MODEL, Fixtures.CUSTOMERS, "monetary", 10);
        Rendering.assertRenders(chart);
        assertThat(Rendering.legend(chart)).containsExactlyElementsOf(names());
        // An independent histogram: count values per bin by comparing with the bin edges.
        NumericColumn m = Fixtures.CUSTOMERS.numeric("monetary");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m.size(); i++) {
            if (!m.isMissing(i)) {
                min = Math.min(min, m.get(i));
                max = Math.max(max, m.get(i));
            }
        }
        int[] expected = new int[10];
        for (int i = 0; i < m.size(); i++) {
            if (!m.isMissing(i)) {
                int b = 0;
                while (b < 9 && m.get(i) >= min + (b + 1) * (max - min) / 10) {
                    b++;
                }
                expected[b]++;
            }
        }
        double[] stacked = new double[10];
        for (String name : names()) {
            double[] y = chart.getSeries(name).getYData();
            for (int b = 0; b < 10; b++) {
                stacked[b] += y[b];
            }
        }
        for (int b = 0; b < 10; b++) {
            assertThat(stacked[b]).as("bin %d", b).isEqualTo(expected[b]);
        }
    }

    @Test
    void recency_frequency_has_every_segment_in_the_legend() {
        XYChart chart = RfmCharts.recencyFrequency(Fixtures.MODEL, Fixtures.CUSTOMERS, "recency_days", "frequency");
        Rendering.assertRenders(chart);
        assertThat(Rendering.legend(chart)).containsExactlyElementsOf(names());
    }

    @Test
    void monetary_quartiles_split_eight_customers_two_by_two() {
        // monetary 1..8: the lower quartile bounds are the values at ranks ⌈q·8/4⌉ − 1 = 1, 3, 5: 2, 4 and 6.
        double[][] rows = new double[8][];
        for (int i = 0; i < 8; i++) {
            rows[i] = new double[] {10 * i, i % 3, i + 1};
        }
        Dataset customers = Dataset.of(rows, "recency", "frequency", "monetary");
        XYChart chart = RfmCharts.recencyFrequencyByMonetary(customers, "recency", "frequency", "monetary");
        Rendering.assertRenders(chart);
        assertThat(Rendering.legend(chart)).containsExactly("monetary Q1 (≤ 2)", "monetary Q2 (2–4]",
                "monetary Q3 (4–6]", "monetary Q4 (> 6)");
        assertThat(chart.getSeries("monetary Q1 (≤ 2)").getXData()).containsExactly(0, 10);
        assertThat(chart.getSeries("monetary Q4 (> 6)").getXData()).containsExactly(60, 70);
    }

    @Test
    void a_missing_or_categorical_column_is_named() {
        assertThatThrownBy(() -> RfmCharts.distribution(Fixtures.MODEL, Fixtures.CUSTOMERS, "no_such", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such");
        assertThatThrownBy(() -> RfmCharts.distribution(Fixtures.MODEL, Fixtures.CUSTOMERS, "monetary", 1))
                .hasMessage("bins must be between 2 and 100 (was 1)");
    }

    @Test
    void compact_labels_have_at_most_four_significant_digits() {
        assertThat(RfmCharts.compact(1234.56)).isEqualTo("1235");
        assertThat(RfmCharts.compact(12.3456)).isEqualTo("12.35");
        assertThat(RfmCharts.compact(0.5)).isEqualTo("0.5");
        assertThat(RfmCharts.compact(-0.000123456)).isEqualTo("-0.0001235");
        assertThat(RfmCharts.compact(3.0)).isEqualTo("3");
    }
}
