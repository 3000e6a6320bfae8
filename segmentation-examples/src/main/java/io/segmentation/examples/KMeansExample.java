package io.segmentation.examples;

import io.segmentation.cluster.KMeans;
import io.segmentation.cluster.KMeansModel;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.eval.AdjustedRand;
import io.segmentation.eval.KCandidate;
import io.segmentation.eval.KSelection;
import io.segmentation.eval.KSelectionReport;
import io.segmentation.examples.cli.Table;
import io.segmentation.viz.SelectionCharts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Stage 3, K-Means: choose k with the elbow of inertia and the silhouette (and the gap statistic), then fit.
 *
 * <pre>
 * mvn -B -q -pl segmentation-examples -am compile exec:java -Dexec.mainClass=io.segmentation.examples.KMeansExample
 * </pre>
 *
 * Options: {@code --n} customers (default 2,000), {@code --seed} (default 42), {@code --out} (default
 * {@code target/examples/kmeans}).
 */
public final class KMeansExample {
    private KMeansExample() {
    }

    /** Runs the example; see the class comment for the options. */
    public static void main(String[] args) {
        ExampleArgs.main(args, "kmeans", 2_000, KMeansExample::run);
    }

    static Path run(ExampleArgs args, PrintStream out) throws IOException {
        Dataset customers = Examples.customers(args);
        FeatureMatrix x = Examples.features(customers);

        // Step 1: fit K-Means for k = 2..10 and score every fit. Inertia always falls as k grows; the elbow
        // is where it stops falling fast. The silhouette (in [-1, 1]) is highest when segments are tight and
        // far apart. The gap statistic compares the fall of inertia with that on uniform reference data.
        KSelectionReport report = KSelection.builder().kBetween(2, 10).criterion(KSelection.Criterion.GAP)
                .seed(args.seed()).build().run(k -> KMeans.builder().k(k).nInit(3).build(), x);
        Table table = new Table("k", "inertia", "silhouette", "gap", "Calinski-Harabasz");
        for (KCandidate c : report.candidates()) {
            table.row(c.k(), Table.number(c.inertia(), 1), Table.number(c.silhouette(), 4),
                    Table.number(c.gap(), 4), Table.number(c.calinskiHarabasz(), 1));
        }
        out.println(table.toText());

        // Step 2: the criteria disagree more often than not; on customer data the silhouette tends to
        // favour two coarse segments, the elbow and the gap finer ones. Read the table, not one number.
        int elbow = report.choice(KSelection.Criterion.ELBOW);
        int silhouette = report.choice(KSelection.Criterion.SILHOUETTE);
        int gap = report.choice(KSelection.Criterion.GAP);
        out.printf(Locale.ROOT, "%nelbow: k = %d, silhouette: k = %d, gap statistic: k = %d%n", elbow, silhouette,
                gap);

        // Step 3: the model of the gap statistic's k, and how close it comes to the hidden segments
        // (adjusted Rand index: 1 = the same partition, about 0 = no better than chance).
        KMeansModel model = (KMeansModel) report.model(gap);
        int[] truth = customers.categorical(SyntheticCustomers.SEGMENT_COLUMN).codes();
        out.printf(Locale.ROOT, "k = %d: inertia %.1f after %d iterations; ARI against the hidden segments %.3f%n",
                model.clusterCount(), model.inertia(), model.report().iterations(),
                AdjustedRand.of(truth, model.labels()));

        // Step 4: the same table as charts: inertia against k (the elbow, the gap statistic's k marked), the mean
        // silhouette and the gap statistic with its error bars.
        Examples.chart(args, out, SelectionCharts.elbow(report), "elbow.png");
        Examples.chart(args, out, SelectionCharts.score(report, SelectionCharts.Score.SILHOUETTE), "silhouette.png");
        Examples.chart(args, out, SelectionCharts.score(report, SelectionCharts.Score.GAP), "gap.png");

        // Step 5: the table as CSV, for other tools.
        List<KCandidate> candidates = report.candidates();
        double[][] rows = new double[candidates.size()][];
        for (int i = 0; i < rows.length; i++) {
            KCandidate c = candidates.get(i);
            rows[i] = new double[] {c.k(), c.inertia(), c.silhouette(), c.gap()};
        }
        Path csv = Examples.file(args, "k-selection.csv");
        Dataset.of(rows, "k", "inertia", "silhouette", "gap").writeCsv(csv);
        out.println("wrote " + csv);
        return args.out();
    }
}
