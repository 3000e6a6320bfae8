package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Outlier fences fitted by {@link Outliers#fit(Dataset)}, with the training counts. A value v is an
 * outlier when v &lt; lower or v &gt; upper; missing cells are left alone. Immutable and thread-safe.
 */
public final class FittedOutliers implements FittedStep {
    static final String STEP = "outliers";
    /** The suffix of a flag column's name. */
    public static final String FLAG_SUFFIX = "_outlier";

    private final List<String> columns;
    private final double[] lower;
    private final double[] upper;
    private final Outliers.Treatment treatment;
    private final int[] below;
    private final int[] above;

    FittedOutliers(List<String> columns, double[] lower, double[] upper, Outliers.Treatment treatment, int[] below,
            int[] above) {
        this.columns = List.copyOf(columns);
        this.lower = lower;
        this.upper = upper;
        this.treatment = treatment;
        this.below = below;
        this.above = above;
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    /** The treatment. */
    public Outliers.Treatment treatment() {
        return treatment;
    }

    /** The lower fence of a fitted column. */
    public double lower(String column) {
        return lower[indexOf(column)];
    }

    /** The upper fence of a fitted column. */
    public double upper(String column) {
        return upper[indexOf(column)];
    }

    /** How many training cells of each column lay outside its fences (below plus above), in column order. */
    public Map<String, Integer> outliersAtFit() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            m.put(columns.get(j), below[j] + above[j]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The names of the flag columns that {@link #transform} appends under {@link Outliers.Treatment#FLAG}. */
    public List<String> flagColumns() {
        if (treatment != Outliers.Treatment.FLAG) {
            return List.of();
        }
        List<String> names = new ArrayList<>(columns.size());
        for (String c : columns) {
            names.add(c + FLAG_SUFFIX);
        }
        return List.copyOf(names);
    }

    /**
     * The rows of {@code data} with no outlier in any fitted column, in order: the rows that
     * {@link Outliers.Treatment#DROP_ROWS} keeps at fit time.
     *
     * @throws IllegalArgumentException when a fitted column is absent or not numeric
     */
    public int[] keptRows(Dataset data) {
        Objects.requireNonNull(data, "data");
        int n = data.rowCount();
        boolean[] drop = new boolean[n];
        for (int j = 0; j < columns.size(); j++) {
            NumericColumn c = StepInput.numeric(STEP, data, columns.get(j));
            double lo = lower[j];
            double hi = upper[j];
            for (int i = 0; i < n; i++) {
                double v = c.get(i);
                if (v < lo || v > hi) {
                    drop[i] = true;
                }
            }
        }
        int[] kept = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                kept[m++] = i;
            }
        }
        return Arrays.copyOf(kept, m);
    }

    /**
     * Clips every fitted column to its fences ({@link Outliers.Treatment#CLIP} and, for new rows,
     * {@link Outliers.Treatment#DROP_ROWS}), or appends the flag columns ({@link Outliers.Treatment#FLAG}).
     *
     * @throws IllegalArgumentException when a fitted column is absent or not numeric
     */
    @Override
    public Dataset transform(Dataset data) {
        Objects.requireNonNull(data, "data");
        int n = data.rowCount();
        NumericColumn[] in = new NumericColumn[columns.size()];
        for (int j = 0; j < in.length; j++) {
            in[j] = StepInput.numeric(STEP, data, columns.get(j));
        }
        boolean flag = treatment == Outliers.Treatment.FLAG;
        NumericColumn[] done = new NumericColumn[in.length];
        StepInput.forEachColumn(n, in.length, j -> {
            NumericColumn c = in[j];
            double lo = lower[j];
            double hi = upper[j];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double x = c.get(i);
                if (flag) {
                    v[i] = x < lo || x > hi ? 1.0 : 0.0;
                } else {
                    // Comparisons are false for NaN, so a missing cell stays missing.
                    v[i] = x < lo ? lo : x > hi ? hi : x;
                }
            }
            done[j] = NumericColumn.wrap(flag ? c.name() + FLAG_SUFFIX : c.name(), v);
        });
        Map<String, Column> clipped = new HashMap<>();
        List<Column> flags = new ArrayList<>();
        for (int j = 0; j < done.length; j++) {
            if (flag) {
                flags.add(done[j]);
            } else {
                clipped.put(in[j].name(), done[j]);
            }
        }
        List<Column> out = new ArrayList<>(data.columnCount() + flags.size());
        for (Column c : data.columns()) {
            Column t = clipped.get(c.name());
            out.add(t == null ? c : t);
        }
        out.addAll(flags);
        return Dataset.ofColumns(out);
    }

    private int indexOf(String column) {
        int j = columns.indexOf(column);
        if (j < 0) {
            throw new IllegalArgumentException("column \"" + column + "\" was not fitted; the fitted columns are "
                    + columns);
        }
        return j;
    }

    @Override
    public JsonObject toState() {
        return new StateWriter().put("step", STEP).put("treatment", treatment.name()).put("columns", columns)
                .put("lower", lower).put("upper", upper).put("below", below).put("above", above).toJson();
    }

    /**
     * Reads the state written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path when the state is malformed
     */
    public static FittedOutliers read(StateReader state) {
        Outliers.Treatment treatment = state.enumValue("treatment", Outliers.Treatment.class);
        List<String> columns = state.strings("columns");
        int d = columns.size();
        double[] lower = state.doubles("lower", d);
        double[] upper = state.doubles("upper", d);
        for (int j = 0; j < d; j++) {
            if (lower[j] > upper[j]) {
                throw state.fail("lower[" + j + "]", "expected <= upper " + upper[j] + ", found " + lower[j]);
            }
        }
        int[] below = state.ints("below", 0, Integer.MAX_VALUE);
        int[] above = state.ints("above", 0, Integer.MAX_VALUE);
        if (below.length != d || above.length != d) {
            throw state.fail("below", "expected " + d + " values in below and above, found " + below.length
                    + " and " + above.length);
        }
        return new FittedOutliers(columns, lower, upper, treatment, below, above);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedOutliers other && columns.equals(other.columns) && treatment == other.treatment
                && Arrays.equals(lower, other.lower) && Arrays.equals(upper, other.upper)
                && Arrays.equals(below, other.below) && Arrays.equals(above, other.above);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(lower);
    }

    @Override
    public String toString() {
        return "FittedOutliers[" + treatment + ", " + columns + "]";
    }
}
