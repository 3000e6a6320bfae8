package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.eval.KCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

final class SelectionChartsTest {
    @Test
    void elbow_draws_every_candidate_inertia_and_marks_the_chosen_k() {
        XYChart chart = SelectionCharts.elbow(Fixtures.SELECTION);
        Rendering.assertRenders(chart);
        List<KCandidate> cs = Fixtures.SELECTION.candidates();
        XYSeries s = chart.getSeries("inertia");
        for (int i = 0; i < cs.size(); i++) {
            assertThat(s.getXData()[i]).isEqualTo(cs.get(i).k());
            assertThat(s.getYData()[i]).isEqualTo(cs.get(i).inertia());
        }
        int k = Fixtures.SELECTION.recommendedK();
        XYSeries chosen = chart.getSeries("chosen k = " + k);
        assertThat(chosen.getXData()).containsExactly(k);
        assertThat(chosen.getYData()).containsExactly(Fixtures.SELECTION.candidate(k).inertia());
    }

    @Test
    void every_score_renders_and_the_gap_has_its_errors() {
        for (SelectionCharts.Score score : SelectionCharts.Score.values()) {
            XYChart chart = SelectionCharts.score(Fixtures.SELECTION, score);
            Rendering.assertRenders(chart);
            assertThat(chart.getTitle()).contains("chosen k = " + Fixtures.SELECTION.recommendedK());
        }
        XYSeries gap = SelectionCharts.score(Fixtures.SELECTION, SelectionCharts.Score.GAP).getSeries("gap statistic");
        List<KCandidate> cs = Fixtures.SELECTION.candidates();
        for (int i = 0; i < cs.size(); i++) {
            assertThat(gap.getExtraValues()[i]).isEqualTo(cs.get(i).gapError());
        }
    }

    @Test
    void information_criteria_need_mixtures() {
        XYChart chart = SelectionCharts.informationCriteria(Fixtures.MIXTURES);
        Rendering.assertRenders(chart);
        assertThat(Rendering.legend(chart)).startsWith("BIC", "AIC");
        assertThatThrownBy(() -> SelectionCharts.informationCriteria(Fixtures.SELECTION))
                .hasMessage("report has no BIC for any k (only Gaussian mixtures have one)");
    }

    @Test
    void k_distance_draws_the_whole_curve_when_short_and_the_eps_line() {
        XYChart chart = SelectionCharts.kDistance(Fixtures.EPS);
        Rendering.assertRenders(chart);
        double[] curve = Fixtures.EPS.kDistances();
        XYSeries s = chart.getSeries("k-distance");
        assertThat(s.getYData()).containsExactly(curve);   // 1,500 ≤ 4,000 points: no thinning
        assertThat(chart.getTitle()).contains("eps = ");
    }

    @Test
    void ordinals_have_english_suffixes() {
        assertThat(SelectionCharts.ordinal(1)).isEqualTo("1st");
        assertThat(SelectionCharts.ordinal(2)).isEqualTo("2nd");
        assertThat(SelectionCharts.ordinal(3)).isEqualTo("3rd");
        assertThat(SelectionCharts.ordinal(11)).isEqualTo("11th");
        assertThat(SelectionCharts.ordinal(22)).isEqualTo("22nd");
    }
}
