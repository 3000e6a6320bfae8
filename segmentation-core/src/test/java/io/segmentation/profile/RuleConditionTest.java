package io.segmentation.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmentation.profile.RuleCondition.Operator;
import org.junit.jupiter.api.Test;

final class RuleConditionTest {

    @Test
    void at_most_includes_the_threshold_and_above_excludes_it() {
        RuleCondition atMost = new RuleCondition("x", Operator.AT_MOST, 2.5);
        RuleCondition above = new RuleCondition("x", Operator.ABOVE, 2.5);

        assertTrue(atMost.test(2.5));
        assertFalse(atMost.test(2.6));
        assertFalse(above.test(2.5));
        assertTrue(above.test(2.6));
        assertEquals("x <= 2.50", atMost.toString());
        assertEquals("income > 52,340", new RuleCondition("income", Operator.ABOVE, 52340).toString());
    }
}
