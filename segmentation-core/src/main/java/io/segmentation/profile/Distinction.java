package io.segmentation.profile;

/**
 * A feature that sets a segment apart, with its effect size and a sentence for people.
 *
 * @param feature     the column's name
 * @param level       the categorical level concerned, or {@code ""} for a numeric feature
 * @param effectSize  {@link NumericContrast#effectSize()} or {@link LevelShare#effectSize()}
 * @param description in words, such as {@code "recency_days 12 vs 94 overall (mean)"} or
 *                    {@code "preferred_channel = mobile_app: 64% vs 21% overall"}
 */
public record Distinction(String feature, String level, double effectSize, String description) {

    /** Whether this is a categorical level rather than a numeric feature. */
    public boolean isCategorical() {
        return !level.isEmpty();
    }
}
