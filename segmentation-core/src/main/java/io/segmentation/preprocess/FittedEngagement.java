package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An engagement score fitted by {@link Engagement#fit(Dataset)}: the training minimum and maximum of each
 * engagement column, applied by the definition given there. Immutable and thread-safe.
 */
public final class FittedEngagement implements FittedStep {
    static final String STEP = "engagement";

    private final List<String> columns;
    private final String output;
    private final double[] min;
    private final double[] max;

    FittedEngagement(List<String> columns, String output, double[] min, double[] max) {
        this.columns = List.copyOf(columns);
        this.output = output;
        this.min = min;
        this.max = max;
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    /** The output column's name. */
    public String output() {
        return output;
    }

    /** The training minimum of an engagement column. */
    public double min(String column) {
        return min[indexOf(column)];
    }

    /** The training maximum of an engagement column. */
    public double max(String column) {
        return max[indexOf(column)];
    }

    /**
     * Appends the score column.
     *
     * @throws IllegalArgumentException when an engagement column is absent, not numeric, or holds an infinite
     *                                  cell, or the output name is already taken
     */
    @Override
    public Dataset transform(Dataset data) {
        Objects.requireNonNull(data, "data");
        if (data.has(output)) {
            throw new IllegalArgumentException(STEP + " step, column \"" + output
                    + "\": already in the table; the step would overwrite it");
        }
        int n = data.rowCount();
        int d = columns.size();
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int j = 0; j < d; j++) {
            NumericColumn c = StepInput.numeric(STEP, data, columns.get(j));
            double lo = min[j];
            double range = max[j] > min[j] ? max[j] - min[j] : 1.0;
            for (int i = 0; i < n; i++) {
                double v = c.get(i);
                if (Double.isNaN(v)) {
                    continue;
                }
                if (Double.isInfinite(v)) {
                    throw StepInput.notFinite(STEP, c.name(), i, v);
                }
                double s = (v - lo) / range;
                sum[i] += s < 0.0 ? 0.0 : s > 1.0 ? 1.0 : s;
                count[i]++;
            }
        }
        for (int i = 0; i < n; i++) {
            sum[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
        }
        return data.withColumn(NumericColumn.wrap(output, sum));
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
        return new StateWriter().put("step", STEP).put("columns", columns).put("output", output).put("min", min)
                .put("max", max).toJson();
    }

    /**
     * Reads the state written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path when the state is malformed
     */
    public static FittedEngagement read(StateReader state) {
        List<String> columns = state.strings("columns");
        if (columns.isEmpty()) {
            throw state.fail("columns", "expected at least one column, found none");
        }
        String output = state.string("output");
        double[] min = state.doubles("min", columns.size());
        double[] max = state.doubles("max", columns.size());
        for (int j = 0; j < min.length; j++) {
            if (max[j] < min[j]) {
                throw state.fail("max[" + j + "]", "expected >= min " + min[j] + ", found " + max[j]);
            }
        }
        return new FittedEngagement(columns, output, min, max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedEngagement other && columns.equals(other.columns) && output.equals(other.output)
                && Arrays.equals(min, other.min) && Arrays.equals(max, other.max);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(min);
    }

    @Override
    public String toString() {
        return "FittedEngagement" + columns + " -> " + output;
    }
}
