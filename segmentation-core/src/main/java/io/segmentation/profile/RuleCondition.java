package io.segmentation.profile;

/**
 * One comparison in a {@link SegmentRule}, such as {@code recency_days <= 21}, in the feature's original
 * units. A missing value is compared as the feature's overall median.
 *
 * @param feature   the numeric column's name
 * @param operator  {@code <=} or {@code >}
 * @param threshold a value of the feature seen in the data
 */
public record RuleCondition(String feature, Operator operator, double threshold) {

    /** The comparison of a condition. */
    public enum Operator {
        /** {@code value <= threshold}. */
        AT_MOST("<="),
        /** {@code value > threshold}. */
        ABOVE(">");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** {@code "<="} or {@code ">"}. */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * Whether {@code value} satisfies this condition.
     *
     * @param value a value of the feature, in its units
     */
    public boolean test(double value) {
        return operator == Operator.AT_MOST ? value <= threshold : value > threshold;
    }

    /** The condition as text, such as {@code "recency_days <= 21"}. */
    @Override
    public String toString() {
        return feature + " " + operator.symbol() + " " + Words.number(threshold);
    }
}
