package io.segmentation.viz;

import io.segmentation.cluster.EpsSuggestion;
import io.segmentation.eval.KCandidate;
import io.segmentation.eval.KSelectionReport;
import java.awt.BasicStroke;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of choosing the number of segments: the elbow curve, each quality score against k, BIC and AIC for
 * mixtures, and the k-distance curve with the suggested eps for DBSCAN. The chosen value is marked by a dashed
 * line in the highlight colour.
 *
 * <pre>{@code
 * KSelectionReport report = KSelection.builder().kBetween(2, 10).build().run(k -> KMeans.builder().k(k).build(), x);
 * XYChart elbow = SelectionCharts.elbow(report);
 * XYChart gap = SelectionCharts.score(report, SelectionCharts.Score.GAP);
 * }</pre>
 */
public final class SelectionCharts {
    /** A score of a {@link KCandidate} to draw against k. */
    public enum Score {
        /** Mean silhouette, higher is better. */
        SILHOUETTE("mean silhouette", "higher is better"),
        /** Calinski–Harabasz index, higher is better. */
        CALINSKI_HARABASZ("Calinski–Harabasz index", "higher is better"),
        /** Davies–Bouldin index, lower is better. */
        DAVIES_BOULDIN("Davies–Bouldin index", "lower is better"),
        /** Gap statistic with its simulation error s_k as error bars; Tibshirani's rule reads it. */
        GAP("gap statistic", "first k with gap(k) ≥ gap(k+1) − s(k+1)");

        private final String title;
        private final String reading;

        Score(String title, String reading) {
            this.title = title;
            this.reading = reading;
        }

        double of(KCandidate c) {
            return switch (this) {
                case SILHOUETTE -> c.silhouette();
                case CALINSKI_HARABASZ -> c.calinskiHarabasz();
                case DAVIES_BOULDIN -> c.daviesBouldin();
                case GAP -> c.gap();
            };
        }
    }

    private SelectionCharts() {
    }

    /**
     * Inertia (within-segment sum of squares) against k, with the recommended k marked.
     *
     * @param report a k selection; not modified
     * @return an 800×500 line chart
     */
    public static XYChart elbow(KSelectionReport report) {
        Objects.requireNonNull(report, "report");
        List<KCandidate> cs = report.candidates();
        double[] k = new double[cs.size()];
        double[] inertia = new double[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            k[i] = cs.get(i).k();
            inertia[i] = cs.get(i).inertia();
        }
        XYChart chart = line("Elbow curve: inertia against k (chosen k = " + report.recommendedK() + ")",
                "inertia (sum of squared distances)");
        chart.addSeries("inertia", k, inertia);
        markChoice(chart, report.recommendedK(), k, inertia);
        return chart;
    }

    /**
     * One score against k, with the recommended k marked; the gap statistic has error bars ±s_k.
     *
     * @param report a k selection; not modified
     * @param score  the score to draw
     * @return an 800×500 line chart
     * @throws IllegalArgumentException when the score is NaN for every k (the gap when it was skipped)
     */
    public static XYChart score(KSelectionReport report, Score score) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(score, "score");
        List<KCandidate> cs = report.candidates();
        int m = 0;
        for (KCandidate c : cs) {
            if (!Double.isNaN(score.of(c))) {
                m++;
            }
        }
        if (m == 0) {
            throw new IllegalArgumentException("report has no " + score.title + " for any k");
        }
        double[] k = new double[m];
        double[] y = new double[m];
        double[] error = new double[m];
        m = 0;
        for (KCandidate c : cs) {
            if (!Double.isNaN(score.of(c))) {
                k[m] = c.k();
                y[m] = score.of(c);
                error[m] = Double.isNaN(c.gapError()) ? 0.0 : c.gapError();
                m++;
            }
        }
        XYChart chart = line(capitalised(score.title) + " against k (" + score.reading + "; chosen k = "
                + report.recommendedK() + ")", score.title);
        if (score == Score.GAP) {
            chart.addSeries(score.title, k, y, error);
        } else {
            chart.addSeries(score.title, k, y);
        }
        markChoice(chart, report.recommendedK(), k, y);
        return chart;
    }

    /**
     * BIC and AIC against k for Gaussian mixtures (lower is better), with the recommended k marked.
     *
     * @param report a k selection of Gaussian mixtures; not modified
     * @return an 800×500 line chart with the series "BIC" and "AIC"
     * @throws IllegalArgumentException when no candidate has a BIC (the report is not of mixtures)
     */
    public static XYChart informationCriteria(KSelectionReport report) {
        Objects.requireNonNull(report, "report");
        List<KCandidate> cs = report.candidates();
        int m = 0;
        for (KCandidate c : cs) {
            if (!Double.isNaN(c.bic())) {
                m++;
            }
        }
        if (m == 0) {
            throw new IllegalArgumentException("report has no BIC for any k (only Gaussian mixtures have one)");
        }
        double[] k = new double[m];
        double[] bic = new double[m];
        double[] aic = new double[m];
        m = 0;
        for (KCandidate c : cs) {
            if (!Double.isNaN(c.bic())) {
                k[m] = c.k();
                bic[m] = c.bic();
                aic[m] = c.aic();
                m++;
            }
        }
        XYChart chart = line("BIC and AIC against k (lower is better; chosen k = " + report.recommendedK() + ")",
                "information criterion");
        chart.addSeries("BIC", k, bic);
        chart.addSeries("AIC", k, aic);
        markChoice(chart, report.recommendedK(), k, bic);
        return chart;
    }

    /**
     * The sorted k-distance curve of DBSCAN (every row's distance to its minPts-th nearest row), with the
     * suggested eps as a dashed horizontal line and the knee marked. A curve of more than 4,000 rows is drawn
     * through 4,000 evenly spaced ranks (the first and last included), which keeps its shape.
     *
     * @param suggestion a suggestion from {@code Dbscan.suggestEps}; not modified
     * @return an 800×500 line chart
     */
    public static XYChart kDistance(EpsSuggestion suggestion) {
        Objects.requireNonNull(suggestion, "suggestion");
        double[] curve = suggestion.kDistances();
        int n = curve.length;
        int m = Math.min(n, 4_000);
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            int rank = m == 1 ? 0 : (int) Math.round(i * (n - 1) / (double) (m - 1));
            x[i] = rank;
            y[i] = curve[rank];
        }
        XYChart chart = new XYChart(SegmentCharts.WIDTH, SegmentCharts.HEIGHT);
        chart.setTitle(String.format(Locale.ROOT, "Sorted %d-distances with the suggested eps = %s",
                suggestion.minPts(), RfmCharts.compact(suggestion.eps())));
        chart.setXAxisTitle("rows, sorted by distance");
        chart.setYAxisTitle("distance to the " + ordinal(suggestion.minPts()) + " nearest row");
        Theme.apply(chart.getStyler());
        XYSeries s = chart.addSeries("k-distance", x, y);
        s.setMarker(SeriesMarkers.NONE);
        if (suggestion.kneeIndex() >= 0) {
            XYSeries knee = chart.addSeries("knee", new double[] {suggestion.kneeIndex()},
                    new double[] {suggestion.eps()});
            knee.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            knee.setMarker(SeriesMarkers.DIAMOND);
            knee.setMarkerColor(Theme.HIGHLIGHT);
        }
        chart.addAnnotation(new AnnotationLine(suggestion.eps(), false, false));
        return chart;
    }

    private static XYChart line(String title, String yTitle) {
        XYChart chart = new XYChart(SegmentCharts.WIDTH, SegmentCharts.HEIGHT);
        chart.setTitle(title);
        chart.setXAxisTitle("number of segments k");
        chart.setYAxisTitle(yTitle);
        Theme.apply(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setMarkerSize(7);
        chart.getStyler().setSeriesLines(new BasicStroke[] {new BasicStroke(2f), new BasicStroke(2f)});
        return chart;
    }

    /** The dashed line at the chosen k and a highlighted marker on the first series. */
    private static void markChoice(XYChart chart, int chosen, double[] k, double[] y) {
        chart.addAnnotation(new AnnotationLine(chosen, true, false));
        for (int i = 0; i < k.length; i++) {
            if (k[i] == chosen) {
                XYSeries s = chart.addSeries("chosen k = " + chosen, new double[] {k[i]}, new double[] {y[i]});
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.DIAMOND);
                s.setMarkerColor(Theme.HIGHLIGHT);
                return;
            }
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String ordinal(int i) {
        int mod100 = i % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : i % 10 == 1 ? "st" : i % 10 == 2 ? "nd" : i % 10 == 3 ? "rd" : "th";
        return i + suffix;
    }
}
