package io.segmentation.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.profile.RuleCondition.Operator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class RuleLearnerTest {

    /** A 4×4 grid x, y ∈ {1, 2, 3, 4}, row-major with x varying slowest. */
    private static double[] grid() {
        double[] v = new double[16 * 2];
        for (int i = 0; i < 16; i++) {
            v[2 * i] = 1 + i / 4;
            v[2 * i + 1] = 1 + i % 4;
        }
        return v;
    }

    @Test
    void a_corner_of_a_grid_is_found_with_two_conditions() {
        // Segment 1 = {x <= 2 and y >= 3}: 4 of 16 rows. At the root, x <= 2 and y <= 2 both leave children
        // of 8 rows with 4 and 0 positives: weighted Gini 2·4·4/8 + 0 = 4, the best (x <= 1 gives
        // 2·2·2/4 + 2·2·10/12 = 5.33); the tie goes to x, the lower feature. The left child then splits
        // purely on y <= 2. The leaf x <= 2, y > 2 holds the 4 positives alone: precision 1, recall 1.
        double[] x = grid();
        int[] labels = new int[16];
        for (int i = 0; i < 16; i++) {
            labels[i] = x[2 * i] <= 2 && x[2 * i + 1] >= 3 ? 1 : 0;
        }

        SegmentRule rule = new RuleLearner(x, 16, List.of("x", "y"), 3, 1).learn(labels, 1);

        assertEquals(new SegmentRule(List.of(new RuleCondition("x", Operator.AT_MOST, 2),
                new RuleCondition("y", Operator.ABOVE, 2)), 1.0, 1.0, 4), rule);
        assertEquals("x <= 2 and y > 2 → Corner (precision 1.00, recall 1.00)", rule.describe("Corner"));
    }

    @Test
    void the_rest_of_the_grid_is_found_too() {
        // Segment 0 is the other 12 rows. The root split is the same (its Gini does not depend on which side
        // is positive); leaves: x > 2 (8 rows, all in segment 0: F1 = 2·8/(8 + 12) = 0.8) and x <= 2, y <= 2
        // (4 rows: F1 = 2·4/(4 + 12) = 0.5). The best leaf is x > 2.
        double[] x = grid();
        int[] labels = new int[16];
        for (int i = 0; i < 16; i++) {
            labels[i] = x[2 * i] <= 2 && x[2 * i + 1] >= 3 ? 1 : 0;
        }

        SegmentRule rule = new RuleLearner(x, 16, List.of("x", "y"), 3, 1).learn(labels, 0);

        assertEquals(new SegmentRule(List.of(new RuleCondition("x", Operator.ABOVE, 2)), 1.0, 8.0 / 12.0, 8), rule);
    }

    @Test
    void separable_segments_of_a_random_table_are_recovered_exactly() {
        // Segment = income > 60 and age <= 40 on 500 random rows, plus a noise feature: depth 2 recovers
        // it with precision and recall 1, since a threshold at a data value separates the classes.
        SplittableRandom random = new SplittableRandom(7);
        int n = 500;
        double[] x = new double[n * 3];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[3 * i] = random.nextInt(18, 80);
            x[3 * i + 1] = random.nextInt(10, 150);
            x[3 * i + 2] = random.nextDouble();
            labels[i] = x[3 * i + 1] > 60 && x[3 * i] <= 40 ? 2 : 5;
        }

        SegmentRule rule = new RuleLearner(x, n, List.of("age", "income", "noise"), 2, 1).learn(labels, 2);

        assertEquals(1.0, rule.precision(), 0.0);
        assertEquals(1.0, rule.recall(), 0.0);
        assertEquals(List.of("age", "income"), rule.conditions().stream().map(RuleCondition::feature).sorted()
                .toList());
    }

    @Test
    void equal_features_tie_to_the_lower_index() {
        Dataset data = Dataset.ofColumns(NumericColumn.of("b", 1, 2, 3, 4), NumericColumn.of("a", 1, 2, 3, 4));
        double[] x = {1, 1, 2, 2, 3, 3, 4, 4};

        SegmentRule rule = new RuleLearner(x, 4, data.columnNames(), 1, 1).learn(new int[] {0, 0, 1, 1}, 1);

        assertEquals(List.of(new RuleCondition("b", Operator.ABOVE, 2)), rule.conditions());
    }

    @Test
    void min_leaf_stops_small_splits() {
        // With minLeaf 3 of 4 rows no split leaves 3 on both sides: the rule is the root, every customer.
        double[] x = {1, 2, 3, 4};

        SegmentRule rule = new RuleLearner(x, 4, List.of("x"), 3, 3).learn(new int[] {0, 0, 1, 1}, 1);

        assertEquals(new SegmentRule(List.of(), 0.5, 1.0, 4), rule);
    }

    @Test
    void an_interval_is_two_conditions_on_one_feature() {
        // Positive at x = 3 only, among 1..6. Root: x <= 3 leaves (3 rows, 1 positive) and (3, 0): Gini
        // 2·1·2/3 = 1.33, below x <= 2 (2·1·3/4 = 1.5), x <= 4 (2·1·3/4 = 1.5) and x <= 1 (2·1·4/5 = 1.6).
        // The left child splits purely at x <= 2, leaving x = 3 alone in the leaf x <= 3, x > 2.
        double[] x = {1, 2, 3, 4, 5, 6};

        SegmentRule rule = new RuleLearner(x, 6, List.of("x"), 3, 1).learn(new int[] {0, 0, 1, 0, 0, 0}, 1);

        assertEquals(new SegmentRule(List.of(new RuleCondition("x", Operator.AT_MOST, 3),
                new RuleCondition("x", Operator.ABOVE, 2)), 1.0, 1.0, 1), rule);
    }

    @Test
    void conditions_on_one_feature_and_side_merge_to_the_tightest() {
        // Positives at x = 7, 9, 10 among 1..10 (found with a naive recursive CART in a script, checked by
        // hand). Root: x <= 6 leaves (6, 0 positives) and (4, 3): Gini 2·3·1/4 = 1.5, the best (x <= 8 gives
        // 2·1·7/8 = 1.75). Right child {7..10}: x <= 8 gives (2, 1) and (2, 2): Gini 1, below x <= 7's 1.33.
        // Leaf x > 6, x > 8 = {9, 10}: F1 = 2·2/(2 + 3) = 0.8, the best ({7} alone: 0.5). Its two
        // conditions on x are merged to x > 8.
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        SegmentRule rule = new RuleLearner(x, 10, List.of("x"), 3, 1)
                .learn(new int[] {0, 0, 0, 0, 0, 0, 1, 0, 1, 1}, 1);

        assertEquals(new SegmentRule(List.of(new RuleCondition("x", Operator.ABOVE, 8)), 1.0, 2.0 / 3.0, 2), rule);
    }

    @Test
    void sorted_rows_are_stable_on_ties() {
        double[] x = {3, 0, 1, 0, 3, 0, 2, 0, 1, 0};

        // Column 0 is 3, 1, 3, 2, 1: the ones (rows 1, 4), the two (row 3), the threes (rows 0, 2).
        assertArrayEquals(new int[] {1, 4, 3, 0, 2}, RuleLearner.sortedRows(x, 5, 2, 0));
    }
}
