package io.segmentation.preprocess;

import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Check;
import io.segmentation.internal.Quantiles;
import java.util.List;

/**
 * RFM scoring, the classic marketing summary of a customer: recency (days since the last order), frequency
 * (number of orders) and monetary value (total spend), each scored 1 to 5 by quintile. This is the
 * immutable configuration; {@link #fit(Dataset)} learns the quintile thresholds from training customers.
 *
 * <p>Rule, for each measure: the thresholds t1 &le; t2 &le; t3 &le; t4 are the R-7 quantiles 0.2, 0.4, 0.6 and
 * 0.8 of the training values (see {@link Quantiles}); with c(v) = the number of thresholds strictly below v,
 * frequency and monetary score 1 + c(v) and recency scores 5 - c(v) (recent customers score high).
 * Thresholds are learned once and applied to new customers unchanged. Equal values always get equal scores;
 * under heavy ties (say 70% of customers with one order) several thresholds coincide and some scores are
 * never given, which is deterministic and independent of row order.
 *
 * <p>Output columns, appended: {@code r_score}, {@code f_score}, {@code m_score} (numeric, 1-5),
 * {@code rfm_code} (categorical, the three digits, e.g. {@code "543"}) and {@code rfm_total} (numeric, the sum,
 * 3-15). The three inputs must be numeric and complete (no missing, no infinite cell). Cost O(n) per measure.
 *
 * <p>Reference: A. M. Hughes, Strategic Database Marketing, 1994 (the RFM method).
 *
 * <pre>{@code
 * FittedRfm rfm = Rfm.builder().recency("days_since_order").frequency("orders").monetary("spend").build()
 *         .fit(customers);
 * Dataset scored = rfm.transform(customers);   // adds r_score, f_score, m_score, rfm_code, rfm_total
 * }</pre>
 */
public final class Rfm implements PreprocessStep {
    /** The names of the appended columns, in order. */
    public static final List<String> OUTPUTS = List.of("r_score", "f_score", "m_score", "rfm_code", "rfm_total");

    private final String recency;
    private final String frequency;
    private final String monetary;

    private Rfm(Builder b) {
        this.recency = b.recency;
        this.frequency = b.frequency;
        this.monetary = b.monetary;
    }

    /** A builder with the default column names {@code recency_days}, {@code frequency}, {@code monetary}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        return new Builder().recency(recency).frequency(frequency).monetary(monetary);
    }

    /** The three input columns: recency, frequency, monetary. */
    public List<String> columns() {
        return List.of(recency, frequency, monetary);
    }

    /**
     * Learns the quintile thresholds of the three measures.
     *
     * @param data training customers; not modified
     * @throws IllegalArgumentException when {@code data} has no rows, or an input column is absent, not
     *                                  numeric, or holds a missing or infinite cell
     */
    @Override
    public FittedRfm fit(Dataset data) {
        StepInput.requireRows(FittedRfm.STEP, data);
        List<String> columns = columns();
        double[] thresholds = new double[12];
        for (int m = 0; m < 3; m++) {
            NumericColumn c = StepInput.numeric(FittedRfm.STEP, data, columns.get(m));
            double[] v = c.toArray();
            StepInput.requireFinite(FittedRfm.STEP, c.name(), v);
            for (int q = 0; q < 4; q++) {
                thresholds[m * 4 + q] = Quantiles.r7(v, 0.2 * (q + 1));
            }
        }
        return new FittedRfm(columns, thresholds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rfm other && columns().equals(other.columns());
    }

    @Override
    public int hashCode() {
        return columns().hashCode();
    }

    @Override
    public String toString() {
        return "Rfm" + columns();
    }

    /** Collects the input column names; every setter checks its argument. */
    public static final class Builder {
        private String recency = "recency_days";
        private String frequency = "frequency";
        private String monetary = "monetary";

        private Builder() {
        }

        /** The column of days since the last order (lower is better). */
        public Builder recency(String column) {
            this.recency = Check.notBlank("recency", column);
            return this;
        }

        /** The column of the number of orders (higher is better). */
        public Builder frequency(String column) {
            this.frequency = Check.notBlank("frequency", column);
            return this;
        }

        /** The column of total spend (higher is better). */
        public Builder monetary(String column) {
            this.monetary = Check.notBlank("monetary", column);
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalStateException when two measures name the same column
         */
        public Rfm build() {
            if (recency.equals(frequency) || recency.equals(monetary) || frequency.equals(monetary)) {
                throw new IllegalStateException("Rfm columns must be distinct (were recency=\"" + recency
                        + "\", frequency=\"" + frequency + "\", monetary=\"" + monetary + "\")");
            }
            return new Rfm(this);
        }
    }
}
