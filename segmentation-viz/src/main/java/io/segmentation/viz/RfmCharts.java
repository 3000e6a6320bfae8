package io.segmentation.viz;

import io.segmentation.SegmentationModel;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Check;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/**
 * RFM views: the distribution of recency, frequency or monetary value (any numeric column) split by segment,
 * and recency × frequency coloured by segment or by monetary quartile. Column names are the caller's, so any
 * table with such columns works ({@code recency_days}, {@code frequency}, {@code monetary} in the synthetic
 * customers).
 *
 * <pre>{@code
 * CategoryChart recency = RfmCharts.distribution(model, customers, "recency_days", 20);
 * XYChart rf = RfmCharts.recencyFrequency(model, customers, "recency_days", "frequency");
 * XYChart value = RfmCharts.recencyFrequencyByMonetary(customers, "recency_days", "frequency", "monetary");
 * }</pre>
 */
public final class RfmCharts {
    /** A sequential blue scale for quartiles, light to dark (readable with colour blindness and in grey). */
    static final Color[] QUARTILES = {new Color(0xBDD7E7), new Color(0x6BAED6), new Color(0x2171B5),
        new Color(0x08306B)};

    private RfmCharts() {
    }

    /**
     * A histogram of one numeric column with {@code bins} equal-width bins between its minimum and maximum,
     * each bar stacked by segment, so it shows both the distribution and which segments make it up. Missing
     * values are left out.
     *
     * @param model     the fitted model
     * @param customers customers with the model's input columns and {@code column}; not modified
     * @param column    a numeric column of {@code customers}
     * @param bins      the number of bins, in [2, 100]
     * @return an 800×500 stacked bar chart, one series per segment
     * @throws IllegalArgumentException when {@code column} is absent or not numeric, has no value, or
     *                                  {@code bins} is out of range
     */
    public static CategoryChart distribution(SegmentationModel model, Dataset customers, String column, int bins) {
        Check.between("bins", bins, 2, 100);
        return distribution(new SegmentView(model, customers), column, bins);
    }

    static CategoryChart distribution(SegmentView v, String column, int bins) {
        NumericColumn values = v.customers.numeric(Objects.requireNonNull(column, "column"));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.size(); i++) {
            if (!values.isMissing(i)) {
                min = Math.min(min, values.get(i));
                max = Math.max(max, values.get(i));
            }
        }
        if (min > max) {
            throw new IllegalArgumentException("column \"" + column + "\" has no value to draw");
        }
        int[] ids = v.legendIds();
        int[][] counts = new int[ids.length][bins];
        double width = max > min ? (max - min) / bins : 1.0;
        for (int i = 0; i < values.size(); i++) {
            if (values.isMissing(i)) {
                continue;
            }
            int b = Math.min(bins - 1, (int) ((values.get(i) - min) / width));   // the maximum goes in the last bin
            int label = v.labels[i];
            counts[label < 0 ? ids.length - 1 : label][b]++;
        }
        List<String> edges = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            edges.add(compact(min + b * width));
        }
        CategoryChart chart = new CategoryChart(SegmentCharts.WIDTH, SegmentCharts.HEIGHT);
        chart.setTitle("Distribution of " + column + " by segment");
        chart.setXAxisTitle(column + " (lower edge of each bin)");
        chart.setYAxisTitle("customers");
        Theme.apply(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setAvailableSpaceFill(0.95);
        chart.getStyler().setXAxisLabelRotation(bins > 12 ? 45 : 0);
        for (int s = 0; s < ids.length; s++) {
            List<Number> y = new ArrayList<>();
            for (int b = 0; b < bins; b++) {
                y.add(counts[s][b]);
            }
            CategorySeries series = chart.addSeries(v.name(ids[s]), edges, y);
            series.setFillColor(Theme.segmentColour(ids[s]));
        }
        return chart;
    }

    /**
     * Recency against frequency for a seeded sample of at most {@value SegmentView#MAX_POINTS} customers,
     * coloured by segment.
     *
     * @param model     the fitted model
     * @param customers customers with the model's input columns and the two columns; not modified
     * @param recency   the numeric column of days since the last order
     * @param frequency the numeric column of orders
     * @return an 800×500 scatter plot, one series per segment
     * @throws IllegalArgumentException when a column is absent or not numeric
     */
    public static XYChart recencyFrequency(SegmentationModel model, Dataset customers, String recency,
            String frequency) {
        return recencyFrequency(new SegmentView(model, customers), recency, frequency);
    }

    static XYChart recencyFrequency(SegmentView v, String recency, String frequency) {
        NumericColumn r = v.customers.numeric(Objects.requireNonNull(recency, "recency"));
        NumericColumn f = v.customers.numeric(Objects.requireNonNull(frequency, "frequency"));
        int[] rows = v.sample();
        XYChart chart = SegmentCharts.scatter("Recency against frequency by segment", recency, frequency);
        for (int c : v.legendIds()) {
            double[] x = new double[rows.length];
            double[] y = new double[rows.length];
            int m = 0;
            for (int row : rows) {
                if (v.labels[row] == c && !r.isMissing(row) && !f.isMissing(row)) {
                    x[m] = r.get(row);
                    y[m] = f.get(row);
                    m++;
                }
            }
            SegmentCharts.addSegmentSeries(chart, v.name(c), c, Arrays.copyOf(x, m), Arrays.copyOf(y, m));
        }
        return chart;
    }

    /**
     * Recency against frequency for a seeded sample of at most {@value SegmentView#MAX_POINTS} customers,
     * coloured by the quartile of monetary value (light = lowest quarter, dark = highest); quartiles are
     * computed over every customer with a value, and customers missing any of the three are left out.
     *
     * @param customers a table with the three numeric columns; not modified
     * @param recency   days since the last order
     * @param frequency orders
     * @param monetary  spend
     * @return an 800×500 scatter plot with four series, one per quartile
     * @throws IllegalArgumentException when a column is absent or not numeric, or monetary has no value
     */
    public static XYChart recencyFrequencyByMonetary(Dataset customers, String recency, String frequency,
            String monetary) {
        Objects.requireNonNull(customers, "customers");
        NumericColumn r = customers.numeric(Objects.requireNonNull(recency, "recency"));
        NumericColumn f = customers.numeric(Objects.requireNonNull(frequency, "frequency"));
        NumericColumn m = customers.numeric(Objects.requireNonNull(monetary, "monetary"));
        double[] present = new double[m.size()];
        int count = 0;
        for (int i = 0; i < m.size(); i++) {
            if (!m.isMissing(i)) {
                present[count++] = m.get(i);
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("column \"" + monetary + "\" has no value to draw");
        }
        double[] sorted = Arrays.copyOf(present, count);
        Arrays.sort(sorted);
        // Upper bounds of the first three quartiles: the values at ranks ⌈q·count⌉ − 1 (lower quantile).
        double[] bounds = new double[3];
        for (int q = 1; q <= 3; q++) {
            bounds[q - 1] = sorted[Math.max(0, (int) Math.ceil(q * count / 4.0) - 1)];
        }
        int[] rows = SegmentView.sampleRows(customers.rowCount(), SegmentView.MAX_POINTS, SegmentView.SEED);
        XYChart chart = SegmentCharts.scatter("Recency against frequency, coloured by " + monetary + " quartile",
                recency, frequency);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int q = 0; q < 4; q++) {
            double[] x = new double[rows.length];
            double[] y = new double[rows.length];
            int k = 0;
            for (int row : rows) {
                if (r.isMissing(row) || f.isMissing(row) || m.isMissing(row)) {
                    continue;
                }
                int quartile = 0;
                while (quartile < 3 && m.get(row) > bounds[quartile]) {
                    quartile++;
                }
                if (quartile == q) {
                    x[k] = r.get(row);
                    y[k] = f.get(row);
                    k++;
                }
            }
            String name = q == 0 ? String.format(Locale.ROOT, "%s Q1 (≤ %s)", monetary, compact(bounds[0]))
                    : q == 3 ? String.format(Locale.ROOT, "%s Q4 (> %s)", monetary, compact(bounds[2]))
                    : String.format(Locale.ROOT, "%s Q%d (%s–%s]", monetary, q + 1, compact(bounds[q - 1]),
                            compact(bounds[q]));
            XYSeries s = k == 0 ? chart.addSeries(name, new double[] {Double.NaN}, new double[] {Double.NaN})
                    : chart.addSeries(name, Arrays.copyOf(x, k), Arrays.copyOf(y, k));
            s.setMarkerColor(QUARTILES[q]);
            s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    /**
     * A short label for a number: rounded to four significant digits (half up), without trailing zeros or an
     * exponent ("1235", "12.35", "0.5", "3").
     */
    static String compact(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4, java.math.RoundingMode.HALF_UP))
                .stripTrailingZeros().toPlainString();
    }
}
