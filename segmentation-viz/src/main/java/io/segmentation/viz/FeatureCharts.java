package io.segmentation.viz;

import io.segmentation.data.DataSummary;
import io.segmentation.internal.Check;
import io.segmentation.monitor.DriftReport;
import io.segmentation.preprocess.FittedPca;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Per-feature charts: the correlations between the customers' numeric columns, the variance each principal
 * component explains, and the drift of each feature between training and new data (population stability index
 * against the watch and retrain thresholds).
 *
 * <pre>{@code
 * HeatMapChart r = FeatureCharts.correlations(DataSummary.of(customers));
 * CategoryChart variance = FeatureCharts.explainedVariance(model.preprocessor().pca().orElseThrow());
 * CategoryChart drift = FeatureCharts.drift(List.of("age", "income"), new double[] {0.02, 0.31}, 0.1, 0.25);
 * CategoryChart fromReport = FeatureCharts.drift(DriftMonitor.of(model).check(thisMonth));
 * }</pre>
 */
public final class FeatureCharts {
    private FeatureCharts() {
    }

    /**
     * Pearson's correlation between every pair of numeric columns of a data summary, as a heatmap from blue
     * (−1) through white (0) to orange (+1); an undefined correlation (a constant column) is drawn as 0. Strongly
     * correlated columns carry the same information twice, which a PCA step can fold together.
     *
     * @param summary a summary of the customers; not modified
     * @return a square heatmap with a numeric column per row and per column, sized to fit them, and the cell
     *         values shown up to 16 columns
     * @throws IllegalArgumentException when the summary has fewer than two numeric columns
     */
    public static HeatMapChart correlations(DataSummary summary) {
        Objects.requireNonNull(summary, "summary");
        List<String> names = summary.numericColumns();
        if (names.size() < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "summary must have at least 2 numeric columns to correlate (was %d)", names.size()));
        }
        double[][] r = summary.correlationMatrix();
        int d = names.size();
        List<Number[]> cells = new ArrayList<>(d * d);
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double v = Double.isNaN(r[a][b]) ? 0.0 : r[a][b];
                cells.add(new Number[] {b, a, Math.round(v * 100.0) / 100.0});
            }
        }
        int side = Math.max(560, 260 + 44 * d);
        HeatMapChart chart = Theme.divergingHeatmap(side + 80, side,
                String.format(Locale.ROOT, "Correlations between the %d numeric columns (Pearson's r)", d),
                "column", "column", 1.0, d <= 16, "0.00");
        chart.addSeries("r", names, names, cells);
        return chart;
    }

    /**
     * The share of variance each kept principal component explains (bars) and the cumulative share (line),
     * in percent.
     *
     * @param pca a fitted PCA; not modified
     * @return an 800×500 chart with the series "explained" and "cumulative"
     */
    public static CategoryChart explainedVariance(FittedPca pca) {
        Objects.requireNonNull(pca, "pca");
        double[] ratio = pca.explainedVarianceRatio();
        List<String> names = pca.outputFeatures();
        List<Double> each = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        double sum = 0.0;
        for (double r : ratio) {
            sum += r;
            each.add(100.0 * r);
            cumulative.add(100.0 * sum);
        }
        CategoryChart chart = new CategoryChart(SegmentCharts.WIDTH, SegmentCharts.HEIGHT);
        chart.setTitle(String.format(Locale.ROOT, "Variance explained by %d principal components (%.1f %% in all)",
                ratio.length, 100.0 * sum));
        chart.setXAxisTitle("principal component");
        chart.setYAxisTitle("share of variance (%)");
        Theme.apply(chart.getStyler());
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setXAxisLabelRotation(ratio.length > 12 ? 45 : 0);
        CategorySeries bars = chart.addSeries("explained", names, each);
        bars.setFillColor(Theme.PALETTE.get(0));
        CategorySeries line = chart.addSeries("cumulative", names, cumulative);
        line.setChartCategorySeriesRenderStyle(org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Line);
        line.setLineColor(Theme.PALETTE.get(1));
        line.setMarkerColor(Theme.PALETTE.get(1));
        line.setMarker(SeriesMarkers.CIRCLE);
        line.setLineStyle(new BasicStroke(2f));
        return chart;
    }

    /**
     * The drift chart of a drift report: each input column's PSI as a bar coloured by its status, with the
     * report's PSI watch and retrain thresholds as horizontal lines; the same chart as
     * {@link #drift(List, double[], double, double)} on {@link DriftReport#featureNames()},
     * {@link DriftReport#psiValues()} and the report's thresholds.
     *
     * <pre>{@code
     * Charts.save(FeatureCharts.drift(DriftMonitor.of(model).check(thisMonth)), Path.of("drift.png"), Format.PNG);
     * }</pre>
     *
     * @param report a drift report; not modified
     * @return a chart at least 800×500 with the series "stable", "watch" and "retrain"
     * @throws IllegalArgumentException when the report's PSI watch and retrain thresholds are equal (the chart
     *                                  needs two lines)
     */
    public static CategoryChart drift(DriftReport report) {
        Objects.requireNonNull(report, "report");
        return drift(report.featureNames(), report.psiValues(), report.thresholds().psiWatch(),
                report.thresholds().psiRetrain());
    }

    /**
     * The population stability index of each feature as bars coloured by status (stable below
     * {@code watch}, watch below {@code retrain}, retrain at or above it), with both thresholds as dashed
     * lines. Plain inputs, so that any drift report can feed it.
     *
     * @param features the feature names, in the order to draw
     * @param psi      each feature's PSI, finite and ≥ 0; not modified
     * @param watch    the PSI from which a feature is watched (commonly 0.1)
     * @param retrain  the PSI from which retraining is advised (commonly 0.25), above {@code watch}
     * @return a chart at least 800×500 (wider for many features) with the series "stable", "watch" and
     *         "retrain"
     * @throws IllegalArgumentException when the lengths differ, there is no feature, a PSI is negative or not
     *                                  finite, or the thresholds are not {@code 0 < watch < retrain}
     */
    public static CategoryChart drift(List<String> features, double[] psi, double watch, double retrain) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(psi, "psi");
        if (features.isEmpty() || features.size() != psi.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "psi must have one value per feature, at least one (was %d features, %d values)",
                    features.size(), psi.length));
        }
        for (int j = 0; j < psi.length; j++) {
            Check.finiteAtLeast("psi[" + j + "]", psi[j], 0.0);
        }
        Check.finiteAbove("watch", watch, 0.0);
        Check.finite("retrain", retrain);
        if (!(retrain > watch)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "retrain must be > watch (was retrain=%s, watch=%s)", retrain, watch));
        }
        String[] status = {"stable", "watch", "retrain"};
        List<List<Number>> values = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            values.add(new ArrayList<>());
        }
        int worst = 0;
        for (double v : psi) {
            int s = v >= retrain ? 2 : v >= watch ? 1 : 0;
            worst = Math.max(worst, s);
            for (int t = 0; t < 3; t++) {
                values.get(t).add(t == s ? v : 0.0);
            }
        }
        int width = Math.max(SegmentCharts.WIDTH, 200 + 40 * features.size());
        CategoryChart chart = new CategoryChart(width, SegmentCharts.HEIGHT);
        chart.setTitle(String.format(Locale.ROOT,
                "Drift per feature: population stability index (watch ≥ %s, retrain ≥ %s)", watch, retrain));
        chart.setXAxisTitle("feature");
        chart.setYAxisTitle("PSI");
        Theme.apply(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(features.size() > 8 ? 45 : 0);
        double top = retrain * 1.2;
        for (double v : psi) {
            top = Math.max(top, v * 1.05);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top);
        java.awt.Color[] colours = {Theme.PALETTE.get(2), Theme.PALETTE.get(1), Theme.PALETTE.get(5)};
        for (int s = 0; s < 3; s++) {
            CategorySeries series = chart.addSeries(status[s], features, values.get(s));
            series.setFillColor(colours[s]);
        }
        chart.addAnnotation(new AnnotationLine(watch, false, false));
        chart.addAnnotation(new AnnotationLine(retrain, false, false));
        return chart;
    }
}
