package io.segmentation.preprocess;

import io.segmentation.data.ColumnType;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Quantiles;
import java.util.List;
import java.util.Objects;

/**
 * How numeric columns are put on a common scale: the immutable configuration of the scaling step. Each
 * fitted column is mapped by z = (x - centre) / scale with a centre and a scale learned from the training
 * customers:
 *
 * <ul>
 *   <li>{@link #standard()}: centre = mean, scale = population standard deviation (divisor n).</li>
 *   <li>{@link #minMax()}: centre = minimum, scale = maximum - minimum, so training values land in [0, 1].</li>
 *   <li>{@link #robust()}: centre = median, scale = Q3 - Q1 (R-7 quantiles, see {@link Quantiles}).</li>
 *   <li>{@link #none()}: nothing is changed.</li>
 * </ul>
 *
 * <p>A scale of 0 (a constant column, or a zero IQR) is replaced by 1, so such a column becomes
 * x - centre (all 0 in training) and never NaN or infinite. Cells must be finite: scaling rejects NaN
 * and infinity, naming the column and the row. Cost O(n) per column.
 *
 * <pre>{@code
 * FittedScale scale = Scale.robust().fit(customers);
 * Dataset scaled = scale.transform(newCustomers);
 * }</pre>
 */
public final class Scale implements PreprocessStep {
    /** The scaling method. */
    public enum Method {
        /** Mean and population standard deviation. */
        STANDARD,
        /** Minimum and range. */
        MIN_MAX,
        /** Median and interquartile range. */
        ROBUST,
        /** No scaling. */
        NONE
    }

    private final Method method;

    private Scale(Method method) {
        this.method = method;
    }

    /** z = (x - mean) / σ, σ the population standard deviation. */
    public static Scale standard() {
        return new Scale(Method.STANDARD);
    }

    /** z = (x - min) / (max - min). */
    public static Scale minMax() {
        return new Scale(Method.MIN_MAX);
    }

    /** z = (x - median) / IQR. */
    public static Scale robust() {
        return new Scale(Method.ROBUST);
    }

    /** No scaling: the fitted step passes every column through. */
    public static Scale none() {
        return new Scale(Method.NONE);
    }

    /** The method. */
    public Method method() {
        return method;
    }

    /**
     * Learns a centre and a scale for every numeric column of {@code data}.
     *
     * @param data training customers; not modified
     * @throws IllegalArgumentException when {@code data} has no rows or a numeric cell is NaN or infinite
     */
    @Override
    public FittedScale fit(Dataset data) {
        StepInput.requireRows(FittedScale.STEP, data);
        return fit(data, StepInput.names(data, ColumnType.NUMERIC));
    }

    /** Learns a centre and a scale for the named numeric columns of {@code data} only. */
    FittedScale fit(Dataset data, List<String> names) {
        StepInput.requireRows(FittedScale.STEP, data);
        Objects.requireNonNull(names, "names");
        if (method == Method.NONE) {
            return new FittedScale(method, List.of(), new double[0], new double[0]);
        }
        int d = names.size();
        double[] centre = new double[d];
        double[] scale = new double[d];
        StepInput.forEachColumn(data.rowCount(), d, j -> {
            NumericColumn c = StepInput.numeric(FittedScale.STEP, data, names.get(j));
            double[] v = c.toArray();
            StepInput.requireFinite(FittedScale.STEP, c.name(), v);
            int n = v.length;
            double s;
            switch (method) {
                case STANDARD: {
                    double sum = 0.0;
                    for (int i = 0; i < n; i++) {
                        sum += v[i];
                    }
                    double mean = sum / n;
                    double ss = 0.0;
                    for (int i = 0; i < n; i++) {
                        double e = v[i] - mean;
                        ss += e * e;
                    }
                    centre[j] = mean;
                    s = Math.sqrt(ss / n);
                    break;
                }
                case MIN_MAX: {
                    double min = v[0];
                    double max = v[0];
                    for (int i = 1; i < n; i++) {
                        if (v[i] < min) {
                            min = v[i];
                        } else if (v[i] > max) {
                            max = v[i];
                        }
                    }
                    centre[j] = min;
                    s = max - min;
                    break;
                }
                case ROBUST:
                default: {
                    centre[j] = Quantiles.r7(v, 0.5);
                    s = Quantiles.r7(v, 0.75) - Quantiles.r7(v, 0.25);
                    break;
                }
            }
            // A constant column (or one whose middle half is constant) is shifted but not divided.
            scale[j] = s > 0.0 && Double.isFinite(s) ? s : 1.0;
            if (!Double.isFinite(centre[j])) {
                throw new IllegalArgumentException(FittedScale.STEP + " step, column \"" + c.name()
                        + "\": the centre overflows (" + centre[j] + "); the values are too large to scale");
            }
        });
        return new FittedScale(method, names, centre, scale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scale other && method == other.method;
    }

    @Override
    public int hashCode() {
        return method.hashCode();
    }

    @Override
    public String toString() {
        return "Scale[" + method + "]";
    }
}
