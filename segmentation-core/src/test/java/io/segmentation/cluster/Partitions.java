package io.segmentation.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Test helpers written independently of the code under test: the adjusted Rand index (Hubert and Arabie
 * 1985, from the contingency table) and seeded Gaussian data.
 */
final class Partitions {
    private Partitions() {
    }

    /** ARI = (Σ C(n_ij,2) − E) / (½(Σ C(a_i,2) + Σ C(b_j,2)) − E), E = Σ C(a_i,2)·Σ C(b_j,2) / C(n,2). */
    static double adjustedRand(int[] a, int[] b) {
        Map<String, Integer> cells = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, Integer> cols = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.merge(a[i] + "/" + b[i], 1, Integer::sum);
            rows.merge(a[i], 1, Integer::sum);
            cols.merge(b[i], 1, Integer::sum);
        }
        double index = 0.0;
        for (int v : cells.values()) {
            index += pairs(v);
        }
        double sumA = 0.0;
        for (int v : rows.values()) {
            sumA += pairs(v);
        }
        double sumB = 0.0;
        for (int v : cols.values()) {
            sumB += pairs(v);
        }
        double expected = sumA * sumB / pairs(a.length);
        double max = 0.5 * (sumA + sumB);
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double pairs(long m) {
        return m * (m - 1) / 2.0;
    }

    /**
     * {@code n} rows, row i from blob {@code i % k}: blob c has mean {@code spacing · e_(c mod d)} times
     * (1 + c / d) and standard deviation {@code sd} in every feature.
     */
    static DMatrixRMaj blobs(long seed, int n, int d, int k, double spacing, double sd) {
        SplittableRandom random = new SplittableRandom(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            int c = i % k;
            for (int j = 0; j < d; j++) {
                double centre = j == c % d ? spacing * (1 + c / d) : 0.0;
                x.data[i * d + j] = centre + sd * ClustererContract.gaussian(random);
            }
        }
        return x;
    }

    /** The ground truth of {@link #blobs}: row i belongs to blob i % k. */
    static int[] blobLabels(int n, int k) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = i % k;
        }
        return t;
    }
}
