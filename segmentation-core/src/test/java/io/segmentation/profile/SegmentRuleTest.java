package io.segmentation.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.profile.RuleCondition.Operator;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SegmentRuleTest {

    @Test
    void describes_the_rule_with_its_accuracy() {
        SegmentRule rule = new SegmentRule(List.of(new RuleCondition("recency_days", Operator.AT_MOST, 21),
                new RuleCondition("frequency", Operator.ABOVE, 12)), 0.914, 0.836, 120);

        assertEquals("recency_days <= 21 and frequency > 12 → Champions (precision 0.91, recall 0.84)",
                rule.describe("Champions"));
    }

    @Test
    void a_rule_without_conditions_selects_every_customer() {
        assertEquals("every customer → All (precision 0.50, recall 1.00)",
                new SegmentRule(List.of(), 0.5, 1.0, 4).describe("All"));
    }
}
