package io.segmentation.data;

import io.segmentation.internal.Check;
import io.segmentation.internal.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A description of a dataset, like pandas' {@code describe()}: statistics of every numeric column, the
 * most frequent values of every categorical column, and the correlations between numeric columns. Id
 * columns are left out. Immutable; {@link #toText()} renders it as aligned text tables.
 *
 * <p>Definitions, all over the non-missing cells of a column (a numeric cell is missing when it is NaN;
 * infinite values count as values):
 * <ul>
 *   <li>standard deviation: the sample one, with divisor {@code count − 1} (as pandas); NaN when
 *       {@code count < 2};</li>
 *   <li>quartiles: linear interpolation between order statistics, Hyndman and Fan's definition 7 (R's
 *       default type 7, numpy's default {@code "linear"}): for a probability p over the sorted values
 *       x₀ ≤ … ≤ x₍ₘ₋₁₎, h = (m − 1)·p and q = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋);</li>
 *   <li>skewness: the adjusted Fisher–Pearson coefficient G1 = g1·√(m(m − 1))/(m − 2), with
 *       g1 = m₃/m₂^{3/2} and central moments mₖ = Σ(x − mean)ᵏ/m (pandas' {@code skew()}, Excel's
 *       {@code SKEW}); NaN when {@code count < 3}, 0 when every value is equal (as pandas);</li>
 *   <li>correlations: Pearson's r of each pair of numeric columns over the rows where both are present
 *       (pairwise-complete, as pandas' {@code corr()}); NaN when fewer than two such rows or when either
 *       column is constant on them, so a constant column has NaN even on the diagonal;</li>
 *   <li>shares of categorical values: of the non-missing cells; ties in count keep the order of first
 *       appearance.</li>
 * </ul>
 * A column with no value at all gets count 0 and NaN for every statistic; no exception is thrown.
 *
 * <p>References: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 1996, doi:10.2307/2684934; D. N. Joanes and C. A. Gill, "Comparing measures of
 * sample skewness and kurtosis", The Statistician 47(1), 1998, doi:10.1111/1467-9884.00122.
 *
 * <p>Cost: O(n log n) per numeric column (the quartiles sort a copy), O(n) per categorical column and
 * O(n·d²) for the correlations of d numeric columns.
 *
 * <pre>{@code
 * DataSummary summary = DataSummary.of(customers);
 * double meanSpend = summary.numeric("monetary").mean();
 * double r = summary.correlation("frequency", "monetary");
 * String report = summary.toText();
 * }</pre>
 */
public final class DataSummary {
    /** How many of the most frequent values {@link #of(Dataset)} keeps per categorical column. */
    public static final int DEFAULT_TOP_VALUES = 5;

    /**
     * The statistics of one numeric column; see {@link DataSummary} for the definitions.
     *
     * @param column         the column's name
     * @param count          non-missing cells
     * @param missing        missing (NaN) cells
     * @param missingPercent missing cells as a percentage of all rows, in [0, 100]; NaN for no rows
     * @param mean           arithmetic mean
     * @param std            sample standard deviation (divisor count − 1)
     * @param min            smallest value
     * @param q1             first quartile (type 7)
     * @param median         median (type 7)
     * @param q3             third quartile (type 7)
     * @param max            largest value
     * @param skewness       adjusted Fisher–Pearson skewness G1
     */
    public record NumericStats(String column, int count, int missing, double missingPercent, double mean,
            double std, double min, double q1, double median, double q3, double max, double skewness) {
    }

    /**
     * One categorical value and how often it occurs.
     *
     * @param value the value
     * @param count the cells that hold it
     * @param share {@code count} over the column's non-missing cells, in [0, 1]
     */
    public record ValueCount(String value, int count, double share) {
    }

    /**
     * The statistics of one categorical column.
     *
     * @param column         the column's name
     * @param count          non-missing cells
     * @param missing        missing cells
     * @param missingPercent missing cells as a percentage of all rows, in [0, 100]; NaN for no rows
     * @param distinct       distinct values present
     * @param top            the most frequent values, most frequent first (ties: first appearance first)
     */
    public record CategoricalStats(String column, int count, int missing, double missingPercent, int distinct,
            List<ValueCount> top) {
        /** Makes an immutable copy of {@code top}. */
        public CategoricalStats {
            top = List.copyOf(top);
        }
    }

    private final int rowCount;
    private final List<NumericStats> numeric;
    private final List<CategoricalStats> categorical;
    private final List<String> numericNames;
    private final double[] correlations;

    private DataSummary(int rowCount, List<NumericStats> numeric, List<CategoricalStats> categorical,
            double[] correlations) {
        this.rowCount = rowCount;
        this.numeric = List.copyOf(numeric);
        this.categorical = List.copyOf(categorical);
        List<String> names = new ArrayList<>(numeric.size());
        for (NumericStats s : numeric) {
            names.add(s.column());
        }
        this.numericNames = List.copyOf(names);
        this.correlations = correlations;
    }

    /**
     * Summarizes {@code dataset}, keeping the {@value #DEFAULT_TOP_VALUES} most frequent values of each
     * categorical column.
     *
     * @param dataset the table, not modified
     */
    public static DataSummary of(Dataset dataset) {
        return of(dataset, DEFAULT_TOP_VALUES);
    }

    /**
     * Summarizes {@code dataset}.
     *
     * @param dataset   the table, not modified
     * @param topValues how many of the most frequent values to keep per categorical column, at least 1
     * @throws IllegalArgumentException when {@code topValues < 1}
     */
    public static DataSummary of(Dataset dataset, int topValues) {
        Objects.requireNonNull(dataset, "dataset");
        Check.atLeast("topValues", topValues, 1);
        int n = dataset.rowCount();
        List<NumericStats> numeric = new ArrayList<>();
        List<CategoricalStats> categorical = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Column c : dataset.columns()) {
            if (c instanceof NumericColumn nc) {
                double[] v = nc.toArray();
                values.add(v);
                numeric.add(describe(nc.name(), v));
            } else if (c instanceof CategoricalColumn cc) {
                categorical.add(describe(cc, topValues));
            }
        }
        return new DataSummary(n, numeric, categorical, correlations(values, n));
    }

    private static NumericStats describe(String name, double[] v) {
        int n = v.length;
        double[] present = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(v[i])) {
                present[m++] = v[i];
            }
        }
        int missing = n - m;
        double missingPercent = n == 0 ? Double.NaN : 100.0 * missing / n;
        if (m == 0) {
            double nan = Double.NaN;
            return new NumericStats(name, 0, missing, missingPercent, nan, nan, nan, nan, nan, nan, nan, nan);
        }
        double sum = 0.0;
        for (int i = 0; i < m; i++) {
            sum += present[i];
        }
        double mean = sum / m;
        // Central moments in a second pass, which stays accurate when the mean is large.
        double m2 = 0.0;
        double m3 = 0.0;
        for (int i = 0; i < m; i++) {
            double dev = present[i] - mean;
            double sq = dev * dev;
            m2 += sq;
            m3 += sq * dev;
        }
        double std = m < 2 ? Double.NaN : Math.sqrt(m2 / (m - 1));
        double skewness;
        if (m < 3) {
            skewness = Double.NaN;
        } else if (m2 == 0.0) {
            skewness = 0.0;
        } else {
            double g1 = (m3 / m) / Math.pow(m2 / m, 1.5);
            skewness = g1 * Math.sqrt((double) m * (m - 1)) / (m - 2);
        }
        double[] sorted = Arrays.copyOf(present, m);
        Arrays.sort(sorted);
        return new NumericStats(name, m, missing, missingPercent, mean, std, sorted[0], Quantiles.r7Sorted(sorted, 0.25),
                Quantiles.r7Sorted(sorted, 0.5), Quantiles.r7Sorted(sorted, 0.75), sorted[m - 1], skewness);
    }

    private static CategoricalStats describe(CategoricalColumn c, int topValues) {
        int n = c.size();
        int levels = c.levels().size();
        int[] counts = new int[levels];
        int missing = 0;
        for (int i = 0; i < n; i++) {
            int code = c.code(i);
            if (code == CategoricalColumn.MISSING) {
                missing++;
            } else {
                counts[code]++;
            }
        }
        int count = n - missing;
        int distinct = 0;
        for (int k = 0; k < levels; k++) {
            if (counts[k] > 0) {
                distinct++;
            }
        }
        // Selection of the most frequent: repeatedly the first largest remaining count, so ties keep the
        // order of first appearance (levels are numbered in that order).
        boolean[] taken = new boolean[levels];
        List<ValueCount> top = new ArrayList<>();
        for (int t = 0; t < Math.min(topValues, distinct); t++) {
            int best = -1;
            for (int k = 0; k < levels; k++) {
                if (!taken[k] && counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
                    best = k;
                }
            }
            taken[best] = true;
            top.add(new ValueCount(c.levels().get(best), counts[best], (double) counts[best] / count));
        }
        double missingPercent = n == 0 ? Double.NaN : 100.0 * missing / n;
        return new CategoricalStats(c.name(), count, missing, missingPercent, distinct, top);
    }

    private static double[] correlations(List<double[]> columns, int n) {
        int d = columns.size();
        double[] r = new double[d * d];
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double value = pearson(columns.get(a), columns.get(b), n);
                r[a * d + b] = value;
                r[b * d + a] = value;
            }
        }
        return r;
    }

    /** Pearson's r over the rows where both are present, by two passes (means, then co-moments). */
    private static double pearson(double[] x, double[] y, int n) {
        double sx = 0.0;
        double sy = 0.0;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sx += x[i];
                sy += y[i];
                m++;
            }
        }
        if (m < 2) {
            return Double.NaN;
        }
        double mx = sx / m;
        double my = sy / m;
        double sxx = 0.0;
        double syy = 0.0;
        double sxy = 0.0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - mx;
                double dy = y[i] - my;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
        }
        if (sxx == 0.0 || syy == 0.0) {
            return Double.NaN;
        }
        // Rounding can push |r| a hair past 1; the true value cannot be.
        return Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy)));
    }

    /** The number of rows of the summarized dataset. */
    public int rowCount() {
        return rowCount;
    }

    /** The statistics of every numeric column, in column order. */
    public List<NumericStats> numeric() {
        return numeric;
    }

    /**
     * The statistics of one numeric column.
     *
     * @param column the column's name
     * @throws IllegalArgumentException when the dataset had no numeric column of that name
     */
    public NumericStats numeric(String column) {
        return numeric.get(numericIndex(column));
    }

    /** The statistics of every categorical column, in column order. */
    public List<CategoricalStats> categorical() {
        return categorical;
    }

    /**
     * The statistics of one categorical column.
     *
     * @param column the column's name
     * @throws IllegalArgumentException when the dataset had no categorical column of that name
     */
    public CategoricalStats categorical(String column) {
        for (CategoricalStats s : categorical) {
            if (s.column().equals(column)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no categorical column \"" + column + "\" in the summary; the "
                + "categorical columns are " + categoricalNames());
    }

    /** The names of the numeric columns: the rows and columns of {@link #correlationMatrix()}. */
    public List<String> numericColumns() {
        return numericNames;
    }

    /**
     * Pearson's correlation of two numeric columns over the rows where both are present; NaN when it is
     * undefined (see {@link DataSummary}).
     *
     * @param a one numeric column's name
     * @param b another (or the same) numeric column's name
     * @return r in [-1, 1], or NaN
     * @throws IllegalArgumentException when either is not a numeric column of the summarized dataset
     */
    public double correlation(String a, String b) {
        int d = numericNames.size();
        return correlations[numericIndex(a) * d + numericIndex(b)];
    }

    /** A copy of the d×d correlation matrix, in the order of {@link #numericColumns()}. */
    public double[][] correlationMatrix() {
        int d = numericNames.size();
        double[][] copy = new double[d][];
        for (int a = 0; a < d; a++) {
            copy[a] = Arrays.copyOfRange(correlations, a * d, a * d + d);
        }
        return copy;
    }

    private int numericIndex(String column) {
        int j = numericNames.indexOf(column);
        if (j < 0) {
            throw new IllegalArgumentException("no numeric column \"" + column + "\" in the summary; the numeric "
                    + "columns are " + numericNames);
        }
        return j;
    }

    private List<String> categoricalNames() {
        List<String> names = new ArrayList<>(categorical.size());
        for (CategoricalStats s : categorical) {
            names.add(s.column());
        }
        return names;
    }

    /**
     * The summary as plain text: a table of the numeric columns, a table of the categorical columns and
     * the correlation matrix, each after a blank line and a title line; cells are aligned with spaces
     * (names and value lists to the left, numbers to the right), numbers are formatted with
     * {@link Locale#ROOT} (whole numbers without decimals, others with four), lines end with {@code \n}
     * and have no trailing spaces. Tables without rows are left out.
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d rows, %d numeric and %d categorical columns\n",
                rowCount, numeric.size(), categorical.size()));
        if (!numeric.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"column", "count", "missing", "missing%", "mean", "std", "min", "25%", "50%",
                "75%", "max", "skew"});
            for (NumericStats s : numeric) {
                rows.add(new String[] {s.column(), Integer.toString(s.count()), Integer.toString(s.missing()),
                    percent(s.missingPercent()), number(s.mean()), number(s.std()), number(s.min()), number(s.q1()),
                    number(s.median()), number(s.q3()), number(s.max()), number(s.skewness())});
            }
            out.append("\nNumeric columns\n");
            table(out, rows, 1);
        }
        if (!categorical.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"column", "count", "missing", "missing%", "distinct", "most frequent"});
            for (CategoricalStats s : categorical) {
                StringBuilder top = new StringBuilder();
                for (ValueCount v : s.top()) {
                    if (top.length() > 0) {
                        top.append(", ");
                    }
                    top.append(v.value()).append(" (").append(percent(100.0 * v.share())).append(')');
                }
                rows.add(new String[] {s.column(), Integer.toString(s.count()), Integer.toString(s.missing()),
                    percent(s.missingPercent()), Integer.toString(s.distinct()), top.toString()});
            }
            out.append("\nCategorical columns\n");
            // The last column is text: left-aligned like the first.
            table(out, rows, 1, rows.get(0).length - 1);
        }
        if (!numeric.isEmpty()) {
            int d = numericNames.size();
            List<String[]> rows = new ArrayList<>();
            String[] header = new String[d + 1];
            header[0] = "";
            for (int b = 0; b < d; b++) {
                header[b + 1] = numericNames.get(b);
            }
            rows.add(header);
            for (int a = 0; a < d; a++) {
                String[] row = new String[d + 1];
                row[0] = numericNames.get(a);
                for (int b = 0; b < d; b++) {
                    double r = correlations[a * d + b];
                    row[b + 1] = Double.isNaN(r) ? "NaN" : String.format(Locale.ROOT, "%.3f", r);
                }
                rows.add(row);
            }
            out.append("\nPearson correlations (pairwise-complete rows)\n");
            table(out, rows, 1);
        }
        return out.toString();
    }

    /**
     * Appends rows as a table: each column as wide as its widest cell, two spaces between columns, the
     * first {@code leftColumns} columns and those listed in {@code alsoLeft} left-aligned, the rest
     * right-aligned; no trailing spaces.
     */
    private static void table(StringBuilder out, List<String[]> rows, int leftColumns, int... alsoLeft) {
        int width = rows.get(0).length;
        int[] w = new int[width];
        for (String[] row : rows) {
            for (int c = 0; c < width; c++) {
                w[c] = Math.max(w[c], row[c].length());
            }
        }
        boolean[] left = new boolean[width];
        for (int c = 0; c < leftColumns; c++) {
            left[c] = true;
        }
        for (int c : alsoLeft) {
            left[c] = true;
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < width; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                String cell = row[c];
                String pad = " ".repeat(w[c] - cell.length());
                line.append(left[c] ? cell + pad : pad + cell);
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            out.append(line, 0, end).append('\n');
        }
    }

    /** A statistic for a table: NaN as "NaN", whole numbers below 1e9 without decimals, others to 4 places. */
    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e9) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        if (a >= 1e9 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.4e", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String percent(double p) {
        return Double.isNaN(p) ? "NaN" : String.format(Locale.ROOT, "%.1f%%", p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSummary other && rowCount == other.rowCount && numeric.equals(other.numeric)
                && categorical.equals(other.categorical) && Arrays.equals(correlations, other.correlations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowCount, numeric, categorical, Arrays.hashCode(correlations));
    }

    @Override
    public String toString() {
        return "DataSummary[" + rowCount + " rows, numeric " + numericNames + ", categorical " + categoricalNames()
                + "]";
    }
}
