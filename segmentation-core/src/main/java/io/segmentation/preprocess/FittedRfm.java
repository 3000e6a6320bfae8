package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * RFM thresholds fitted by {@link Rfm#fit(Dataset)}: four per measure, applied by the rule described there.
 * Immutable and thread-safe.
 */
public final class FittedRfm implements FittedStep {
    static final String STEP = "rfm";
    private static final List<String> CODES = codes();

    private final List<String> columns;
    private final double[] thresholds;

    FittedRfm(List<String> columns, double[] thresholds) {
        this.columns = List.copyOf(columns);
        this.thresholds = thresholds;
    }

    @Override
    public String step() {
        return STEP;
    }

    /** The input columns: recency, frequency, monetary. */
    @Override
    public List<String> columns() {
        return columns;
    }

    /**
     * A copy of the four thresholds of one measure, ascending.
     *
     * @param measure 0 = recency, 1 = frequency, 2 = monetary
     */
    public double[] thresholds(int measure) {
        Objects.checkIndex(measure, 3);
        return Arrays.copyOfRange(thresholds, measure * 4, measure * 4 + 4);
    }

    /**
     * The score 1-5 of value {@code v} of one measure.
     *
     * @param measure 0 = recency (reversed), 1 = frequency, 2 = monetary
     * @param v       a finite value
     */
    public int score(int measure, double v) {
        Objects.checkIndex(measure, 3);
        int o = measure * 4;
        int below = 0;
        for (int q = 0; q < 4; q++) {
            if (thresholds[o + q] < v) {
                below++;
            }
        }
        return measure == 0 ? 5 - below : 1 + below;
    }

    /**
     * Appends {@code r_score}, {@code f_score}, {@code m_score}, {@code rfm_code} and {@code rfm_total}.
     *
     * @throws IllegalArgumentException when an input column is absent, not numeric, or holds a missing or
     *                                  infinite cell, or an output column name is already taken
     */
    @Override
    public Dataset transform(Dataset data) {
        Objects.requireNonNull(data, "data");
        for (String out : Rfm.OUTPUTS) {
            if (data.has(out)) {
                throw new IllegalArgumentException(STEP + " step, column \"" + out
                        + "\": already in the table; the step would overwrite it");
            }
        }
        int n = data.rowCount();
        int[][] scores = new int[3][n];
        for (int m = 0; m < 3; m++) {
            NumericColumn c = StepInput.numeric(STEP, data, columns.get(m));
            for (int i = 0; i < n; i++) {
                double v = c.get(i);
                if (!Double.isFinite(v)) {
                    throw StepInput.notFinite(STEP, c.name(), i, v);
                }
                scores[m][i] = score(m, v);
            }
        }
        double[] r = new double[n];
        double[] f = new double[n];
        double[] mv = new double[n];
        double[] total = new double[n];
        int[] code = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = scores[0][i];
            f[i] = scores[1][i];
            mv[i] = scores[2][i];
            total[i] = r[i] + f[i] + mv[i];
            code[i] = (scores[0][i] - 1) * 25 + (scores[1][i] - 1) * 5 + (scores[2][i] - 1);
        }
        List<Column> out = new ArrayList<>(data.columns());
        out.add(NumericColumn.wrap(Rfm.OUTPUTS.get(0), r));
        out.add(NumericColumn.wrap(Rfm.OUTPUTS.get(1), f));
        out.add(NumericColumn.wrap(Rfm.OUTPUTS.get(2), mv));
        out.add(CategoricalColumn.ofCodes(Rfm.OUTPUTS.get(3), code, CODES));
        out.add(NumericColumn.wrap(Rfm.OUTPUTS.get(4), total));
        return Dataset.ofColumns(out);
    }

    /** The 125 codes "111".."555", indexed by (r-1)·25 + (f-1)·5 + (m-1). */
    private static List<String> codes() {
        List<String> codes = new ArrayList<>(125);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    codes.add("" + r + f + m);
                }
            }
        }
        return List.copyOf(codes);
    }

    @Override
    public JsonObject toState() {
        return new StateWriter().put("step", STEP).put("columns", columns).put("thresholds", thresholds).toJson();
    }

    /**
     * Reads the state written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path when the state is malformed
     */
    public static FittedRfm read(StateReader state) {
        List<String> columns = state.strings("columns");
        if (columns.size() != 3) {
            throw state.fail("columns", "expected 3 values, found " + columns.size());
        }
        double[] thresholds = state.doubles("thresholds", 12);
        for (int t = 0; t < 12; t++) {
            if (t % 4 != 0 && thresholds[t] < thresholds[t - 1]) {
                throw state.fail("thresholds[" + t + "]", "expected >= " + thresholds[t - 1] + ", found "
                        + thresholds[t]);
            }
        }
        return new FittedRfm(columns, thresholds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedRfm other && columns.equals(other.columns)
                && Arrays.equals(thresholds, other.thresholds);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(thresholds);
    }

    @Override
    public String toString() {
        return "FittedRfm" + columns;
    }
}
