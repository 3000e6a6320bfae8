package io.segmentation.viz;

import io.segmentation.SegmentationModel;
import io.segmentation.cluster.Dendrogram;
import io.segmentation.data.Dataset;
import io.segmentation.eval.Silhouette;
import io.segmentation.internal.Check;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of how well the segments hold together: the silhouette plot and the dendrogram of hierarchical
 * clustering.
 *
 * <pre>{@code
 * XYChart silhouettes = QualityCharts.silhouette(model, customers);
 * XYChart tree = QualityCharts.dendrogram(agglomerativeModel.dendrogram(), 30, 5);
 * }</pre>
 */
public final class QualityCharts {
    /** Silhouettes drawn at most: more add nothing a reader can see. */
    static final int MAX_BARS = 2_000;
    /** Rows up to which a model's silhouettes are exact; above, a seeded sample of this many is scored. */
    static final int EXACT_ROWS = 3_000;

    private QualityCharts() {
    }

    /**
     * The silhouette plot of a model on a table: the features' silhouettes, exact up to {@value #EXACT_ROWS}
     * rows, else the exact silhouettes of a seeded sample of that many rows among themselves (an estimate
     * whose mean can differ from the model's metric by a few hundredths); see
     * {@link #silhouette(Silhouette, int[], List)}.
     *
     * @param model     the fitted model
     * @param customers customers with the model's input columns; not modified
     * @return an 800×500 chart with one filled series per segment
     * @throws IllegalArgumentException when the model has fewer than two segments
     */
    public static XYChart silhouette(SegmentationModel model, Dataset customers) {
        return silhouette(new SegmentView(model, customers));
    }

    static XYChart silhouette(SegmentView v) {
        if (v.k < 2) {
            throw new IllegalArgumentException("silhouette needs at least 2 segments (model has " + v.k + ")");
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < v.k; c++) {
            names.add(v.name(c));
        }
        int n = v.labels.length;
        if (n <= EXACT_ROWS) {
            return silhouette(Silhouette.exact(v.features.toMatrix(), v.labels), v.labels, names, "");
        }
        // The exact silhouettes of a seeded sample of rows, among themselves: O(m²·d) instead of the O(m·n·d)
        // of scoring m rows against every row, which for n = 100,000 took most of a report's time.
        int[] rows = SegmentView.sampleRows(n, EXACT_ROWS, SegmentView.SEED);
        int d = v.features.columnCount();
        double[] x = new double[rows.length * d];
        int[] labels = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < d; j++) {
                x[r * d + j] = v.features.get(rows[r], j);
            }
            labels[r] = v.labels[rows[r]];
        }
        Silhouette s = Silhouette.exact(org.ejml.data.DMatrixRMaj.wrap(rows.length, d, x), labels);
        return silhouette(s, labels, names, String.format(Locale.ROOT, ", a sample of %,d of %,d customers",
                rows.length, n));
    }

    /**
     * The silhouette plot: each segment's silhouette values sorted from high to low, drawn as a filled band in
     * its colour, segments side by side; the dashed line is the mean silhouette. Rows that were not scored
     * (noise, or outside the sample) are left out; when more than {@value #MAX_BARS} are scored, evenly
     * spaced ranks of each segment's sorted values are drawn, which keeps every band's shape and width share.
     *
     * @param silhouette per-row silhouettes of {@code labels}; not modified
     * @param labels     each row's segment in [0, names.size()) or negative for noise; not modified
     * @param names      the segment names, by id
     * @return an 800×500 chart with one series per segment
     * @throws IllegalArgumentException when {@code labels} and the silhouettes differ in length or a label is
     *                                  not below {@code names.size()}
     */
    public static XYChart silhouette(Silhouette silhouette, int[] labels, List<String> names) {
        Objects.requireNonNull(silhouette, "silhouette");
        return silhouette(silhouette, labels, names, silhouette.isSampled()
                ? String.format(Locale.ROOT, ", %,d sampled", silhouette.scoredRows()) : "");
    }

    private static XYChart silhouette(Silhouette silhouette, int[] labels, List<String> names, String note) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(names, "names");
        double[] values = silhouette.samples();
        if (values.length != labels.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "labels must have one value per silhouette (was %d labels, %d silhouettes)", labels.length,
                    values.length));
        }
        int k = names.size();
        double[][] bySegment = new double[k][];
        int[] counts = new int[k];
        int scored = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= k) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "labels[%d] must be < %d segments (was %d)", i, k, labels[i]));
            }
            if (labels[i] >= 0 && !Double.isNaN(values[i])) {
                counts[labels[i]]++;
                scored++;
            }
        }
        for (int c = 0; c < k; c++) {
            bySegment[c] = new double[counts[c]];
            counts[c] = 0;
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0 && !Double.isNaN(values[i])) {
                bySegment[labels[i]][counts[labels[i]]++] = values[i];
            }
        }
        XYChart chart = new XYChart(SegmentCharts.WIDTH, SegmentCharts.HEIGHT);
        chart.setTitle(String.format(Locale.ROOT, "Silhouette of each customer by segment (mean %.3f%s)",
                silhouette.score(), note));
        chart.setXAxisTitle("customers, sorted by silhouette within each segment");
        chart.setYAxisTitle("silhouette");
        Theme.apply(chart.getStyler());
        chart.getStyler().setXAxisTicksVisible(false);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setYAxisMin(Math.min(0.0, minimum(bySegment)));
        chart.getStyler().setYAxisMax(Math.min(1.0, Math.ceil(10.0 * maximum(bySegment) + 0.5) / 10.0));
        double step = Math.max(1.0, scored / (double) MAX_BARS);   // ranks per drawn bar
        double gap = Math.max(2.0, 0.02 * Math.min(scored, MAX_BARS));
        double x0 = 0.0;
        for (int c = 0; c < k; c++) {
            double[] sorted = bySegment[c];
            Arrays.sort(sorted);
            int m = sorted.length == 0 ? 0 : Math.max(1, (int) Math.round(sorted.length / step));
            // A closed polygon: along the axis, up the sorted values (high to low), back down to the axis.
            double[] x = new double[m + 2];
            double[] y = new double[m + 2];
            x[0] = x0;
            for (int b = 0; b < m; b++) {
                int rank = m == 1 ? 0 : (int) Math.round(b * (sorted.length - 1) / (double) (m - 1));
                x[b + 1] = x0 + b;
                y[b + 1] = sorted[sorted.length - 1 - rank];
            }
            x[m + 1] = x0 + Math.max(0, m - 1);
            XYSeries s = chart.addSeries(names.get(c), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            s.setMarker(SeriesMarkers.NONE);
            s.setFillColor(Theme.segmentColour(c));
            s.setLineStyle(SeriesLines.NONE);   // the band is enough; an outline would double the SVG
            x0 += m + gap;
        }
        AnnotationLine mean = new AnnotationLine(silhouette.score(), false, false);
        chart.addAnnotation(mean);
        return chart;
    }

    private static double maximum(double[][] values) {
        double max = 0.0;
        for (double[] v : values) {
            for (double x : v) {
                max = Math.max(max, x);
            }
        }
        return max;
    }

    private static double minimum(double[][] values) {
        double min = 0.0;
        for (double[] v : values) {
            for (double x : v) {
                min = Math.min(min, x);
            }
        }
        return min;
    }

    /**
     * The dendrogram of a hierarchical clustering in scipy's linkage convention, truncated to its top
     * {@code maxLeaves − 1} merges (scipy's {@code truncate_mode="lastp"}), with a dashed cut line that gives
     * {@code k} clusters. Branches below the cut take the colour of their cluster; the merges above it are grey.
     *
     * @param dendrogram the merges; not modified
     * @param maxLeaves  leaves drawn at most, in [2, 200]; a leaf stands for a whole subtree when truncated
     * @param k          the clusters of the cut, in [1, leaves]
     * @return an 800×500 chart: one legend entry per cluster and one for the cut
     * @throws IllegalArgumentException when {@code maxLeaves} or {@code k} is out of range
     */
    public static XYChart dendrogram(Dendrogram dendrogram, int maxLeaves, int k) {
        Objects.requireNonNull(dendrogram, "dendrogram");
        Check.between("maxLeaves", maxLeaves, 2, 200);
        int n = dendrogram.leaves();
        Check.between("k", k, 1, n);
        int merges = dendrogram.merges();
        int p = Math.min(maxLeaves, n);
        int firstKept = merges - (p - 1);          // merges [firstKept, merges) are drawn
        // Leaf positions 0..p-1 in left-to-right order, then each kept merge at the mean of its children.
        double[] x = new double[merges];
        double[] y = new double[merges];
        Map<Integer, Double> leafX = new HashMap<>();
        position(dendrogram, n + merges - 1, n, firstKept, x, leafX);
        for (int s = firstKept; s < merges; s++) {
            y[s] = dendrogram.height(s);
        }
        int[] cluster = dendrogram.cutToClusters(k);
        double cut = k == 1 ? Double.NaN : k >= n ? 0.0
                : 0.5 * (dendrogram.height(merges - k) + dendrogram.height(merges - k + 1));
        XYChart chart = new XYChart(SegmentCharts.WIDTH, SegmentCharts.HEIGHT);
        chart.setTitle(String.format(Locale.ROOT, "Dendrogram: the top %d merges of %,d rows, cut into %d clusters",
                p - 1, n, k));
        chart.setXAxisTitle(p < n ? "subtrees (truncated)" : "rows");
        chart.setYAxisTitle("merge height (linkage distance)");
        Theme.apply(chart.getStyler());
        chart.getStyler().setXAxisTicksVisible(false);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        boolean[] named = new boolean[k];
        for (int s = firstKept; s < merges; s++) {
            double[] xs = new double[4];
            double[] ys = new double[4];
            int[] children = {dendrogram.left(s), dendrogram.right(s)};
            xs[0] = childX(children[0], n, firstKept, x, leafX);
            ys[0] = childY(children[0], n, firstKept, y);
            xs[1] = xs[0];
            ys[1] = y[s];
            xs[2] = childX(children[1], n, firstKept, x, leafX);
            ys[2] = y[s];
            xs[3] = xs[2];
            ys[3] = childY(children[1], n, firstKept, y);
            boolean below = s <= merges - k;        // the first n − k merges make the k clusters
            int c = below ? cluster[anyLeaf(dendrogram, n + s, n)] : -1;
            String name = c >= 0 && !named[c] ? "cluster " + (c + 1) : "merge " + s;
            XYSeries series = chart.addSeries(name, xs, ys);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(c >= 0 ? Theme.segmentColour(c) : new Color(0x555555));
            series.setLineStyle(new BasicStroke(1.6f));
            series.setShowInLegend(c >= 0 && !named[c]);
            if (c >= 0) {
                named[c] = true;
            }
        }
        if (!Double.isNaN(cut)) {
            XYSeries line = chart.addSeries("cut at " + RfmCharts.compact(cut),
                    new double[] {-0.5, p - 0.5}, new double[] {cut, cut});
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(Theme.HIGHLIGHT);
            line.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
        }
        chart.getStyler().setXAxisMin(-0.5);
        chart.getStyler().setXAxisMax(p - 0.5);
        return chart;
    }

    /** Assigns x positions: leaves (and truncated subtrees) in order, merges at the mean of their children. */
    private static double position(Dendrogram d, int node, int n, int firstKept, double[] x,
            Map<Integer, Double> leafX) {
        int s = node - n;
        if (node < n || s < firstKept) {
            double at = leafX.size();
            leafX.put(node, at);
            return at;
        }
        double left = position(d, d.left(s), n, firstKept, x, leafX);
        double right = position(d, d.right(s), n, firstKept, x, leafX);
        x[s] = 0.5 * (left + right);
        return x[s];
    }

    private static double childX(int node, int n, int firstKept, double[] x, Map<Integer, Double> leafX) {
        return node < n || node - n < firstKept ? leafX.get(node) : x[node - n];
    }

    private static double childY(int node, int n, int firstKept, double[] y) {
        return node < n || node - n < firstKept ? 0.0 : y[node - n];
    }

    private static int anyLeaf(Dendrogram d, int node, int n) {
        while (node >= n) {
            node = d.left(node - n);
        }
        return node;
    }
}
