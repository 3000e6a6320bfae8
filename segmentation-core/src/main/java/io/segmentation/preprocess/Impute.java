package io.segmentation.preprocess;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Check;
import io.segmentation.internal.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How missing cells are filled: the immutable configuration of imputation. {@link #fit(Dataset)} learns one
 * fill value per numeric and categorical column from the training customers; the fitted step fills every
 * later table with those same values.
 *
 * <ul>
 *   <li>Numeric columns: the mean, the median (R-7, see {@link Quantiles}), the most frequent value (ties: the
 *       smallest), or a constant, ignoring missing cells.</li>
 *   <li>Categorical columns: always the most frequent level (ties: the smallest string), since a mean or a
 *       numeric constant means nothing for a category.</li>
 *   <li>{@link #override(String, Impute)} gives one column its own rule; {@link #indicators(Indicators)}
 *       adds a 0/1 column {@code <name>_missing} for every column that had a missing cell at fit time.</li>
 * </ul>
 *
 * <p>Cost: O(n) per column (the mode sorts: O(n log n)). Id columns are never touched.
 *
 * <pre>{@code
 * FittedImpute impute = Impute.median().override("visits", Impute.constant(0))
 *         .indicators(Impute.Indicators.ADD).fit(customers);
 * Dataset filled = impute.transform(newCustomers);
 * }</pre>
 */
public final class Impute implements PreprocessStep {
    /** What a numeric column's missing cells become. */
    public enum Strategy {
        /** The mean of the present values. */
        MEAN,
        /** The median of the present values. */
        MEDIAN,
        /** The most frequent present value; ties go to the smallest. */
        MOST_FREQUENT,
        /** A fixed number given by the user. */
        CONSTANT
    }

    /** Whether missing-indicator columns are added. */
    public enum Indicators {
        /** No indicator columns. */
        NONE,
        /** A 0/1 column {@code <name>_missing} per column that had a missing cell at fit time. */
        ADD
    }

    private final Strategy strategy;
    private final double constant;
    private final Map<String, Impute> overrides;
    private final Indicators indicators;

    private Impute(Strategy strategy, double constant, Map<String, Impute> overrides, Indicators indicators) {
        this.strategy = strategy;
        this.constant = constant;
        this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        this.indicators = indicators;
    }

    /** Fills numeric cells with the column mean. */
    public static Impute mean() {
        return new Impute(Strategy.MEAN, 0.0, Map.of(), Indicators.NONE);
    }

    /** Fills numeric cells with the column median (R-7 quantile 0.5). */
    public static Impute median() {
        return new Impute(Strategy.MEDIAN, 0.0, Map.of(), Indicators.NONE);
    }

    /** Fills numeric cells with the most frequent value (ties: the smallest). */
    public static Impute mostFrequent() {
        return new Impute(Strategy.MOST_FREQUENT, 0.0, Map.of(), Indicators.NONE);
    }

    /**
     * Fills numeric cells with {@code value}.
     *
     * @param value any finite number
     * @throws IllegalArgumentException when {@code value} is NaN or infinite
     */
    public static Impute constant(double value) {
        return new Impute(Strategy.CONSTANT, Check.finite("constant", value), Map.of(), Indicators.NONE);
    }

    /**
     * A copy in which column {@code column} follows {@code rule} (its strategy and constant) instead.
     *
     * @throws IllegalArgumentException when {@code rule} has overrides of its own
     */
    public Impute override(String column, Impute rule) {
        Check.notBlank("column", column);
        Objects.requireNonNull(rule, "rule");
        if (!rule.overrides.isEmpty()) {
            throw new IllegalArgumentException("rule for column \"" + column
                    + "\" must not have overrides of its own (was " + rule.overrides.keySet() + ")");
        }
        Map<String, Impute> next = new LinkedHashMap<>(overrides);
        next.put(column, rule);
        return new Impute(strategy, constant, next, indicators);
    }

    /** A copy that adds, or does not add, missing-indicator columns. */
    public Impute indicators(Indicators policy) {
        return new Impute(strategy, constant, overrides, Objects.requireNonNull(policy, "policy"));
    }

    /** The strategy for numeric columns without an override. */
    public Strategy strategy() {
        return strategy;
    }

    /** The indicator policy. */
    public Indicators indicators() {
        return indicators;
    }

    /**
     * Learns a fill value for every numeric and categorical column of {@code data}.
     *
     * @param data training customers; not modified
     * @throws IllegalArgumentException when {@code data} has no rows, an overridden column is absent, or a
     *                                  column is entirely missing (unless its rule is a constant)
     */
    @Override
    public FittedImpute fit(Dataset data) {
        StepInput.requireRows(FittedImpute.STEP, data);
        for (String name : overrides.keySet()) {
            if (!data.has(name)) {
                throw new IllegalArgumentException(FittedImpute.STEP + " step, column \"" + name
                        + "\": has an override but is not in the table; the columns are " + data.columnNames());
            }
        }
        List<Column> fitted = new ArrayList<>();
        for (Column c : data.columns()) {
            if (c.type() != io.segmentation.data.ColumnType.ID) {
                fitted.add(c);
            }
        }
        int d = fitted.size();
        double[] fills = new double[d];
        String[] fillLevels = new String[d];
        // Columns are independent: on large tables they are fitted in parallel, each into its own slot.
        StepInput.forEachColumn(data.rowCount(), d, j -> {
            Column c = fitted.get(j);
            if (c instanceof NumericColumn nc) {
                Impute rule = overrides.getOrDefault(c.name(), this);
                if (rule.strategy != Strategy.CONSTANT) {
                    StepInput.requireSomeValue(FittedImpute.STEP, c);
                }
                fills[j] = rule.fillValue(nc);
            } else {
                StepInput.requireSomeValue(FittedImpute.STEP, c);
                fillLevels[j] = mostFrequentLevel((CategoricalColumn) c);
            }
        });
        List<String> names = new ArrayList<>(d);
        List<Boolean> numeric = new ArrayList<>(d);
        List<Double> numbers = new ArrayList<>(d);
        List<String> levels = new ArrayList<>(d);
        List<Integer> missing = new ArrayList<>(d);
        List<String> indicated = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            Column c = fitted.get(j);
            names.add(c.name());
            numeric.add(c instanceof NumericColumn);
            numbers.add(fills[j]);
            levels.add(fillLevels[j]);
            missing.add(c.missingCount());
            if (indicators == Indicators.ADD && c.missingCount() > 0) {
                indicated.add(c.name());
            }
        }
        return new FittedImpute(names, numeric, numbers, levels, missing, indicated);
    }

    private double fillValue(NumericColumn column) {
        switch (strategy) {
            case CONSTANT:
                return constant;
            case MEAN: {
                double sum = 0.0;
                int m = 0;
                for (int i = 0; i < column.size(); i++) {
                    double v = column.get(i);
                    if (!Double.isNaN(v)) {
                        sum += v;
                        m++;
                    }
                }
                double mean = sum / m;
                return finiteFill(column.name(), mean);
            }
            case MEDIAN:
                return finiteFill(column.name(), Quantiles.r7(column.presentValues(), 0.5));
            case MOST_FREQUENT:
            default:
                return finiteFill(column.name(), mostFrequentValue(column.presentValues()));
        }
    }

    /** The most frequent value of {@code values} (no NaN, not empty), ties to the smallest; sorts the array. */
    static double mostFrequentValue(double[] values) {
        Arrays.sort(values);
        double best = values[0];
        int bestRun = 0;
        int i = 0;
        while (i < values.length) {
            int j = i + 1;
            while (j < values.length && values[j] == values[i]) {
                j++;
            }
            if (j - i > bestRun) { // strict: among equal counts the first (smallest) value wins
                bestRun = j - i;
                best = values[i];
            }
            i = j;
        }
        return best;
    }

    /** The most frequent level of {@code column} (at least one present cell), ties to the smallest string. */
    static String mostFrequentLevel(CategoricalColumn column) {
        int[] counts = levelCounts(column);
        List<String> levels = column.levels();
        int best = -1;
        for (int l = 0; l < counts.length; l++) {
            if (counts[l] == 0) {
                continue;
            }
            if (best < 0 || counts[l] > counts[best]
                    || counts[l] == counts[best] && levels.get(l).compareTo(levels.get(best)) < 0) {
                best = l;
            }
        }
        return levels.get(best);
    }

    /** How many cells hold each level of {@code column}, by code. */
    static int[] levelCounts(CategoricalColumn column) {
        int[] counts = new int[column.levels().size()];
        for (int i = 0; i < column.size(); i++) {
            int code = column.code(i);
            if (code != CategoricalColumn.MISSING) {
                counts[code]++;
            }
        }
        return counts;
    }

    /** A fill value must be finite: a sum of huge values can overflow, and infinite cells poison the mean. */
    private static double finiteFill(String column, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(FittedImpute.STEP + " step, column \"" + column
                    + "\": the fill value is " + value + "; the column holds infinite or overflowing values");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Impute other && strategy == other.strategy
                && Double.compare(constant, other.constant) == 0 && overrides.equals(other.overrides)
                && indicators == other.indicators;
    }

    @Override
    public int hashCode() {
        return Objects.hash(strategy, constant, overrides, indicators);
    }

    @Override
    public String toString() {
        return "Impute[" + strategy + (strategy == Strategy.CONSTANT ? " " + constant : "") + ", overrides "
                + overrides + ", indicators " + indicators + "]";
    }
}
