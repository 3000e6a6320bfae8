package io.segmentation.data;

import io.segmentation.internal.Check;
import java.util.Arrays;

/**
 * An immutable column of doubles in which a missing cell is {@code NaN}. Infinite values are kept as
 * they are; steps that cannot take them reject them by name.
 */
public final class NumericColumn implements Column {
    private final String name;
    private final double[] values;
    private final int missing;

    private NumericColumn(String name, double[] values) {
        this.name = Check.notBlank("column name", name);
        this.values = values;
        int m = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                m++;
            }
        }
        this.missing = m;
    }

    /** A column holding a copy of {@code values} (NaN = missing); {@code values} is not modified. */
    public static NumericColumn of(String name, double... values) {
        return new NumericColumn(name, values.clone());
    }

    /**
     * Takes ownership of an array nobody else holds, without copying; for code of this library that has just
     * filled it (as {@link FeatureMatrix#wrap} does).
     */
    public static NumericColumn wrap(String name, double[] values) {
        return new NumericColumn(name, values);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.NUMERIC;
    }

    @Override
    public int size() {
        return values.length;
    }

    /** The value of row {@code i}; NaN when missing. */
    public double get(int i) {
        return values[i];
    }

    @Override
    public boolean isMissing(int i) {
        return Double.isNaN(values[i]);
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public Object value(int i) {
        double v = values[i];
        return Double.isNaN(v) ? null : v;
    }

    /** A copy of the values (NaN = missing). */
    public double[] toArray() {
        return values.clone();
    }

    /** The values that are not missing, in row order, in a new array. */
    public double[] presentValues() {
        double[] out = new double[values.length - missing];
        int t = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                out[t++] = values[i];
            }
        }
        return out;
    }

    /** Copies the values into {@code target} from {@code offset} on, every {@code stride}-th slot. */
    public void copyTo(double[] target, int offset, int stride) {
        for (int i = 0, t = offset; i < values.length; i++, t += stride) {
            target[t] = values[i];
        }
    }

    @Override
    public NumericColumn rows(int[] rows) {
        double[] picked = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            picked[r] = values[rows[r]];
        }
        return new NumericColumn(name, picked);
    }

    @Override
    public NumericColumn rename(String newName) {
        return new NumericColumn(newName, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericColumn other && name.equals(other.name) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "NumericColumn[" + name + ", " + values.length + " rows, " + missing + " missing]";
    }
}
