package io.segmentation.preprocess;

import io.segmentation.data.ColumnType;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Check;
import io.segmentation.internal.Quantiles;
import java.util.List;
import java.util.Objects;

/**
 * How extreme numeric values are found and treated: the immutable configuration of the outlier step.
 * {@link #fit(Dataset)} learns a lower and an upper fence per numeric column from the training customers
 * (missing cells ignored); a value strictly outside them is an outlier.
 *
 * <ul>
 *   <li>{@link #iqr(double) IQR}: fences Q1 - f·IQR and Q3 + f·IQR with R-7 quartiles (Tukey, 1977; f = 1.5
 *       by default).</li>
 *   <li>{@link #zScore(double) z-score}: fences mean ∓ t·σ with the population standard deviation (t = 3 by
 *       default).</li>
 * </ul>
 *
 * <p>Treatments: {@link Treatment#CLIP} moves an outlier to its fence; {@link Treatment#FLAG} keeps it and
 * appends a 0/1 column {@code <name>_outlier}; {@link Treatment#DROP_ROWS} removes training rows with an
 * outlier in any column, at fit time only: new customers cannot be dropped (each needs a segment), so
 * {@link FittedOutliers#transform} clips them to the fences. A constant column has equal fences and no
 * outliers. Cost O(n) per column.
 *
 * <pre>{@code
 * FittedOutliers fences = Outliers.iqr(1.5).clip().fit(customers);
 * Dataset tamed = fences.transform(customers);
 * }</pre>
 */
public final class Outliers implements PreprocessStep {
    /** How fences are computed. */
    public enum Method {
        /** Quartiles and the interquartile range. */
        IQR,
        /** Mean and population standard deviation. */
        Z_SCORE,
        /** No fences: nothing is an outlier. */
        NONE
    }

    /** What happens to an outlier. */
    public enum Treatment {
        /** Replaced by the nearer fence. */
        CLIP,
        /** Training rows with an outlier are dropped; new rows are clipped. */
        DROP_ROWS,
        /** Kept, and marked in an appended {@code <name>_outlier} column. */
        FLAG
    }

    private final Method method;
    private final double factor;
    private final Treatment treatment;

    private Outliers(Method method, double factor, Treatment treatment) {
        this.method = method;
        this.factor = factor;
        this.treatment = treatment;
    }

    /** IQR fences with factor 1.5, clipping. */
    public static Outliers iqr() {
        return iqr(1.5);
    }

    /**
     * IQR fences Q1 - factor·IQR and Q3 + factor·IQR, clipping unless another treatment is chosen.
     *
     * @param factor finite, >= 0
     * @throws IllegalArgumentException when {@code factor} is negative, NaN or infinite
     */
    public static Outliers iqr(double factor) {
        return new Outliers(Method.IQR, Check.finiteAtLeast("factor", factor, 0.0), Treatment.CLIP);
    }

    /** z-score fences at 3 standard deviations, clipping. */
    public static Outliers zScore() {
        return zScore(3.0);
    }

    /**
     * z-score fences mean ∓ threshold·σ (population σ), clipping unless another treatment is chosen.
     *
     * @param threshold finite, > 0
     * @throws IllegalArgumentException when {@code threshold} is not positive, NaN or infinite
     */
    public static Outliers zScore(double threshold) {
        return new Outliers(Method.Z_SCORE, Check.finiteAbove("threshold", threshold, 0.0), Treatment.CLIP);
    }

    /** No outlier treatment: the fitted step passes every value through. */
    public static Outliers none() {
        return new Outliers(Method.NONE, 0.0, Treatment.CLIP);
    }

    /** A copy that clips outliers to the fences. */
    public Outliers clip() {
        return new Outliers(method, factor, Treatment.CLIP);
    }

    /** A copy that drops training rows holding an outlier (new rows are clipped). */
    public Outliers dropRows() {
        return new Outliers(method, factor, Treatment.DROP_ROWS);
    }

    /** A copy that keeps outliers and appends {@code <name>_outlier} flag columns. */
    public Outliers flag() {
        return new Outliers(method, factor, Treatment.FLAG);
    }

    /** The fence method. */
    public Method method() {
        return method;
    }

    /** The IQR factor or the z-score threshold. */
    public double factor() {
        return factor;
    }

    /** The treatment. */
    public Treatment treatment() {
        return treatment;
    }

    /**
     * Learns the fences of every numeric column of {@code data} and counts the training outliers.
     *
     * @param data training customers; not modified
     * @throws IllegalArgumentException when {@code data} has no rows, a column is entirely missing or holds
     *                                  an infinite value
     */
    @Override
    public FittedOutliers fit(Dataset data) {
        StepInput.requireRows(FittedOutliers.STEP, data);
        return fit(data, StepInput.names(data, ColumnType.NUMERIC));
    }

    /** Learns the fences of the named numeric columns of {@code data} only. */
    FittedOutliers fit(Dataset data, List<String> columns) {
        StepInput.requireRows(FittedOutliers.STEP, data);
        List<String> names = method == Method.NONE ? List.of() : columns;
        int d = names.size();
        double[] lower = new double[d];
        double[] upper = new double[d];
        int[] below = new int[d];
        int[] above = new int[d];
        StepInput.forEachColumn(data.rowCount(), d, j -> {
            NumericColumn c = StepInput.numeric(FittedOutliers.STEP, data, names.get(j));
            StepInput.requireSomeValue(FittedOutliers.STEP, c);
            double[] v = c.presentValues();
            StepInput.requireFinite(FittedOutliers.STEP, c.name(), v);
            if (method == Method.IQR) {
                double q1 = Quantiles.r7(v, 0.25);
                double q3 = Quantiles.r7(v, 0.75);
                double iqr = q3 - q1;
                lower[j] = q1 - factor * iqr;
                upper[j] = q3 + factor * iqr;
            } else {
                double mean = 0.0;
                for (double x : v) {
                    mean += x;
                }
                mean /= v.length;
                double ss = 0.0;
                for (double x : v) {
                    ss += (x - mean) * (x - mean);
                }
                double sd = Math.sqrt(ss / v.length);
                lower[j] = mean - factor * sd;
                upper[j] = mean + factor * sd;
            }
            for (int i = 0; i < c.size(); i++) {
                double x = c.get(i);
                if (x < lower[j]) {
                    below[j]++;
                } else if (x > upper[j]) {
                    above[j]++;
                }
            }
        });
        return new FittedOutliers(names, lower, upper, treatment, below, above);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outliers other && method == other.method
                && Double.compare(factor, other.factor) == 0 && treatment == other.treatment;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, factor, treatment);
    }

    @Override
    public String toString() {
        return "Outliers[" + method + " " + factor + ", " + treatment + "]";
    }
}
