package io.segmentation.bench;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Seeded benchmark data: Gaussian blobs with unit deviation around centres {@code spacing} apart. */
final class Data {
    private Data() {
    }

    static DMatrixRMaj blobs(long seed, int n, int d, int k, double spacing) {
        SplittableRandom random = new SplittableRandom(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            int c = i % k;
            for (int j = 0; j < d; j++) {
                double u = 1.0 - random.nextDouble();
                double v = random.nextDouble();
                double z = Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
                x.data[i * d + j] = (j == c % d ? spacing * (1 + c / d) : 0.0) + z;
            }
        }
        return x;
    }

    static double[][] rows(DMatrixRMaj x) {
        double[][] r = new double[x.numRows][x.numCols];
        for (int i = 0; i < x.numRows; i++) {
            System.arraycopy(x.data, i * x.numCols, r[i], 0, x.numCols);
        }
        return r;
    }
}
