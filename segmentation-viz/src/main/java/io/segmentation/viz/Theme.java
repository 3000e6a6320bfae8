package io.segmentation.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The one look of every chart in this package: the Okabe–Ito palette (distinguishable with every common kind
 * of colour blindness), white backgrounds, light grid lines, DejaVu-compatible sans-serif fonts at sizes
 * readable on a laptop screen, and the legend outside the plot. Segment {@code c} always has the same colour
 * and marker in every chart; noise is grey.
 *
 * <p>References: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and presentations
 * that are friendly to colorblind people", 2008.
 */
public final class Theme {
    /** The Okabe–Ito colours in the order segments use them (yellow and black last: weakest on white). */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2),   // blue
            new Color(0xE69F00),   // orange
            new Color(0x009E73),   // bluish green
            new Color(0xCC79A7),   // reddish purple
            new Color(0x56B4E9),   // sky blue
            new Color(0xD55E00),   // vermillion
            new Color(0xF0E442),   // yellow
            new Color(0x000000));  // black

    /** The colour of noise (rows in no segment) and of reference lines. */
    public static final Color NEUTRAL = new Color(0x999999);

    /** The colour of the highlighted choice (chosen k, suggested eps, cut line). */
    public static final Color HIGHLIGHT = new Color(0xD55E00);

    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS};
    private static final String FAMILY = Font.SANS_SERIF;

    private Theme() {
    }

    /**
     * The colour of segment {@code c}: the palette in order, cycling after eight segments (the marker then
     * tells them apart); {@link #NEUTRAL} for a negative id (noise).
     *
     * @param c a segment id, 0-based; negative for noise
     * @return the colour, opaque
     */
    public static Color segmentColour(int c) {
        return c < 0 ? NEUTRAL : PALETTE.get(c % PALETTE.size());
    }

    /**
     * The marker of segment {@code c}: it changes each time the colours cycle, so up to 48 segments differ.
     *
     * @param c a segment id, 0-based; negative for noise
     * @return an XChart marker
     */
    public static Marker segmentMarker(int c) {
        return c < 0 ? SeriesMarkers.CIRCLE : MARKERS[(c / PALETTE.size()) % MARKERS.length];
    }

    /** The palette as an array for XChart's {@code setSeriesColors}. */
    static Color[] colours() {
        return PALETTE.toArray(new Color[0]);
    }

    /** Applies the theme to any chart's styler; charts of this package call it before returning. */
    static void apply(Styler s) {
        s.setBaseFont(new Font(FAMILY, Font.PLAIN, 12));
        s.setChartTitleFont(new Font(FAMILY, Font.BOLD, 15));
        s.setLegendFont(new Font(FAMILY, Font.PLAIN, 12));
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(new Color(0xBBBBBB));
        s.setChartTitleBoxVisible(false);
        s.setLegendBorderColor(new Color(0xDDDDDD));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setSeriesColors(colours());
        s.setSeriesMarkers(MARKERS);
        s.setChartFontColor(new Color(0x222222));
        s.setAnnotationLineColor(HIGHLIGHT);
        s.setAnnotationLineStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        s.setAnnotationTextFont(new Font(FAMILY, Font.PLAIN, 12));
        s.setAnnotationTextFontColor(HIGHLIGHT);
        s.setLocale(java.util.Locale.ROOT);
        s.setAntiAlias(true);
        if (s instanceof AxesChartStyler) {
            AxesChartStyler a = (AxesChartStyler) s;
            a.setAxisTitleFont(new Font(FAMILY, Font.PLAIN, 13));
            a.setAxisTickLabelsFont(new Font(FAMILY, Font.PLAIN, 11));
            a.setPlotGridLinesColor(new Color(0xE5E5E5));
            a.setPlotGridLinesStroke(new BasicStroke(1f));
            a.setAxisTickMarksColor(new Color(0x888888));
            a.setPlotMargin(6);
            // XChart's default tick format drops the leading zero (".05"); grouped thousands, up to 3 decimals.
            a.setXAxisDecimalPattern("#,##0.###");
            a.setYAxisDecimalPattern("#,##0.###");
        }
    }

    /**
     * A heatmap in the theme with a diverging scale (blue at {@code -limit}, white at 0, orange at
     * {@code +limit}), every row and column label shown, values printed when {@code showValues}.
     */
    static HeatMapChart divergingHeatmap(int width, int height, String title, String xTitle, String yTitle,
            double limit, boolean showValues, String valuePattern) {
        HeatMapChart chart = new HeatMapChart(width, height);
        // XChart 4.0.3's HeatMapChart(int, int) leaves its styler's defaults unset (null fonts, colours and
        // locale: nothing is painted); setAllStyles() fills them in.
        chart.getStyler().setAllStyles();
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisLabelRotation(60);
        // Small spacing hints: XChart otherwise skips category labels, and every row and column must show.
        chart.getStyler().setXAxisTickMarkSpacingHint(8);
        chart.getStyler().setYAxisTickMarkSpacingHint(8);
        chart.getStyler().setRangeColors(new Color[] {PALETTE.get(0), Color.WHITE, PALETTE.get(5)});
        chart.getStyler().setMin(-limit);
        chart.getStyler().setMax(limit);
        chart.getStyler().setShowValue(showValues);
        chart.getStyler().setHeatMapValueDecimalPattern(valuePattern);
        chart.getStyler().setPlotBorderVisible(false);
        return chart;
    }
}
