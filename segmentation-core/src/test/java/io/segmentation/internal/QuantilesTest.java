package io.segmentation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class QuantilesTest {
    @Test
    void r7_of_one_to_ten_matches_hand_values() {
        // h = 9p: p = 0.2 -> h = 1.8 -> 2 + 0.8·1 = 2.8; p = 0.5 -> h = 4.5 -> 5.5; p = 0.75 -> h = 6.75 -> 7.75.
        double[] v = {10, 3, 7, 1, 9, 2, 8, 4, 6, 5};
        assertEquals(2.8, Quantiles.r7(v.clone(), 0.2), 1e-15);
        assertEquals(5.5, Quantiles.r7(v.clone(), 0.5), 1e-15);
        assertEquals(7.75, Quantiles.r7(v.clone(), 0.75), 1e-15);
        assertEquals(1.0, Quantiles.r7(v.clone(), 0.0), 0.0);
        assertEquals(10.0, Quantiles.r7(v.clone(), 1.0), 0.0);
    }

    @Test
    void r7_agrees_with_sorting_on_random_data_with_heavy_ties() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int m = 1 + random.nextInt(60);
            double[] v = new double[m];
            for (int i = 0; i < m; i++) {
                v[i] = trial % 2 == 0 ? random.nextInt(4) : random.nextGaussian();
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            for (double p : new double[] {0.0, 0.1, 0.25, 0.5, 0.6, 0.75, 0.8, 0.99, 1.0}) {
                // The definition applied to a fully sorted copy, independently of selection.
                double h = (m - 1) * p;
                int lo = (int) Math.floor(h);
                double expected = lo + 1 < m ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
                assertEquals(expected, Quantiles.r7(v.clone(), p), 1e-12, "seed 7, trial " + trial + ", p " + p);
            }
        }
    }

    @Test
    void select_places_the_kth_smallest_and_partitions_around_it() {
        SplittableRandom random = new SplittableRandom(11);
        double[] v = new double[101];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextInt(10);
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < v.length; k += 7) {
            double[] a = v.clone();
            assertEquals(sorted[k], Quantiles.select(a, k), 0.0);
            for (int i = 0; i < a.length; i++) {
                if (i < k) {
                    assertEquals(true, a[i] <= a[k]);
                } else {
                    assertEquals(true, a[i] >= a[k]);
                }
            }
            double[] back = a.clone();
            Arrays.sort(back);
            assertEquals(Arrays.toString(sorted), Arrays.toString(back));
        }
    }

    @Test
    void r7_of_sorted_values_interpolates_like_the_selection_version() {
        // By hand for 1..10: h = 9·0.2 = 1.8 → 2 + 0.8·1 = 2.8; h = 9·0.75 = 6.75 → 7 + 0.75 = 7.75.
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(2.8, Quantiles.r7Sorted(sorted, 0.2), 1e-15);
        assertEquals(7.75, Quantiles.r7Sorted(sorted, 0.75), 1e-15);
        assertEquals(10.0, Quantiles.r7Sorted(sorted, 1.0), 0.0);
        SplittableRandom random = new SplittableRandom(3);
        double[] v = random.doubles(101).toArray();
        double[] s = v.clone();
        Arrays.sort(s);
        for (double p = 0.0; p <= 1.0; p += 0.05) {
            assertEquals(Quantiles.r7(v.clone(), p), Quantiles.r7Sorted(s, p), 0.0, "p " + p);
        }
    }
}
