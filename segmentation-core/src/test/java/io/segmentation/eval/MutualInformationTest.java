package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class MutualInformationTest {
    // scikit-learn user guide (clustering, "Mutual Information based scores" and "Homogeneity,
    // completeness and V-measure"): labels_true = [0,0,0,1,1,1], labels_pred = [0,0,1,1,2,2].
    // Printed there: homogeneity 0.66..., completeness 0.42..., V-measure 0.51..., and in versions up to
    // 0.21, whose AMI normalised by max(H(U), H(V)), AMI 0.22504...
    private static final int[] TRUE = {0, 0, 0, 1, 1, 1};
    private static final int[] PRED = {0, 0, 1, 1, 2, 2};

    @Test
    void scores_the_user_guide_example_by_hand() {
        // Table: class 0 -> (2, 1, 0), class 1 -> (0, 1, 2); n = 6, a = (3, 3), b = (2, 2, 2).
        // MI = 2·(2/6)·ln(6·2/(3·2)) + 2·(1/6)·ln(6·1/(3·2)) = (2/3) ln 2.
        // H(true) = ln 2, H(pred) = ln 3. h = MI / ln 2 = 2/3; c = (2/3) ln 2 / ln 3 = 0.42062;
        // V = 2hc / (h + c) = 0.51580; NMI (arithmetic) = MI / ((ln 2 + ln 3) / 2) = V when β = 1.
        double mi = 2.0 / 3.0 * Math.log(2);
        double h = 2.0 / 3.0;
        double c = mi / Math.log(3);
        double v = 2 * h * c / (h + c);
        assertEquals(mi, MutualInformation.of(TRUE, PRED), 1e-15);
        assertEquals(h, MutualInformation.homogeneity(TRUE, PRED), 1e-15);
        assertEquals(c, MutualInformation.completeness(TRUE, PRED), 1e-15);
        assertEquals(v, MutualInformation.vMeasure(TRUE, PRED), 1e-15);
        assertEquals(mi / ((Math.log(2) + Math.log(3)) / 2), MutualInformation.normalized(TRUE, PRED), 1e-15);
        assertEquals(v, MutualInformation.normalized(TRUE, PRED), 1e-15);
        assertEquals(0.51, v, 0.01);
        assertEquals(0.42, c, 0.01);
    }

    @Test
    void adjusted_mutual_information_uses_the_exact_expectation_over_all_permutations() {
        // Independent expectation: the hypergeometric model is "shuffle one labeling", so E[MI] is the
        // mean of MI over all 6! = 720 orderings of PRED. AMI = (MI - E) / ((H(U) + H(V)) / 2 - E).
        // With the same E and the max normaliser, the published (scikit-learn 0.21) 0.22504.
        int count = permute(PRED.clone(), 0, TRUE);
        double emi = permutedMiSum / count;
        assertEquals(720, count);
        ContingencyTable table = ContingencyTable.of(TRUE, PRED);
        assertEquals(emi, MutualInformation.expected(table), 1e-14);
        double mi = 2.0 / 3.0 * Math.log(2);
        double ami = (mi - emi) / ((Math.log(2) + Math.log(3)) / 2 - emi);
        assertEquals(ami, MutualInformation.adjusted(TRUE, PRED), 1e-14);
        assertEquals(0.22504, (mi - emi) / (Math.log(3) - emi), 1e-5);
        assertEquals(0.22504, (mi - MutualInformation.expected(table)) / (Math.log(3) - MutualInformation.expected(table)),
                1e-5);
    }

    private static double permutedMiSum;

    /** Visits every ordering of p[from..] (swap recursion), adding MI(t, p) to permutedMiSum. */
    private static int permute(int[] p, int from, int[] t) {
        if (from == p.length) {
            permutedMiSum += MutualInformation.of(t, p);
            return 1;
        }
        if (from == 0) {
            permutedMiSum = 0.0;
        }
        int count = 0;
        for (int i = from; i < p.length; i++) {
            int tmp = p[from];
            p[from] = p[i];
            p[i] = tmp;
            count += permute(p, from + 1, t);
            p[i] = p[from];
            p[from] = tmp;
        }
        return count;
    }

    @Test
    void matches_the_scikit_learn_docstring_values() {
        // scikit-learn docstrings of homogeneity_score and v_measure_score (1.x). By hand for the V-measure
        // of [0,0,1,1] vs [0,0,1,2]: h = 1, c = ln 2 / (1.5 ln 2) = 2/3, V = (4/3) / (5/3) = 0.8.
        assertEquals(0.8, MutualInformation.vMeasure(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}), 1e-15);
        assertEquals(0.8, MutualInformation.vMeasure(new int[] {0, 0, 1, 2}, new int[] {0, 0, 1, 1}), 1e-15);
        assertEquals(1.0, MutualInformation.homogeneity(new int[] {0, 0, 1, 1}, new int[] {0, 1, 2, 3}));
        assertEquals(0.0, MutualInformation.homogeneity(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}));
        assertEquals(0.0, MutualInformation.homogeneity(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 0}));
        assertEquals(0.0, MutualInformation.vMeasure(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}));
    }

    @Test
    void scores_are_one_for_the_same_partition_and_ignore_numbering() {
        SplittableRandom random = new SplittableRandom(5);
        int[] a = random.ints(300, -1, 5).toArray();
        int[] relabeled = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            relabeled[i] = 7 - a[i];
        }
        assertEquals(1.0, MutualInformation.normalized(a, relabeled), 1e-12);
        assertEquals(1.0, MutualInformation.adjusted(a, relabeled), 1e-12);
        assertEquals(1.0, MutualInformation.vMeasure(a, relabeled), 1e-12);
        assertEquals(1.0, MutualInformation.adjusted(new int[] {3, 3, 3}, new int[] {1, 1, 1}));
    }

    @Test
    void adjusted_mutual_information_is_near_zero_for_independent_labelings() {
        // Over many independent pairs the AMI averages 0 (that is what the adjustment is for), while the
        // NMI stays clearly positive: mean AMI within 0.01 of 0 over 40 pairs of 100 rows.
        SplittableRandom random = new SplittableRandom(8);
        double ami = 0.0;
        double nmi = 0.0;
        for (int t = 0; t < 40; t++) {
            int[] a = random.ints(100, 0, 5).toArray();
            int[] b = random.ints(100, 0, 5).toArray();
            ami += MutualInformation.adjusted(a, b) / 40;
            nmi += MutualInformation.normalized(a, b) / 40;
        }
        assertEquals(0.0, ami, 0.01);
        assertThat(nmi).isGreaterThan(0.03);
    }

    @Test
    void rejects_a_non_positive_beta() {
        assertThatThrownBy(() -> MutualInformation.vMeasure(new int[] {0}, new int[] {0}, 0.0))
                .hasMessage("beta must be finite and > 0.0 (was 0.0)");
    }
}
