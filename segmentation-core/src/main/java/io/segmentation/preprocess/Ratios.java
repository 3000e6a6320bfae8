package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Check;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Derived ratio features, each with a fixed definition. Ratios learn nothing from data, so the configuration
 * is its own fitted step: {@link #fit(Dataset)} checks the columns and returns {@code this}.
 *
 * <ul>
 *   <li>{@link Builder#averageOrderValue average order value} = monetary / frequency when frequency &gt; 0,
 *       and 0 when frequency = 0 (no orders: nothing spent per order).</li>
 *   <li>{@link Builder#ordersPerMonth orders per month} = frequency / max(tenure in months, 1): a customer of
 *       less than a month counts as one month, so a first-week customer is not scored as hyperactive.</li>
 * </ul>
 *
 * <p>A missing input gives a missing (NaN) ratio, for imputation to fill; a negative frequency or tenure,
 * or an infinite input, is an error naming the column and the row. Cost O(n) per ratio.
 *
 * <pre>{@code
 * Ratios ratios = Ratios.builder().averageOrderValue("monetary", "frequency")
 *         .ordersPerMonth("frequency", "tenure_months").build();
 * Dataset more = ratios.transform(customers);   // adds avg_order_value, orders_per_month
 * }</pre>
 */
public final class Ratios implements PreprocessStep, FittedStep {
    static final String STEP = "ratios";

    /** The kind of a ratio. */
    public enum Kind {
        /** numerator / denominator, 0 when the denominator is 0. */
        AVERAGE_ORDER_VALUE,
        /** numerator / max(denominator, 1). */
        ORDERS_PER_MONTH
    }

    private final List<Kind> kinds;
    private final List<String> numerators;
    private final List<String> denominators;
    private final List<String> outputs;

    private Ratios(List<Kind> kinds, List<String> numerators, List<String> denominators, List<String> outputs) {
        this.kinds = List.copyOf(kinds);
        this.numerators = List.copyOf(numerators);
        this.denominators = List.copyOf(denominators);
        this.outputs = List.copyOf(outputs);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String step() {
        return STEP;
    }

    /** The input columns, numerators and denominators, each once, in order of first use. */
    @Override
    public List<String> columns() {
        List<String> names = new ArrayList<>();
        for (int r = 0; r < kinds.size(); r++) {
            if (!names.contains(numerators.get(r))) {
                names.add(numerators.get(r));
            }
            if (!names.contains(denominators.get(r))) {
                names.add(denominators.get(r));
            }
        }
        return List.copyOf(names);
    }

    /** The output column names, in order. */
    public List<String> outputs() {
        return outputs;
    }

    /**
     * Checks that every input column exists and is numeric, and returns {@code this}.
     *
     * @param data any table; not modified
     * @throws IllegalArgumentException when {@code data} has no rows, or an input is absent or not numeric
     */
    @Override
    public Ratios fit(Dataset data) {
        StepInput.requireRows(STEP, data);
        for (String c : columns()) {
            StepInput.numeric(STEP, data, c);
        }
        return this;
    }

    /**
     * Appends one column per ratio.
     *
     * @throws IllegalArgumentException when an input is absent, not numeric, infinite, or a frequency or
     *                                  tenure is negative, or an output name is already taken
     */
    @Override
    public Dataset transform(Dataset data) {
        Objects.requireNonNull(data, "data");
        int n = data.rowCount();
        List<Column> out = new ArrayList<>(data.columns());
        for (int r = 0; r < kinds.size(); r++) {
            if (data.has(outputs.get(r))) {
                throw new IllegalArgumentException(STEP + " step, column \"" + outputs.get(r)
                        + "\": already in the table; the step would overwrite it");
            }
            NumericColumn top = StepInput.numeric(STEP, data, numerators.get(r));
            NumericColumn bottom = StepInput.numeric(STEP, data, denominators.get(r));
            double[] v = new double[n];
            boolean aov = kinds.get(r) == Kind.AVERAGE_ORDER_VALUE;
            for (int i = 0; i < n; i++) {
                double a = top.get(i);
                double b = bottom.get(i);
                if (Double.isInfinite(a)) {
                    throw StepInput.notFinite(STEP, top.name(), i, a);
                }
                if (Double.isInfinite(b)) {
                    throw StepInput.notFinite(STEP, bottom.name(), i, b);
                }
                if (b < 0.0) {
                    throw new IllegalArgumentException(STEP + " step, column \"" + bottom.name() + "\", row " + i
                            + ": must be >= 0 (was " + Check.format(b) + ")");
                }
                if (Double.isNaN(a) || Double.isNaN(b)) {
                    v[i] = Double.NaN;
                } else if (aov) {
                    v[i] = b == 0.0 ? 0.0 : a / b;
                } else {
                    v[i] = a / Math.max(b, 1.0);
                }
            }
            out.add(NumericColumn.wrap(outputs.get(r), v));
        }
        return Dataset.ofColumns(out);
    }

    @Override
    public JsonObject toState() {
        List<String> k = new ArrayList<>(kinds.size());
        for (Kind kind : kinds) {
            k.add(kind.name());
        }
        return new StateWriter().put("step", STEP).put("kinds", k).put("numerators", numerators)
                .put("denominators", denominators).put("outputs", outputs).toJson();
    }

    /**
     * Reads the state written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path when the state is malformed
     */
    public static Ratios read(StateReader state) {
        List<String> k = state.strings("kinds");
        List<String> numerators = state.strings("numerators");
        List<String> denominators = state.strings("denominators");
        List<String> outputs = state.strings("outputs");
        if (numerators.size() != k.size() || denominators.size() != k.size() || outputs.size() != k.size()) {
            throw state.fail("kinds", "expected numerators, denominators and outputs of " + k.size()
                    + " entries each, found " + numerators.size() + ", " + denominators.size() + " and "
                    + outputs.size());
        }
        List<Kind> kinds = new ArrayList<>(k.size());
        for (int r = 0; r < k.size(); r++) {
            try {
                kinds.add(Kind.valueOf(k.get(r)));
            } catch (IllegalArgumentException e) {
                throw state.fail("kinds[" + r + "]", "expected one of " + List.of(Kind.values()) + ", found \""
                        + k.get(r) + "\"");
            }
        }
        return new Ratios(kinds, numerators, denominators, outputs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratios other && kinds.equals(other.kinds) && numerators.equals(other.numerators)
                && denominators.equals(other.denominators) && outputs.equals(other.outputs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kinds, numerators, denominators, outputs);
    }

    @Override
    public String toString() {
        return "Ratios" + outputs;
    }

    /** Collects the ratios; every setter checks its arguments. */
    public static final class Builder {
        private final List<Kind> kinds = new ArrayList<>();
        private final List<String> numerators = new ArrayList<>();
        private final List<String> denominators = new ArrayList<>();
        private final List<String> outputs = new ArrayList<>();

        private Builder() {
        }

        /** Adds {@code avg_order_value} = monetary / frequency (0 when frequency is 0). */
        public Builder averageOrderValue(String monetary, String frequency) {
            return averageOrderValue(monetary, frequency, "avg_order_value");
        }

        /** Adds a column {@code output} = monetary / frequency (0 when frequency is 0). */
        public Builder averageOrderValue(String monetary, String frequency, String output) {
            return add(Kind.AVERAGE_ORDER_VALUE, Check.notBlank("monetary", monetary),
                    Check.notBlank("frequency", frequency), output);
        }

        /** Adds {@code orders_per_month} = frequency / max(tenureMonths, 1). */
        public Builder ordersPerMonth(String frequency, String tenureMonths) {
            return ordersPerMonth(frequency, tenureMonths, "orders_per_month");
        }

        /** Adds a column {@code output} = frequency / max(tenureMonths, 1). */
        public Builder ordersPerMonth(String frequency, String tenureMonths, String output) {
            return add(Kind.ORDERS_PER_MONTH, Check.notBlank("frequency", frequency),
                    Check.notBlank("tenureMonths", tenureMonths), output);
        }

        private Builder add(Kind kind, String numerator, String denominator, String output) {
            Check.notBlank("output", output);
            if (outputs.contains(output)) {
                throw new IllegalArgumentException("output \"" + output + "\" is already the name of another ratio");
            }
            kinds.add(kind);
            numerators.add(numerator);
            denominators.add(denominator);
            outputs.add(output);
            return this;
        }

        /**
         * The ratios.
         *
         * @throws IllegalStateException when no ratio was added
         */
        public Ratios build() {
            if (kinds.isEmpty()) {
                throw new IllegalStateException("Ratios is empty: call averageOrderValue(...) or ordersPerMonth(...)");
            }
            return new Ratios(kinds, numerators, denominators, outputs);
        }
    }
}
