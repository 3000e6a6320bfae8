package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.ColumnType;
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
 * Imputation fitted by {@link Impute#fit(Dataset)}: one fill value per column, applied to every table.
 * Present cells are never changed; missing ones get the fitted value; indicator columns
 * {@code <name>_missing} (1 = was missing) are appended after all other columns, in fitted order.
 * Immutable and thread-safe.
 */
public final class FittedImpute implements FittedStep {
    static final String STEP = "impute";
    /** The suffix of a missing-indicator column's name. */
    public static final String INDICATOR_SUFFIX = "_missing";

    private final List<String> columns;
    private final boolean[] numeric;
    private final double[] values;
    private final String[] levels;
    private final int[] missing;
    private final List<String> indicated;

    FittedImpute(List<String> columns, List<Boolean> numeric, List<Double> values, List<String> levels,
            List<Integer> missing, List<String> indicated) {
        int d = columns.size();
        this.columns = List.copyOf(columns);
        this.numeric = new boolean[d];
        this.values = new double[d];
        this.levels = new String[d];
        this.missing = new int[d];
        for (int j = 0; j < d; j++) {
            this.numeric[j] = numeric.get(j);
            this.values[j] = values.get(j);
            this.levels[j] = levels.get(j);
            this.missing[j] = missing.get(j);
        }
        this.indicated = List.copyOf(indicated);
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    /** The fill value of a numeric column. */
    public double fillValue(String column) {
        int j = indexOf(column);
        if (!numeric[j]) {
            throw new IllegalArgumentException("column \"" + column + "\" is categorical; see fillLevel");
        }
        return values[j];
    }

    /** The fill level of a categorical column. */
    public String fillLevel(String column) {
        int j = indexOf(column);
        if (numeric[j]) {
            throw new IllegalArgumentException("column \"" + column + "\" is numeric; see fillValue");
        }
        return levels[j];
    }

    /** How many cells of each column were missing in the training table, in column order. */
    public Map<String, Integer> missingAtFit() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            m.put(columns.get(j), missing[j]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The names of the indicator columns that {@link #transform} appends, in order. */
    public List<String> indicatorColumns() {
        List<String> names = new ArrayList<>(indicated.size());
        for (String c : indicated) {
            names.add(c + INDICATOR_SUFFIX);
        }
        return List.copyOf(names);
    }

    /**
     * Fills the missing cells of every fitted column and appends the indicator columns.
     *
     * @throws IllegalArgumentException when a fitted column is absent or has another type
     */
    @Override
    public Dataset transform(Dataset data) {
        Objects.requireNonNull(data, "data");
        Map<String, Column> filled = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j);
            if (numeric[j]) {
                NumericColumn c = StepInput.numeric(STEP, data, name);
                filled.put(name, c.missingCount() == 0 ? c : fill(c, values[j]));
            } else {
                CategoricalColumn c = StepInput.categorical(STEP, data, name);
                filled.put(name, c.missingCount() == 0 ? c : fill(c, levels[j]));
            }
        }
        List<Column> out = new ArrayList<>(data.columnCount() + indicated.size());
        for (Column c : data.columns()) {
            Column f = filled.get(c.name());
            out.add(f == null ? c : f);
        }
        int n = data.rowCount();
        for (String name : indicated) {
            Column source = data.column(name);
            double[] flag = new double[n];
            for (int i = 0; i < n; i++) {
                flag[i] = source.isMissing(i) ? 1.0 : 0.0;
            }
            out.add(NumericColumn.wrap(name + INDICATOR_SUFFIX, flag));
        }
        return Dataset.ofColumns(out);
    }

    private static NumericColumn fill(NumericColumn column, double value) {
        double[] v = column.toArray();
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                v[i] = value;
            }
        }
        return NumericColumn.wrap(column.name(), v);
    }

    private static CategoricalColumn fill(CategoricalColumn column, String level) {
        List<String> levels = new ArrayList<>(column.levels());
        int code = levels.indexOf(level);
        if (code < 0) {
            code = levels.size();
            levels.add(level);
        }
        int[] codes = column.codes();
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == CategoricalColumn.MISSING) {
                codes[i] = code;
            }
        }
        return CategoricalColumn.ofCodes(column.name(), codes, levels);
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
        List<String> types = new ArrayList<>(columns.size());
        List<String> fillLevels = new ArrayList<>(columns.size());
        for (int j = 0; j < columns.size(); j++) {
            types.add(numeric[j] ? ColumnType.NUMERIC.name() : ColumnType.CATEGORICAL.name());
            fillLevels.add(numeric[j] ? "" : levels[j]);
        }
        return new StateWriter().put("step", STEP).put("columns", columns).put("types", types)
                .put("values", values).put("levels", fillLevels).put("missing", missing)
                .put("indicators", indicated).toJson();
    }

    /**
     * Reads the state written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path when the state is malformed
     */
    public static FittedImpute read(StateReader state) {
        List<String> columns = state.strings("columns");
        int d = columns.size();
        List<String> types = state.strings("types");
        double[] values = state.doubles("values", d);
        List<String> levels = state.strings("levels");
        int[] missing = state.ints("missing", 0, Integer.MAX_VALUE);
        if (types.size() != d || levels.size() != d || missing.length != d) {
            throw state.fail("columns", "expected types, levels and missing of " + d + " entries each, found "
                    + types.size() + ", " + levels.size() + " and " + missing.length);
        }
        List<Boolean> numeric = new ArrayList<>(d);
        List<Double> v = new ArrayList<>(d);
        List<String> l = new ArrayList<>(d);
        List<Integer> m = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            boolean isNumeric = ColumnType.NUMERIC.name().equals(types.get(j));
            if (!isNumeric && !ColumnType.CATEGORICAL.name().equals(types.get(j))) {
                throw state.fail("types[" + j + "]", "expected NUMERIC or CATEGORICAL, found \"" + types.get(j) + "\"");
            }
            numeric.add(isNumeric);
            v.add(values[j]);
            l.add(isNumeric ? null : levels.get(j));
            m.add(missing[j]);
        }
        List<String> indicated = state.strings("indicators");
        for (String name : indicated) {
            if (!columns.contains(name)) {
                throw state.fail("indicators", "\"" + name + "\" is not one of the columns " + columns);
            }
        }
        return new FittedImpute(columns, numeric, v, l, m, indicated);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedImpute other && columns.equals(other.columns)
                && Arrays.equals(numeric, other.numeric) && Arrays.equals(values, other.values)
                && Arrays.equals(levels, other.levels) && Arrays.equals(missing, other.missing)
                && indicated.equals(other.indicated);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FittedImpute[" + columns + "]";
    }
}
