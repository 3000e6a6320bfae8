package io.segmentation.viz;

import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Check;
import io.segmentation.profile.NumericContrast;
import io.segmentation.profile.SegmentProfile;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.RadarChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of the segments of a fitted model: where they lie (principal components, pairs of top features), how
 * big they are, and how they differ (profile heatmap, radar per segment). Every chart is an XChart chart in
 * the package {@link Theme}, to tweak or save with {@link Charts#save}. Scatter plots draw a seeded sample of
 * at most {@value SegmentView#MAX_POINTS} customers, so they stay readable and small for any n.
 *
 * <pre>{@code
 * XYChart map = SegmentCharts.pcaScatter(model, customers);
 * CategoryChart sizes = SegmentCharts.sizes(model);
 * HeatMapChart profiles = SegmentCharts.profileHeatmap(model);
 * }</pre>
 */
public final class SegmentCharts {
    static final int WIDTH = 800;
    static final int HEIGHT = 500;
    /** Standardized effect sizes beyond ±2 share the end colours of the heatmap and the rim of the radar. */
    static final double EFFECT_LIMIT = 2.0;

    private SegmentCharts() {
    }

    /**
     * The customers on the first two principal components of the model's features, coloured by segment, with
     * the segment centres marked. When the model has a PCA step its first two components are used; otherwise
     * a two-component PCA is fitted on the features for the picture only.
     *
     * @param model     the fitted model
     * @param customers customers with the model's input columns (the training table or new ones); not modified
     * @return an 800×500 scatter plot, one series per segment (noise grey) and one for the centres
     * @throws IllegalArgumentException when {@code customers} lacks a column the model needs
     */
    public static XYChart pcaScatter(SegmentationModel model, Dataset customers) {
        return pcaScatter(new SegmentView(model, customers));
    }

    static XYChart pcaScatter(SegmentView v) {
        int[] rows = v.sample();
        double[] points = v.pcaPoints();
        String[] axes = v.pcaAxes();
        XYChart chart = scatter("Segments on the first two principal components"
                + (rows.length < v.labels.length ? String.format(java.util.Locale.ROOT, " (%,d of %,d customers)",
                rows.length, v.labels.length) : ""), axes[0], axes[1]);
        for (int c : v.legendIds()) {
            int m = 0;
            for (int r = 0; r < rows.length; r++) {
                if (v.labels[rows[r]] == c) {
                    m++;
                }
            }
            double[] x = new double[m];
            double[] y = new double[m];
            m = 0;
            for (int r = 0; r < rows.length; r++) {
                if (v.labels[rows[r]] == c) {
                    x[m] = points[2 * r];
                    y[m] = points[2 * r + 1];
                    m++;
                }
            }
            addSegmentSeries(chart, v.name(c), c, x, y);
        }
        double[] centres = v.pcaCentres();
        double[] cx = new double[v.k];
        double[] cy = new double[v.k];
        for (int c = 0; c < v.k; c++) {
            cx[c] = centres[2 * c];
            cy[c] = centres[2 * c + 1];
        }
        XYSeries s = chart.addSeries("segment centres", cx, cy);
        s.setMarker(SeriesMarkers.CROSS);
        s.setMarkerColor(Color.BLACK);
        chart.getStyler().setMarkerSize(6);
        return chart;
    }

    /**
     * Scatter plots of every pair of the {@code count} numeric input features that set the segments apart
     * most (largest standardized effect size), in the features' own units: the pairs view of a scatter
     * matrix. Three features give the three faces of the 3-D view.
     *
     * @param model     the fitted model
     * @param customers customers with the model's input columns; not modified
     * @param count     the number of features, in [2, 6]
     * @return count·(count−1)/2 charts of 700×460 whose axes cover the central 99 % of the drawn values, one
     *         series per segment; fewer when the table has fewer
     *         numeric features
     * @throws IllegalArgumentException when {@code count} is outside [2, 6]
     */
    public static List<XYChart> scatterPairs(SegmentationModel model, Dataset customers, int count) {
        Check.between("count", count, 2, 6);
        return scatterPairs(new SegmentView(model, customers), count);
    }

    static List<XYChart> scatterPairs(SegmentView v, int count) {
        List<String> top = v.topFeatures(count);
        int[] rows = v.sample();
        List<XYChart> charts = new ArrayList<>();
        for (int a = 0; a < top.size(); a++) {
            for (int b = a + 1; b < top.size(); b++) {
                NumericColumn xc = v.customers.numeric(top.get(a));
                NumericColumn yc = v.customers.numeric(top.get(b));
                XYChart chart = scatter(top.get(b) + " against " + top.get(a) + " by segment", top.get(a),
                        top.get(b), 700, 460);
                chart.getStyler().setMarkerSize(3);
                // Customer features are heavy-tailed: the axes cover the central 99 % of the drawn values, so a
                // few extreme customers do not squash everyone else into a corner.
                double[] xr = centralRange(xc, rows);
                double[] yr = centralRange(yc, rows);
                chart.getStyler().setXAxisMin(xr[0]);
                chart.getStyler().setXAxisMax(xr[1]);
                chart.getStyler().setYAxisMin(yr[0]);
                chart.getStyler().setYAxisMax(yr[1]);
                for (int c : v.legendIds()) {
                    double[] x = new double[rows.length];
                    double[] y = new double[rows.length];
                    int m = 0;
                    for (int row : rows) {
                        if (v.labels[row] == c && !xc.isMissing(row) && !yc.isMissing(row)) {
                            x[m] = xc.get(row);
                            y[m] = yc.get(row);
                            m++;
                        }
                    }
                    addSegmentSeries(chart, v.name(c), c, Arrays.copyOf(x, m), Arrays.copyOf(y, m));
                }
                charts.add(chart);
            }
        }
        return charts;
    }

    /**
     * The number of customers in each segment of the training table, one bar per segment in its colour.
     *
     * @param model the fitted model
     * @return an 800×500 bar chart with one series per segment
     */
    public static CategoryChart sizes(SegmentationModel model) {
        List<Segment> segments = model.segments();
        CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
        chart.setTitle("Customers per segment (training data)");
        chart.setXAxisTitle("segment");
        chart.setYAxisTitle("customers");
        Theme.apply(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setLabelsVisible(false);
        chart.getStyler().setXAxisLabelRotation(segments.size() > 5 ? 30 : 0);
        List<String> names = new ArrayList<>();
        for (Segment s : segments) {
            names.add(s.name());
        }
        // One series per segment, zero outside its own bar, stacked: every bar has full width and the legend
        // lists every segment in its colour.
        for (int i = 0; i < segments.size(); i++) {
            List<Number> y = new ArrayList<>();
            for (int j = 0; j < segments.size(); j++) {
                y.add(i == j ? segments.get(i).size() : 0);
            }
            CategorySeries s = chart.addSeries(segments.get(i).name(), names, y);
            s.setFillColor(Theme.segmentColour(segments.get(i).id()));
        }
        return chart;
    }

    /**
     * The profiles as a heatmap: segments × numeric input features, each cell the segment's standardized
     * effect size (segment mean − overall mean) / overall sd, blue below average, orange above, white at the
     * average; values beyond ±{@value #EFFECT_LIMIT} take the end colours.
     *
     * @param model the fitted model
     * @return a heatmap with a segment per row and a feature per column, sized to fit them
     * @throws IllegalArgumentException when the profiles have no numeric feature
     */
    public static HeatMapChart profileHeatmap(SegmentationModel model) {
        List<SegmentProfile> profiles = model.profiles().segments();
        List<String> features = new ArrayList<>();
        for (NumericContrast n : profiles.get(0).numeric()) {
            features.add(n.feature());
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException("model has no numeric feature to show in a heatmap");
        }
        List<String> names = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < profiles.size(); r++) {
            SegmentProfile p = profiles.get(r);
            names.add(p.name());
            for (int j = 0; j < features.size(); j++) {
                double e = p.numeric(features.get(j)).effectSize();
                double shown = Double.isNaN(e) ? 0.0 : Math.max(-EFFECT_LIMIT, Math.min(EFFECT_LIMIT, e));
                cells.add(new Number[] {j, r, Math.round(shown * 100.0) / 100.0});
            }
        }
        int width = Math.max(WIDTH, 220 + 48 * features.size());
        int height = Math.max(420, 200 + 40 * names.size());
        HeatMapChart chart = Theme.divergingHeatmap(width, height,
                "Segment profiles: standardized difference from all customers (effect size)", "feature", "segment",
                EFFECT_LIMIT, features.size() <= 16 && names.size() <= 12, "0.0");
        chart.addSeries("effect size", features, names, cells);
        return chart;
    }

    /**
     * A radar chart of one segment: on each spoke one of the {@code features} numeric input features that set
     * the segments apart most, at (effect size + 2) / 4 so that the dashed middle ring is the average customer,
     * the centre is 2 sd below it and the rim 2 sd above; the average customer is drawn for comparison.
     *
     * @param model     the fitted model
     * @param segmentId the segment's id, in [0, k)
     * @param features  the number of spokes, in [3, 12]
     * @return a 560×460 radar chart with the series "everyone" and the segment's name
     * @throws IllegalArgumentException when {@code segmentId} is not a segment or {@code features} is outside
     *                                  [3, 12] or the profiles have fewer than three numeric features
     */
    public static RadarChart radar(SegmentationModel model, int segmentId, int features) {
        Check.between("features", features, 3, 12);
        SegmentProfile profile = model.profiles().segment(segmentId);
        List<String> top = topFeatures(model, features);
        if (top.size() < 3) {
            throw new IllegalArgumentException("model has " + top.size()
                    + " numeric features; a radar chart needs at least 3");
        }
        double[] values = new double[top.size()];
        double[] everyone = new double[top.size()];
        for (int j = 0; j < top.size(); j++) {
            double e = profile.numeric(top.get(j)).effectSize();
            double shown = Double.isNaN(e) ? 0.0 : Math.max(-EFFECT_LIMIT, Math.min(EFFECT_LIMIT, e));
            values[j] = (shown + EFFECT_LIMIT) / (2.0 * EFFECT_LIMIT);
            everyone[j] = 0.5;
        }
        RadarChart chart = new RadarChart(560, 460);
        chart.setTitle(profile.name() + ": top features against the average customer");
        Theme.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setSeriesColors(new Color[] {Theme.NEUTRAL, Theme.segmentColour(segmentId)});
        chart.getStyler().setRadiiTickMarksCount(5);
        chart.getStyler().setSeriesFilled(true);
        chart.getStyler().setMarkerSize(6);
        chart.setRadiiLabels(top.toArray(new String[0]));
        chart.addSeries("everyone", everyone);
        chart.addSeries(profile.name(), values);
        return chart;
    }

    /**
     * The 0.5 % and 99.5 % quantiles (lower, by rank) of the column's values over {@code rows}, widened by 2 %
     * of their span on each side; [v − 1, v + 1] when they are equal and [0, 1] when there is no value.
     */
    static double[] centralRange(NumericColumn column, int[] rows) {
        double[] values = new double[rows.length];
        int m = 0;
        for (int row : rows) {
            if (!column.isMissing(row)) {
                values[m++] = column.get(row);
            }
        }
        if (m == 0) {
            return new double[] {0.0, 1.0};
        }
        Arrays.sort(values, 0, m);
        double low = values[(int) Math.floor(0.005 * (m - 1))];
        double high = values[(int) Math.ceil(0.995 * (m - 1))];
        if (high == low) {
            return new double[] {low - 1.0, high + 1.0};
        }
        double pad = 0.02 * (high - low);
        return new double[] {low - pad, high + pad};
    }

    /** The numeric features of the profiles ordered by their largest |effect size| over the segments. */
    static List<String> topFeatures(SegmentationModel model, int count) {
        List<String> names = new ArrayList<>();
        List<Double> best = new ArrayList<>();
        for (SegmentProfile p : model.profiles().segments()) {
            for (NumericContrast n : p.numeric()) {
                double e = Math.abs(n.effectSize());
                e = Double.isNaN(e) ? 0.0 : e;
                int at = names.indexOf(n.feature());
                if (at < 0) {
                    names.add(n.feature());
                    best.add(e);
                } else if (e > best.get(at)) {
                    best.set(at, e);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        // Largest effect first; a stable sort keeps the profile's order among equal effects.
        order.sort((a, b) -> Double.compare(best.get(b), best.get(a)));
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(count, order.size()); i++) {
            top.add(names.get(order.get(i)));
        }
        return top;
    }

    static XYChart scatter(String title, String xTitle, String yTitle) {
        return scatter(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    static XYChart scatter(String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        Theme.apply(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(4);
        return chart;
    }

    /** Adds one segment's points in its colour and marker; an empty segment gets one invisible point. */
    static void addSegmentSeries(XYChart chart, String name, int c, double[] x, double[] y) {
        // XChart rejects empty series; a segment with no sampled row still belongs in the legend.
        XYSeries s = x.length == 0 ? chart.addSeries(name, new double[] {Double.NaN}, new double[] {Double.NaN})
                : chart.addSeries(name, x, y);
        Color colour = Theme.segmentColour(c);
        s.setMarkerColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170));
        s.setMarker(Theme.segmentMarker(c));
    }
}
