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

    /**
     * The sum of {@code values[from..to)}, each read once, in four running sums so that the additions do not
     * bound it: what "one pass over the data at memory bandwidth" costs.
     */
    static double sumOnce(double[] values, int from, int to) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int q = from;
        for (; q + 3 < to; q += 4) {
            s0 += values[q];
            s1 += values[q + 1];
            s2 += values[q + 2];
            s3 += values[q + 3];
        }
        for (; q < to; q++) {
            s0 += values[q];
        }
        return s0 + s1 + s2 + s3;
    }

    static double[][] rows(DMatrixRMaj x) {
        double[][] r = new double[x.numRows][x.numCols];
        for (int i = 0; i < x.numRows; i++) {
            System.arraycopy(x.data, i * x.numCols, r[i], 0, x.numCols);
        }
        return r;
    }
}
