package io.segmentation.cluster.internal;

/** {@link BlockDistances} with plain loops: one row at a time, centre after centre, features in order. */
final class ScalarBlockDistances extends BlockDistances {
    static final ScalarBlockDistances INSTANCE = new ScalarBlockDistances();

    private ScalarBlockDistances() {
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void distancesOfBlock(double[] blocked, int offset, int d, int m, double[] centres, int k,
            double[] out) {
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < k; c++) {
                int co = c * d;
                double s = 0.0;
                for (int j = 0; j < d; j++) {
                    double e = blocked[offset + at(r, j, d)] - centres[co + j];
                    s += e * e;
                }
                out[c * ROWS + r] = s;
            }
        }
    }
}
