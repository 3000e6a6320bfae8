package io.segmentation.monitor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class PopulationStabilityTest {
    @Test
    void index_of_two_bins_worked_by_hand() {
        // (0.6 - 0.5)·ln(0.6/0.5) + (0.4 - 0.5)·ln(0.4/0.5) = 0.1·0.1823215568 + 0.1·0.2231435513 = 0.0405465108
        double psi = PopulationStability.index(new double[] {0.5, 0.5}, new double[] {0.6, 0.4});
        assertEquals(0.1 * Math.log(1.2) - 0.1 * Math.log(0.8), psi, 1e-15);
        assertEquals(0.0405465108, psi, 1e-10);
    }

    @Test
    void identical_shares_have_index_zero() {
        double[] shares = {0.1, 0.2, 0.3, 0.4};
        assertEquals(0.0, PopulationStability.index(shares, shares.clone()), 0.0);
    }

    @Test
    void a_bin_empty_on_one_side_counts_with_the_floor_and_empty_on_both_adds_nothing() {
        // Bin 3 is empty in training: its expected share is raised to 1e-4.
        // (0.4-0.5)·ln(0.8) + (0.1-1e-4)·ln(0.1/1e-4) = 0.0223143551 + 0.0999·6.9077552790 = 0.7123991075
        double psi = PopulationStability.index(new double[] {0.5, 0.5, 0.0, 0.0},
                new double[] {0.5, 0.4, 0.1, 0.0});
        assertEquals(-0.1 * Math.log(0.8) + 0.0999 * Math.log(1000), psi, 1e-12);
        assertEquals(0.7123991075, psi, 1e-9);
    }

    @Test
    void rejects_bins_of_different_lengths_and_shares_outside_zero_one() {
        assertThatThrownBy(() -> PopulationStability.index(new double[] {1}, new double[] {0.5, 0.5}))
                .hasMessageContaining("same number of bins (were 1 and 2)");
        assertThatThrownBy(() -> PopulationStability.index(new double[] {1.5}, new double[] {1}))
                .hasMessageContaining("bin 0: shares must be in [0, 1]");
    }
}
