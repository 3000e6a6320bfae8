package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.cluster.Agglomerative;
import io.segmentation.cluster.Dendrogram;
import io.segmentation.cluster.Linkage;
import io.segmentation.eval.Silhouette;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.series.Series;

final class QualityChartsTest {
    /**
     * Complete linkage of 0, 1, 5, 6, 20 on a line, by hand: {0,1} and {5,6} at 1, then {0,1,5,6} at
     * max |0 − 6| = 6, then everything at |0 − 20| = 20.
     */
    private static Dendrogram line() {
        return Agglomerative.builder().k(2).linkage(Linkage.COMPLETE).build()
                .fit(new double[][] {{0}, {1}, {5}, {6}, {20}}).dendrogram();
    }

    @Test
    void silhouette_plot_has_a_band_per_segment_holding_its_rows() {
        XYChart chart = QualityCharts.silhouette(Fixtures.MODEL, Fixtures.CUSTOMERS);
        Rendering.assertRenders(chart);
        List<String> names = new ArrayList<>();
        for (Segment s : Fixtures.MODEL.segments()) {
            names.add(s.name());
            // A closed polygon: the first and last points are on the axis, one point per row in between.
            XYSeries band = chart.getSeries(s.name());
            assertThat(band.getYData().length).isEqualTo(s.size() + 2);
            assertThat(band.getYData()[0]).isZero();
            assertThat(band.getYData()[band.getYData().length - 1]).isZero();
        }
        assertThat(Rendering.legend(chart)).containsExactlyElementsOf(names);
    }

    @Test
    void silhouette_bands_are_sorted_from_high_to_low() {
        // Two tight pairs far apart: silhouettes by hand. Rows 0,1 at 0 and 1, rows 2,3 at 10 and 12.
        // a(0) = 1, b(0) = (10 + 12) / 2 = 11, s = 1 − 1/11 = 10/11; a(1) = 1, b(1) = 10, s = 9/10;
        // a(2) = 2, b(2) = (10 + 9) / 2 = 9.5, s = 1 − 2/9.5; a(3) = 2, b(3) = 11.5, s = 1 − 2/11.5.
        int[] labels = {0, 0, 1, 1};
        Silhouette s = Silhouette.exact(org.ejml.data.DMatrixRMaj.wrap(4, 1, new double[] {0, 1, 10, 12}), labels);
        XYChart chart = QualityCharts.silhouette(s, labels, List.of("a", "b"));
        Rendering.assertRenders(chart);
        double[] a = chart.getSeries("a").getYData();
        double[] b = chart.getSeries("b").getYData();
        assertThat(a[1]).isCloseTo(10.0 / 11.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a[2]).isCloseTo(9.0 / 10.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(b[1]).isCloseTo(1 - 2 / 11.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(b[2]).isCloseTo(1 - 2 / 9.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void silhouette_rejects_labels_of_another_length() {
        Silhouette s = Silhouette.exact(org.ejml.data.DMatrixRMaj.wrap(4, 1, new double[] {0, 1, 10, 12}),
                new int[] {0, 0, 1, 1});
        assertThatThrownBy(() -> QualityCharts.silhouette(s, new int[] {0, 1}, List.of("a", "b")))
                .hasMessage("labels must have one value per silhouette (was 2 labels, 4 silhouettes)");
    }

    @Test
    void dendrogram_cut_lies_between_the_merges_that_give_k_clusters() {
        XYChart two = QualityCharts.dendrogram(line(), 30, 2);
        Rendering.assertRenders(two);
        // Heights 1, 1, 6, 20: two clusters between 6 and 20, three between 1 and 6.
        assertThat(Rendering.legend(two)).contains("cut at 13");
        assertThat(Rendering.legend(QualityCharts.dendrogram(line(), 30, 3))).contains("cut at 3.5");
    }

    @Test
    void dendrogram_draws_one_u_per_merge_with_the_root_on_top() {
        XYChart chart = QualityCharts.dendrogram(line(), 30, 2);
        int us = 0;
        double top = 0;
        for (Series s : chart.getSeriesCollection()) {
            if (!s.getName().startsWith("cut")) {
                us++;
                top = Math.max(top, ((XYSeries) s).getYData()[1]);
            }
        }
        assertThat(us).isEqualTo(4);                    // n − 1 merges
        assertThat(top).isEqualTo(20.0);
    }

    @Test
    void a_truncated_dendrogram_keeps_only_the_top_merges() {
        // maxLeaves 3: the top two merges, over the subtrees {0,1,5,6}'s halves and {20}.
        XYChart chart = QualityCharts.dendrogram(line(), 3, 2);
        int us = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (Series s : chart.getSeriesCollection()) {
            if (!s.getName().startsWith("cut")) {
                us++;
                lowest = Math.min(lowest, ((XYSeries) s).getYData()[1]);
            }
        }
        assertThat(us).isEqualTo(2);
        assertThat(lowest).isEqualTo(6.0);
    }

    @Test
    void dendrogram_checks_its_arguments() {
        assertThatThrownBy(() -> QualityCharts.dendrogram(line(), 1, 2))
                .hasMessage("maxLeaves must be between 2 and 200 (was 1)");
        assertThatThrownBy(() -> QualityCharts.dendrogram(line(), 30, 6))
                .hasMessage("k must be between 1 and 5 (was 6)");
    }
}
