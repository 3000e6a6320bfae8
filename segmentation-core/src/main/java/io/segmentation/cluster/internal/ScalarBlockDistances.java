package io.segmentation.cluster.internal;

/** {@link BlockDistances} with plain loops: one row at a time, centre after centre. */
final class ScalarBlockDistances extends BlockDistances {
    static final ScalarBlockDistances INSTANCE = new ScalarBlockDistances();

    private ScalarBlockDistances() {
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void distances(double[] x, int d, int[] rows, int m, double[] centres, int k, double[] scratch,
            double[] out) {
        for (int r = 0; r < m; r++) {
            int i = rows[r];
            for (int c = 0; c < k; c++) {
                out[c * ROWS + r] = Kernels.squaredDistance(x, i, centres, c, d);
            }
        }
    }
}
