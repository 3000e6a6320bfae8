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

    @Override
    public void nearest(double[] x, int d, int[] rows, int m, double[] centres, int k, double[] scratch,
            int[] best, double[] bestDist, double[] secondDist) {
        for (int r = 0; r < m; r++) {
            int i = rows[r];
            int b = 0;
            double first = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = Kernels.squaredDistance(x, i, centres, c, d);
                if (s < first) { // strict '<': a tie goes to the lower index
                    second = first;
                    first = s;
                    b = c;
                } else if (s < second) {
                    second = s;
                }
            }
            best[r] = b;
            bestDist[r] = first;
            secondDist[r] = second;
        }
    }
}
