package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class AdjustedRandTest {
    @Test
    void adjusted_rand_index_of_a_split_cluster() {
        // By hand: sum C(n_ij,2) = 1, rows 2, columns 1, C(4,2) = 6, expected = 2·1/6 = 1/3,
        // max = (2+1)/2, so ARI = (1 - 1/3) / (3/2 - 1/3) = 4/7. scikit-learn's docstring prints 0.57...
        assertEquals(4.0 / 7.0, AdjustedRand.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}), 1e-15);
    }

    @Test
    void matches_the_scikit_learn_user_guide_example() {
        // scikit-learn user guide (clustering, "Rand index"): true [0,0,0,1,1,1], pred [0,0,1,1,2,2] -> 0.24...
        // By hand: Σ C(n_ij,2) = 1 + 1 = 2; rows 3 + 3 = 6; columns 1 + 1 + 1 = 3; C(6,2) = 15;
        // expected 6·3/15 = 1.2; max 4.5; ARI = 0.8 / 3.3 = 8/33.
        assertEquals(8.0 / 33.0, AdjustedRand.of(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2}),
                1e-15);
    }

    @Test
    void one_cluster_against_all_singletons_scores_zero() {
        // scikit-learn docstring: adjusted_rand_score([0, 0, 0, 0], [0, 1, 2, 3]) = 0.0.
        // By hand: index 0, rows C(4,2) = 6, columns 0, expected 0, max 3: ARI = 0.
        assertEquals(0.0, AdjustedRand.of(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}));
    }

    @Test
    void is_one_for_the_same_partition_under_any_relabeling_and_symmetric() {
        SplittableRandom random = new SplittableRandom(1);
        for (int trial = 0; trial < 20; trial++) {
            int[] a = random.ints(200, -1, 6).toArray();
            int[] relabeled = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                relabeled[i] = 10 * (5 - a[i]) + 3; // a bijection of labels, noise included
            }
            assertEquals(1.0, AdjustedRand.of(a, a), 1e-15);
            assertEquals(1.0, AdjustedRand.of(a, relabeled), 1e-15);
            int[] b = random.ints(200, 0, 4).toArray();
            assertEquals(AdjustedRand.of(a, b), AdjustedRand.of(b, relabeled), 1e-15);
            assertEquals(AdjustedRand.of(a, b), AdjustedRand.of(b, a), 1e-15);
        }
    }

    @Test
    void matches_naive_pair_counting() {
        // Independent route: count agreeing pairs one by one, then Hubert–Arabie's correction
        // ARI = (RI - E[RI]) / (1 - E[RI]) with pair counts.
        SplittableRandom random = new SplittableRandom(2);
        int n = 60;
        int[] a = random.ints(n, 0, 3).toArray();
        int[] b = random.ints(n, 0, 4).toArray();
        long both = 0;
        long sameA = 0;
        long sameB = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean inA = a[i] == a[j];
                boolean inB = b[i] == b[j];
                if (inA) {
                    sameA++;
                }
                if (inB) {
                    sameB++;
                }
                if (inA && inB) {
                    both++;
                }
            }
        }
        double pairs = n * (n - 1) / 2.0;
        double expected = sameA * (double) sameB / pairs;
        double ari = (both - expected) / ((sameA + sameB) / 2.0 - expected);
        assertEquals(ari, AdjustedRand.of(a, b), 1e-12);
    }

    @Test
    void rejects_labelings_of_different_lengths() {
        assertThatThrownBy(() -> AdjustedRand.of(new int[] {0, 1}, new int[] {0}))
                .hasMessage("labelings must have the same length (were 2 and 1)");
    }
}
