package io.segmentation.monitor;

import io.segmentation.Pipeline;
import io.segmentation.SegmentationModel;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import java.util.SplittableRandom;

/** Seeded customers in three well-separated groups, with a categorical channel, for the monitor tests. */
final class Blobs {
    static final double[][] CENTRES = {{0, 0, 0}, {6, 0, 3}, {0, 6, -3}};
    static final String[] CHANNELS = {"web", "store", "phone"};

    private Blobs() {
    }

    /** n customers; {@code shiftX} is added to every x, {@code phoneShare} of channels are "phone". */
    static Dataset customers(int n, long seed, double shiftX, double phoneShare) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        String[] channel = new String[n];
        String[] id = new String[n];
        for (int i = 0; i < n; i++) {
            double[] c = CENTRES[random.nextInt(CENTRES.length)];
            x[i] = c[0] + gaussian(random) + shiftX;
            y[i] = c[1] + gaussian(random);
            z[i] = c[2] + gaussian(random);
            channel[i] = random.nextDouble() < phoneShare ? "phone" : random.nextBoolean() ? "web" : "store";
            id[i] = "C" + seed + "-" + i;
        }
        return Dataset.ofColumns(IdColumn.of("id", id), NumericColumn.wrap("x", x), NumericColumn.wrap("y", y),
                NumericColumn.wrap("z", z), CategoricalColumn.of("channel", channel));
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller: one standard normal from two uniforms.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** A k-means model of 3 segments fitted on {@code customers} with the default preprocessing. */
    static SegmentationModel model(Dataset customers, long seed) {
        return Pipeline.builder().idColumn("id").cluster(KMeans.builder().k(3).build()).seed(seed).build()
                .fit(customers);
    }
}
