package io.segmentation.eval;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Seeded Gaussian blobs for tests: k well-separated centres, rows dealt to blobs in turn. */
final class Blobs {
    final DMatrixRMaj x;
    final int[] labels;

    private Blobs(DMatrixRMaj x, int[] labels) {
        this.x = x;
        this.labels = labels;
    }

    /**
     * n rows in d dimensions around k centres on a circle of radius {@code spacing} in the first two
     * features (0 in the others), unit spread.
     */
    static Blobs of(int n, int d, int k, double spacing, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] data = new double[n * d];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % k;
            labels[i] = c;
            for (int j = 0; j < d; j++) {
                double angle = 2.0 * Math.PI * c / k;
                double centre = j == 0 ? spacing * Math.cos(angle) : j == 1 ? spacing * Math.sin(angle) : 0.0;
                data[i * d + j] = centre + gaussian(random);
            }
        }
        return new Blobs(DMatrixRMaj.wrap(n, d, data), labels);
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller; the 1 - u keeps the logarithm finite
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
