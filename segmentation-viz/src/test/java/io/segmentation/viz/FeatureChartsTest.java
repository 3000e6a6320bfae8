package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.preprocess.FittedPca;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

final class FeatureChartsTest {
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
}
