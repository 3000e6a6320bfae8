package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scaling fitted by {@link Scale#fit(Dataset)}: z = (x - centre) / scale per fitted column, scale always
 * positive. Other columns pass through. Immutable and thread-safe.
 */
public final class FittedScale implements FittedStep {
    static final String STEP = "scale";

    private final Scale.Method method;
    private final List<String> columns;
    private final double[] centre;
    private final double[] scale;

    FittedScale(Scale.Method method, List<String> columns, double[] centre, double[] scale) {
        this.method = method;
        this.columns = List.copyOf(columns);
        this.centre = centre;
        this.scale = scale;
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    /** The method. */
    public Scale.Method method() {
        return method;
    }

    /** The centre subtracted from a fitted column. */
    public double centre(String column) {
        return centre[indexOf(column)];
    }

    /** The positive scale a fitted column is divided by. */
    public double scale(String column) {
        return scale[indexOf(column)];
    }

    /**
     * Scales every fitted column.
     *
     * @throws IllegalArgumentException when a fitted column is absent, not numeric, or holds NaN or infinity
     */
    @Override
    public Dataset transform(Dataset data) {
        Objects.requireNonNull(data, "data");
        NumericColumn[] in = new NumericColumn[columns.size()];
        for (int j = 0; j < in.length; j++) {
            in[j] = StepInput.numeric(STEP, data, columns.get(j));
        }
        NumericColumn[] done = new NumericColumn[in.length];
        StepInput.forEachColumn(data.rowCount(), in.length, j -> {
            NumericColumn c = in[j];
            int n = c.size();
            double[] v = new double[n];
            double mu = centre[j];
            double s = scale[j];
            for (int i = 0; i < n; i++) {
                double x = c.get(i);
                if (!Double.isFinite(x)) {
                    throw StepInput.notFinite(STEP, c.name(), i, x);
                }
                v[i] = (x - mu) / s;
            }
            done[j] = NumericColumn.wrap(c.name(), v);
        });
        Map<String, Column> scaled = new HashMap<>();
        for (NumericColumn c : done) {
            scaled.put(c.name(), c);
        }
        List<Column> out = new ArrayList<>(data.columnCount());
        for (Column c : data.columns()) {
            Column s = scaled.get(c.name());
            out.add(s == null ? c : s);
        }
        return Dataset.ofColumns(out);
    }

    /** Maps scaled values of a fitted column back to original units: x = z·scale + centre. */
    public double inverse(String column, double z) {
        int j = indexOf(column);
        return z * scale[j] + centre[j];
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
        return new StateWriter().put("step", STEP).put("method", method.name()).put("columns", columns)
                .put("centre", centre).put("scale", scale).toJson();
    }

    /**
     * Reads the state written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path when the state is malformed
     */
    public static FittedScale read(StateReader state) {
        Scale.Method method = state.enumValue("method", Scale.Method.class);
        List<String> columns = state.strings("columns");
        double[] centre = state.doubles("centre", columns.size());
        double[] scale = state.doubles("scale", columns.size());
        for (int j = 0; j < scale.length; j++) {
            if (!(scale[j] > 0.0)) {
                throw state.fail("scale[" + j + "]", "expected a positive number, found " + scale[j]);
            }
        }
        return new FittedScale(method, columns, centre, scale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedScale other && method == other.method && columns.equals(other.columns)
                && Arrays.equals(centre, other.centre) && Arrays.equals(scale, other.scale);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(centre);
    }

    @Override
    public String toString() {
        return "FittedScale[" + method + ", " + columns + "]";
    }
}
