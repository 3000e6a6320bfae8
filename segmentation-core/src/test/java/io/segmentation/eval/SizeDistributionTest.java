package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class SizeDistributionTest {
    @Test
    void counts_shares_noise_and_spread_by_hand() {
        // 10 rows: cluster 0 has 5, cluster 1 has 2, cluster 2 has 1, noise 2.
        // Shares .5, .2, .1, noise .2 (sum 1); smallest/largest = 1/5.
        int[] labels = {0, 0, 1, -1, 0, 2, 0, 1, -1, 0};
        SizeDistribution s = SizeDistribution.of(labels);
        assertArrayEquals(new int[] {5, 2, 1}, s.sizes());
        assertArrayEquals(new double[] {0.5, 0.2, 0.1}, s.shares(), 1e-15);
        assertEquals(2, s.noiseCount());
        assertEquals(0.2, s.noiseShare(), 1e-15);
        assertEquals(0.2, s.smallestToLargest(), 1e-15);
        assertEquals("sizes [5, 2, 1], noise 2 (20.0%), smallest/largest 0.200", s.toString());
    }

    @Test
    void shows_empty_clusters_of_a_model() {
        SizeDistribution s = SizeDistribution.of(new int[] {0, 0, 1}, 3);
        assertArrayEquals(new int[] {2, 1, 0}, s.sizes());
        assertEquals(0.0, s.smallestToLargest());
        assertThatThrownBy(() -> SizeDistribution.of(new int[] {0, 3}, 3)).hasMessage("labels must be < k (was label 3, k=3)");
    }
}
