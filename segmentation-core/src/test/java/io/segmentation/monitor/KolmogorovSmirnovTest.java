package io.segmentation.monitor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class KolmogorovSmirnovTest {
    /** The percentiles of the uniform distribution on [0, 1]: q_p = p / 100. */
    private static double[] uniform() {
        double[] q = new double[101];
        for (int p = 0; p <= 100; p++) {
            q[p] = p / 100.0;
        }
        return q;
    }

    @Test
    void four_values_against_the_uniform_distribution_worked_by_hand() {
        // Values 0.05, 0.15, 0.25, 0.35: F_new(x) - x is largest just after 0.35, where F_new = 1 and x = 0.35,
        // so D = 0.65 exactly; the grid point q_35 = 0.35 reaches it. NaN is left out.
        double d = KolmogorovSmirnov.estimate(uniform(), new double[] {0.25, 0.05, Double.NaN, 0.35, 0.15});
        assertEquals(0.65, d, 1e-15);
    }

    @Test
    void repeated_percentiles_take_the_last_percent_of_their_run() {
        // Training half 0, half 1: q_0..q_50 = 0, q_51..q_100 = 1, so F_train(0) = 0.5 and F_train(1) = 1.
        // New values all 0: F_new(0) = 1, so D = |1 - 0.5| = 0.5 (not 1, which q_0 taken as 0% would give).
        double[] q = new double[101];
        Arrays.fill(q, 51, 101, 1.0);
        assertEquals(0.5, KolmogorovSmirnov.estimate(q, new double[] {0, 0, 0}), 1e-15);
    }

    @Test
    void the_estimate_is_within_one_percent_below_the_exact_statistic() {
        // An independent exact D of a sample against the uniform CDF: max over sorted x_(i) of
        // max(i/m - x_(i), x_(i) - (i-1)/m).
        SplittableRandom random = new SplittableRandom(4);
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.pow(random.nextDouble(), 1.3);   // not uniform, so D is clearly above 0
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double exact = 0;
        for (int i = 0; i < sorted.length; i++) {
            exact = Math.max(exact, Math.max((i + 1.0) / sorted.length - sorted[i], sorted[i] - (double) i / sorted.length));
        }
        double estimate = KolmogorovSmirnov.estimate(uniform(), values);
        assertTrue(estimate <= exact + 1e-12 && estimate >= exact - 0.01, "estimate " + estimate + ", exact " + exact);
    }

    @Test
    void no_present_value_gives_nan_and_bad_percentiles_are_named() {
        assertTrue(Double.isNaN(KolmogorovSmirnov.estimate(uniform(), new double[] {Double.NaN})));
        assertThatThrownBy(() -> KolmogorovSmirnov.estimate(new double[] {1}, new double[] {1}))
                .hasMessageContaining("at least 2 values (was 1)");
        assertThatThrownBy(() -> KolmogorovSmirnov.estimate(new double[] {2, 1}, new double[] {1}))
                .hasMessageContaining("must not decrease");
    }
}
