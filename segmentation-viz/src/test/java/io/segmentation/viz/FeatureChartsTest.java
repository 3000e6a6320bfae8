package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.DataSummary;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.monitor.DriftMonitor;
import io.segmentation.monitor.DriftReport;
import io.segmentation.monitor.DriftStatus;
import io.segmentation.monitor.DriftThresholds;
import io.segmentation.monitor.FeatureDrift;
import io.segmentation.preprocess.FittedPca;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;

final class FeatureChartsTest {
    @Test
    void correlations_are_pearsons_r_per_pair_with_undefined_drawn_as_zero() {
        // a = 1..4; b = 2a + 1 (r = 1); c = 5 - a (r = -1); d = +1, -1, +1, -1: deviations of a are
        // -1.5, -0.5, 0.5, 1.5, so sum(da * dd) = -1.5 + 0.5 + 0.5 - 1.5 = -2, |da| = sqrt(5), |dd| = 2 and
        // r(a, d) = -2 / (2 sqrt(5)) = -0.447 (shown -0.45); e is constant (r undefined, drawn as 0).
        Dataset data = Dataset.ofColumns(NumericColumn.of("a", 1, 2, 3, 4), NumericColumn.of("b", 3, 5, 7, 9),
                NumericColumn.of("c", 4, 3, 2, 1), NumericColumn.of("d", 1, -1, 1, -1),
                NumericColumn.of("e", 7, 7, 7, 7), CategoricalColumn.of("city", List.of("x", "y", "x", "y")));
        HeatMapChart chart = FeatureCharts.correlations(DataSummary.of(data));
        Rendering.assertRenders(chart);
        assertThat(List.copyOf(chart.getHeatMapSeries().getXData())).isEqualTo(List.of("a", "b", "c", "d", "e"));
        assertThat(List.copyOf(chart.getHeatMapSeries().getYData())).isEqualTo(List.of("a", "b", "c", "d", "e"));
        Map<String, Double> cells = new HashMap<>();
        List<?> names = chart.getHeatMapSeries().getXData();
        for (Number[] cell : chart.getHeatMapSeries().getHeatData()) {
            cells.put(names.get(cell[1].intValue()) + "," + names.get(cell[0].intValue()), cell[2].doubleValue());
        }
        assertThat(cells).hasSize(25).containsEntry("a,a", 1.0).containsEntry("a,b", 1.0)
                .containsEntry("c,a", -1.0).containsEntry("a,d", -0.45).containsEntry("d,a", -0.45)
                .containsEntry("e,a", 0.0).containsEntry("b,c", -1.0);
    }

    @Test
    void correlations_need_two_numeric_columns() {
        Dataset one = Dataset.ofColumns(NumericColumn.of("a", 1, 2, 3), CategoricalColumn.of("c", List.of("x", "y",
                "z")));
        assertThatThrownBy(() -> FeatureCharts.correlations(DataSummary.of(one)))
                .hasMessage("summary must have at least 2 numeric columns to correlate (was 1)");
    }

    @Test
    void explained_variance_bars_and_running_sum_in_percent() {
        FittedPca pca = Fixtures.PCA_MODEL.preprocessor().pca().orElseThrow();
        CategoryChart chart = FeatureCharts.explainedVariance(pca);
        Rendering.assertRenders(chart);
        double[] ratio = pca.explainedVarianceRatio();
        double[] bars = chart.getSeries("explained").getYData();
        double[] line = chart.getSeries("cumulative").getYData();
        double sum = 0;
        for (int r = 0; r < ratio.length; r++) {
            sum += ratio[r];
            assertThat(bars[r]).isCloseTo(100 * ratio[r], Offset.offset(1e-12));
            assertThat(line[r]).isCloseTo(100 * sum, Offset.offset(1e-12));
        }
        // keepVariance(0.8): the kept components explain at least 80 %.
        assertThat(line[ratio.length - 1]).isGreaterThanOrEqualTo(80.0 - 1e-9);
    }

    @Test
    void drift_colours_each_feature_by_its_status() {
        // watch 0.1, retrain 0.25: 0.05 is stable, 0.1 is watched (≥ watch), 0.3 calls for retraining.
        CategoryChart chart = FeatureCharts.drift(List.of("age", "income", "monetary"), new double[] {0.05, 0.1, 0.3},
                0.1, 0.25);
        Rendering.assertRenders(chart);
        assertThat(Rendering.legend(chart)).containsExactly("stable", "watch", "retrain");
        assertThat(chart.getSeries("stable").getYData()).containsExactly(0.05, 0.0, 0.0);
        assertThat(chart.getSeries("watch").getYData()).containsExactly(0.0, 0.1, 0.0);
        assertThat(chart.getSeries("retrain").getYData()).containsExactly(0.0, 0.0, 0.3);
    }

    @Test
    void drift_checks_its_inputs() {
        assertThatThrownBy(() -> FeatureCharts.drift(List.of("a"), new double[] {0.1, 0.2}, 0.1, 0.25))
                .hasMessage("psi must have one value per feature, at least one (was 1 features, 2 values)");
        assertThatThrownBy(() -> FeatureCharts.drift(List.of("a"), new double[] {-0.1}, 0.1, 0.25))
                .hasMessageStartingWith("psi[0] must be finite and >= 0.0");
        assertThatThrownBy(() -> FeatureCharts.drift(List.of("a"), new double[] {0.1}, 0.3, 0.25))
                .hasMessage("retrain must be > watch (was retrain=0.25, watch=0.3)");
    }

    @Test
    void drift_of_a_report_draws_each_column_in_the_series_of_its_status() {
        // Thresholds far below the PSI of a 300-row sample put columns in all three series; the chart must
        // agree with the status the monitor gave each column, and draw the report's thresholds.
        DriftReport report = DriftMonitor.of(Fixtures.MODEL)
                .withThresholds(DriftThresholds.defaults().withPsi(0.01, 0.05).withMinimumRows(300))
                .check(Fixtures.CUSTOMERS.head(300));
        CategoryChart chart = FeatureCharts.drift(report);
        Rendering.assertRenders(chart);
        assertThat(chart.getTitle()).contains("watch ≥ 0.01, retrain ≥ 0.05");
        assertThat(new ArrayList<Object>(chart.getSeries("stable").getXData()))
                .containsExactlyElementsOf(report.featureNames());
        double[][] bars = {chart.getSeries("stable").getYData(), chart.getSeries("watch").getYData(),
                chart.getSeries("retrain").getYData()};
        List<FeatureDrift> features = report.features();
        for (int j = 0; j < features.size(); j++) {
            int status = features.get(j).status().ordinal();
            for (int s = 0; s < 3; s++) {
                assertThat(bars[s][j]).as(features.get(j).column() + " in series " + s)
                        .isEqualTo(s == status ? features.get(j).psi() : 0.0);
            }
        }
        assertThat(features).extracting(FeatureDrift::status).contains(DriftStatus.STABLE, DriftStatus.RETRAIN);
    }

    @Test
    void drift_of_a_report_with_one_psi_threshold_is_refused() {
        DriftReport report = DriftMonitor.of(Fixtures.MODEL)
                .withThresholds(DriftThresholds.defaults().withPsi(0.2, 0.2).withMinimumRows(100))
                .check(Fixtures.CUSTOMERS.head(100));
        assertThatThrownBy(() -> FeatureCharts.drift(report))
                .hasMessage("retrain must be > watch (was retrain=0.2, watch=0.2)");
    }
}
