package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

final class ThemeTest {
    @Test
    void palette_is_the_eight_okabe_ito_colours() {
        // Okabe & Ito (2008), sRGB: black, orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
        Set<Integer> published = Set.of(0x000000, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00,
                0xCC79A7);
        Set<Integer> ours = new HashSet<>();
        for (Color c : Theme.PALETTE) {
            ours.add(c.getRGB() & 0xffffff);
        }
        assertThat(ours).isEqualTo(published);
    }

    @Test
    void segment_colours_cycle_after_eight_and_change_marker_then() {
        assertThat(Theme.segmentColour(8)).isEqualTo(Theme.segmentColour(0));
        assertThat(Theme.segmentMarker(8)).isNotEqualTo(Theme.segmentMarker(0));
        assertThat(Theme.segmentColour(3)).isNotEqualTo(Theme.segmentColour(2));
    }

    @Test
    void noise_is_neutral_grey() {
        assertThat(Theme.segmentColour(-1)).isEqualTo(Theme.NEUTRAL);
        assertThat(Theme.PALETTE).doesNotContain(Theme.NEUTRAL);
    }

    @Test
    void apply_sets_white_backgrounds_and_the_palette() {
        XYChart chart = new XYChart(100, 100);
        Theme.apply(chart.getStyler());
        assertThat(chart.getStyler().getChartBackgroundColor()).isEqualTo(Color.WHITE);
        assertThat(chart.getStyler().getSeriesColors()).containsExactly(Theme.PALETTE.toArray(new Color[0]));
    }
}
