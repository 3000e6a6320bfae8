package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.profile.SegmentProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.RadarChart;
import org.knowm.xchart.RadarSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

final class SegmentChartsTest {
    private static List<String> names(SegmentationModel model) {
        List<String> names = new ArrayList<>();
        for (Segment s : model.segments()) {
            names.add(s.name());
        }
        return names;
    }

    @Test
    void pca_scatter_renders_with_every_segment_and_the_centres_in_the_legend() {
        XYChart chart = SegmentCharts.pcaScatter(Fixtures.MODEL, Fixtures.CUSTOMERS);
        Rendering.assertRenders(chart);
        List<String> expected = new ArrayList<>(names(Fixtures.MODEL));
        expected.add("segment centres");
        assertThat(Rendering.legend(chart)).containsExactlyElementsOf(expected);
        // 1,500 rows are under the sample limit: every customer is drawn once.
        int points = 0;
        for (String name : names(Fixtures.MODEL)) {
            points += chart.getSeries(name).getXData().length;
        }
        assertThat(points).isEqualTo(Fixtures.CUSTOMERS.rowCount());
    }

    @Test
    void pca_scatter_of_a_model_with_pca_plots_its_first_two_components() {
        XYChart chart = SegmentCharts.pcaScatter(Fixtures.PCA_MODEL, Fixtures.CUSTOMERS);
        Rendering.assertRenders(chart);
        assertThat(Rendering.legend(chart)).containsAll(names(Fixtures.PCA_MODEL));
        // Row 0's point is its first two model features (pc1, pc2) in its segment's series.
        var features = Fixtures.PCA_MODEL.features(Fixtures.CUSTOMERS);
        int segment = Fixtures.PCA_MODEL.assignAll(Fixtures.CUSTOMERS)[0];
        XYSeries s = chart.getSeries(Fixtures.PCA_MODEL.segment(segment).name());
        assertThat(s.getXData()[0]).isEqualTo(features.get(0, 0));
        assertThat(s.getYData()[0]).isEqualTo(features.get(0, 1));
    }

    @Test
    void scatter_pairs_are_every_pair_of_the_top_features() {
        List<XYChart> charts = SegmentCharts.scatterPairs(Fixtures.MODEL, Fixtures.CUSTOMERS, 3);
        assertThat(charts).hasSize(3);                    // C(3, 2)
        for (XYChart chart : charts) {
            Rendering.assertRenders(chart);
            assertThat(Rendering.legend(chart)).containsExactlyElementsOf(names(Fixtures.MODEL));
        }
        assertThatThrownBy(() -> SegmentCharts.scatterPairs(Fixtures.MODEL, Fixtures.CUSTOMERS, 7))
                .hasMessage("count must be between 2 and 6 (was 7)");
    }

    @Test
    void sizes_have_one_bar_per_segment_of_its_size() {
        CategoryChart chart = SegmentCharts.sizes(Fixtures.MODEL);
        Rendering.assertRenders(chart);
        assertThat(Rendering.legend(chart)).containsExactlyElementsOf(names(Fixtures.MODEL));
        int total = 0;
        for (Segment s : Fixtures.MODEL.segments()) {
            CategorySeries series = chart.getSeries(s.name());
            double sum = 0;
            for (double y : series.getYData()) {
                sum += y;
            }
            assertThat(sum).isEqualTo(s.size());
            total += s.size();
        }
        assertThat(total).isEqualTo(Fixtures.CUSTOMERS.rowCount());
    }

    @Test
    void heatmap_has_a_row_per_segment_and_clamped_effect_sizes() {
        HeatMapChart chart = SegmentCharts.profileHeatmap(Fixtures.MODEL);
        Rendering.assertRenders(chart);
        List<Object> rows = new ArrayList<>(chart.getHeatMapSeries().getYData());
        assertThat(rows).containsExactlyElementsOf(new ArrayList<Object>(names(Fixtures.MODEL)));
        List<?> features = chart.getHeatMapSeries().getXData();
        for (Number[] cell : chart.getHeatMapSeries().getHeatData()) {
            SegmentProfile p = Fixtures.MODEL.profiles().segments().get(cell[1].intValue());
            double e = p.numeric((String) features.get(cell[0].intValue())).effectSize();
            double expected = Math.round(Math.max(-2.0, Math.min(2.0, e)) * 100.0) / 100.0;
            assertThat(cell[2].doubleValue()).isEqualTo(expected);
        }
    }

    @Test
    void radar_maps_effect_sizes_to_the_unit_interval_with_everyone_at_the_middle() {
        RadarChart chart = SegmentCharts.radar(Fixtures.MODEL, 1, 6);
        Rendering.assertRenders(chart);
        SegmentProfile p = Fixtures.MODEL.profiles().segment(1);
        assertThat(Rendering.legend(chart)).containsExactly("everyone", p.name());
        String[] spokes = chart.getRadiiLabels();
        assertThat(spokes).hasSize(6);
        RadarSeries s = chart.getSeries(p.name());
        for (int j = 0; j < spokes.length; j++) {
            double e = Math.max(-2.0, Math.min(2.0, p.numeric(spokes[j]).effectSize()));
            assertThat(s.getValues()[j]).isCloseTo((e + 2.0) / 4.0, org.assertj.core.data.Offset.offset(1e-15));
        }
        assertThat(chart.getSeries("everyone").getValues()).containsOnly(0.5);
    }

    @Test
    void top_features_are_ordered_by_largest_absolute_effect() {
        List<String> top = SegmentCharts.topFeatures(Fixtures.MODEL, 4);
        double previous = Double.POSITIVE_INFINITY;
        for (String f : top) {
            double best = 0;
            for (SegmentProfile p : Fixtures.MODEL.profiles().segments()) {
                best = Math.max(best, Math.abs(p.numeric(f).effectSize()));
            }
            assertThat(best).isLessThanOrEqualTo(previous);
            previous = best;
        }
        assertThat(top).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void radar_rejects_an_unknown_segment_and_too_few_spokes() {
        assertThatThrownBy(() -> SegmentCharts.radar(Fixtures.MODEL, 0, 2))
                .hasMessage("features must be between 3 and 12 (was 2)");
        assertThatThrownBy(() -> SegmentCharts.radar(Fixtures.MODEL, 99, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void central_range_covers_the_middle_99_percent_with_a_margin() {
        // Values 0..999: the quantile ranks are ⌊0.005·999⌋ = 4 and ⌈0.995·999⌉ = 995, so [4, 995] widened
        // by 2 % of 991 = 19.82 on each side.
        double[] values = new double[1000];
        int[] rows = new int[1000];
        for (int i = 0; i < 1000; i++) {
            values[i] = 999 - i;                              // order does not matter
            rows[i] = i;
        }
        double[] range = SegmentCharts.centralRange(io.segmentation.data.NumericColumn.of("v", values), rows);
        assertThat(range[0]).isCloseTo(4 - 19.82, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(range[1]).isCloseTo(995 + 19.82, org.assertj.core.data.Offset.offset(1e-9));
    }
}
