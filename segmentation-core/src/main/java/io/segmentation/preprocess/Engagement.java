package io.segmentation.preprocess;

import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Check;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An engagement score built from activity columns (visits, e-mail opens, app sessions, ...): the immutable
 * configuration. {@link #fit(Dataset)} learns each column's training minimum and maximum.
 *
 * <p>Definition: each engagement column's value v becomes s = (v - min) / (max - min), clamped to [0, 1]
 * (a new customer beyond the training range gets 0 or 1; a column constant in training uses a range of 1,
 * as {@link Scale} does); the score is the mean of s over the columns present for that customer, in [0, 1].
 * Missing cells are left out of the mean; a customer missing every engagement column gets a missing score
 * (NaN), for imputation to fill. Infinite cells are rejected. Cost O(n) per column.
 *
 * <pre>{@code
 * FittedEngagement engagement = Engagement.of("visits", "email_opens", "app_sessions").fit(customers);
 * Dataset withScore = engagement.transform(customers);   // adds "engagement"
 * }</pre>
 */
public final class Engagement implements PreprocessStep {
    private final List<String> columns;
    private final String output;

    private Engagement(List<String> columns, String output) {
        this.columns = List.copyOf(columns);
        this.output = output;
    }

    /**
     * A score named {@code engagement} from the given numeric columns.
     *
     * @param columns one or more distinct column names
     * @throws IllegalArgumentException when no column is given, a name is blank, or a name repeats
     */
    public static Engagement of(String... columns) {
        Objects.requireNonNull(columns, "columns");
        if (columns.length == 0) {
            throw new IllegalArgumentException("columns must name at least one column (was none)");
        }
        List<String> names = new ArrayList<>(columns.length);
        for (String c : columns) {
            names.add(Check.notBlank("column", c));
        }
        if (new LinkedHashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("columns must be distinct (was " + names + ")");
        }
        return new Engagement(names, "engagement");
    }

    /** A copy whose output column is named {@code output}. */
    public Engagement named(String output) {
        return new Engagement(columns, Check.notBlank("output", output));
    }

    /** The engagement columns. */
    public List<String> columns() {
        return columns;
    }

    /** The output column's name. */
    public String output() {
        return output;
    }

    /**
     * Learns the minimum and maximum of every engagement column, ignoring missing cells.
     *
     * @param data training customers; not modified
     * @throws IllegalArgumentException when {@code data} has no rows, or a column is absent, not numeric,
     *                                  entirely missing, or holds an infinite cell
     */
    @Override
    public FittedEngagement fit(Dataset data) {
        StepInput.requireRows(FittedEngagement.STEP, data);
        int d = columns.size();
        double[] min = new double[d];
        double[] max = new double[d];
        for (int j = 0; j < d; j++) {
            NumericColumn c = StepInput.numeric(FittedEngagement.STEP, data, columns.get(j));
            StepInput.requireSomeValue(FittedEngagement.STEP, c);
            double[] v = c.presentValues();
            StepInput.requireFinite(FittedEngagement.STEP, c.name(), v);
            double lo = v[0];
            double hi = v[0];
            for (double x : v) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            min[j] = lo;
            max[j] = hi;
        }
        return new FittedEngagement(columns, output, min, max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Engagement other && columns.equals(other.columns) && output.equals(other.output);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + output.hashCode();
    }

    @Override
    public String toString() {
        return "Engagement" + columns + " -> " + output;
    }
}
