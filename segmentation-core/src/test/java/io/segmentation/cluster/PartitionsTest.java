package io.segmentation.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class PartitionsTest {
    @Test
    void adjusted_rand_index_of_a_split_cluster() {
        // By hand: sum C(n_ij,2) = 1, rows 2, columns 1, C(4,2) = 6, expected = 2·1/6 = 1/3,
        // max = (2+1)/2, so ARI = (1 - 1/3) / (3/2 - 1/3) = 4/7.
        assertEquals(4.0 / 7.0, Partitions.adjustedRand(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}), 1e-15);
    }

    @Test
    void adjusted_rand_index_ignores_label_names() {
        assertEquals(1.0, Partitions.adjustedRand(new int[] {0, 0, 1, 1, 2}, new int[] {5, 5, 3, 3, 9}), 0.0);
    }
}
