package io.segmentation.profile;

/**
 * One numeric feature of a segment set against everyone: the segment's statistics, the overall ones and
 * the differences between them.
 *
 * <p>The <b>standardized effect size</b> is {@code (segment mean − overall mean) / overall sd}, the overall
 * sd being the sample standard deviation over every customer with a value (missing values excluded
 * everywhere). It is 0 when the overall sd is 0 or undefined and the means are equal, and NaN when the
 * segment has no value. It is Glass's Δ with everyone as the reference group.
 *
 * @param segment the statistics over the segment's customers
 * @param overall the statistics over every customer profiled
 */
public record NumericContrast(NumericSummary segment, NumericSummary overall) {

    /** The feature's name. */
    public String feature() {
        return segment.feature();
    }

    /** The segment's mean minus the overall mean, in the feature's units. */
    public double difference() {
        return segment.mean() - overall.mean();
    }

    /** The segment's mean over the overall mean; NaN when the overall mean is 0. */
    public double ratio() {
        return overall.mean() == 0.0 ? Double.NaN : segment.mean() / overall.mean();
    }

    /** The segment's median minus the overall median, in the feature's units. */
    public double medianDifference() {
        return segment.median() - overall.median();
    }

    /** The segment's median over the overall median; NaN when the overall median is 0. */
    public double medianRatio() {
        return overall.median() == 0.0 ? Double.NaN : segment.median() / overall.median();
    }

    /** {@code (segment mean − overall mean) / overall sd}; see the class description for the edge cases. */
    public double effectSize() {
        double diff = difference();
        double sd = overall.sd();
        if (!(sd > 0.0)) {
            return diff == 0.0 ? 0.0 : Double.NaN;
        }
        return diff / sd;
    }
}
