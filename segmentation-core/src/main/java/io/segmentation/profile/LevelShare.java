package io.segmentation.profile;

/**
 * One level of a categorical feature in a segment set against everyone.
 *
 * @param level        the category
 * @param count        the segment's customers with this level
 * @param share        {@code count} over the segment's customers with a value, in [0, 1]
 * @param overallShare the level's share over every customer with a value, in [0, 1]
 */
public record LevelShare(String level, int count, double share, double overallShare) {

    /** {@code share / overallShare}: above 1 when the level is over-represented in the segment. */
    public double lift() {
        return overallShare == 0.0 ? Double.NaN : share / overallShare;
    }

    /**
     * The standardized difference of shares, {@code (share − overallShare) / √(overallShare·(1 − overallShare))}:
     * the effect size of the level's 0/1 indicator, with the indicator's population sd overall; 0 when the
     * level is held by none or all customers overall.
     */
    public double effectSize() {
        double var = overallShare * (1.0 - overallShare);
        if (!(var > 0.0)) {
            return 0.0;
        }
        return (share - overallShare) / Math.sqrt(var);
    }
}
