package io.segmentation.profile;

import java.util.List;
import java.util.Locale;

/**
 * A short readable rule that picks out a segment's customers, learned by a shallow one-vs-rest decision
 * tree, with how well it does on the customers it was learned from.
 *
 * @param conditions the conditions, all of which must hold; empty means "every customer"
 * @param precision  of the customers the rule selects, the share in the segment, in [0, 1]
 * @param recall     of the segment's customers, the share the rule selects, in [0, 1]
 * @param selected   customers the rule selects
 */
public record SegmentRule(List<RuleCondition> conditions, double precision, double recall, int selected) {
    /** Makes an immutable copy of {@code conditions}. */
    public SegmentRule {
        conditions = List.copyOf(conditions);
    }

    /**
     * The rule in words, such as
     * {@code "recency_days <= 21 and frequency > 12 → Champions (precision 0.91, recall 0.84)"}.
     *
     * @param segmentName the name to put after the arrow
     */
    public String describe(String segmentName) {
        StringBuilder b = new StringBuilder();
        if (conditions.isEmpty()) {
            b.append("every customer");
        }
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) {
                b.append(" and ");
            }
            b.append(conditions.get(i));
        }
        return b.append(String.format(Locale.ROOT, " → %s (precision %.2f, recall %.2f)", segmentName, precision,
                recall)).toString();
    }
}
