package io.segmentation.examples;

import io.segmentation.Segment;
import io.segmentation.cluster.Dbscan;
import io.segmentation.cluster.DbscanModel;
import io.segmentation.cluster.EpsSuggestion;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.examples.cli.Table;
import io.segmentation.viz.SelectionCharts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Stage 4, DBSCAN: read eps off the k-distance curve, then find dense segments and noise.
 *
 * <pre>
 * mvn -B -q -pl segmentation-examples -am compile exec:java -Dexec.mainClass=io.segmentation.examples.DbscanExample
 * </pre>
 *
 * Options: {@code --n} customers (default 2,000), {@code --seed} (default 42), {@code --out} (default
 * {@code target/examples/dbscan}).
 */
public final class DbscanExample {
    private static final int MIN_PTS = 10;

    private DbscanExample() {
    }

    /** Runs the example; see the class comment for the options. */
    public static void main(String[] args) {
        ExampleArgs.main(args, "dbscan", 2_000, DbscanExample::run);
    }

    static Path run(ExampleArgs args, PrintStream out) throws IOException {
        Dataset customers = Examples.customers(args);
        // Distances lose contrast in many dimensions, so DBSCAN runs on the principal components that keep
        // 80% of the variance rather than on every one-hot column.
        FeatureMatrix x = Examples.pcaFeatures(customers, 0.80);

        // Step 1: the k-distance curve: every row's distance to its MIN_PTS-th nearest row (itself counted),
        // sorted. Rows inside dense regions sit on the flat part; the knee, where the curve turns up, is a
        // good eps: a smaller eps leaves most rows as noise, a larger one merges segments.
        EpsSuggestion suggestion = Dbscan.suggestEps(x, MIN_PTS);
        double[] curve = suggestion.kDistances();
        Table table = new Table("rows below", "k-distance");
        for (double q : new double[] {0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99}) {
            int i = (int) Math.min(curve.length - 1, Math.round(q * (curve.length - 1)));
            table.row(String.format(Locale.ROOT, "%.0f%%", 100 * q), Table.number(curve[i], 4));
        }
        out.println(table.toText());
        out.printf(Locale.ROOT, "knee at row %d of %d: eps = %.4f for minPts = %d%n%n", suggestion.kneeIndex(),
                curve.length, suggestion.eps(), MIN_PTS);

        // Step 2: fit. DBSCAN finds the number of segments itself and marks rows in no dense region as noise
        // (segment -1), which K-Means would force into some segment. On the synthetic customers the seven
        // segments touch one another, so DBSCAN sees one dense mass and flags the unusual customers around it:
        // here it is an outlier detector, which is also why `segment fit --algorithm auto` leaves it out.
        DbscanModel model = Dbscan.builder().eps(suggestion.eps()).minPts(MIN_PTS).build().fit(x);
        int[] labels = model.labels();
        int[] sizes = new int[model.clusterCount()];
        int noise = 0;
        for (int label : labels) {
            if (label == Segment.NOISE) {
                noise++;
            } else {
                sizes[label]++;
            }
        }
        Table segments = new Table("segment", "customers");
        for (int c = 0; c < sizes.length; c++) {
            segments.row(c, sizes[c]);
        }
        segments.row("noise", noise);
        out.println(segments.toText());

        // Step 3: the curve as a chart, the suggested eps marked at the knee, and as CSV for other tools.
        double[][] rows = new double[curve.length][];
        for (int i = 0; i < curve.length; i++) {
            rows[i] = new double[] {i, curve[i]};
        }
        Examples.chart(args, out, SelectionCharts.kDistance(suggestion), "k-distance.png");
        Path csv = Examples.file(args, "k-distance.csv");
        Dataset.of(rows, "row", "k_distance").writeCsv(csv);
        out.println("wrote " + csv);
        return args.out();
    }
}
