package io.segmentation.examples;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.DataSummary;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.examples.cli.Table;
import io.segmentation.viz.FeatureCharts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Stage 1, data exploration: generate customers, look at what the table holds (a summary, the hidden segments,
 * a chart of the correlations), and write it as CSV.
 *
 * <pre>
 * mvn -B -q -pl segmentation-examples -am compile exec:java -Dexec.mainClass=io.segmentation.examples.DataExploration
 * </pre>
 *
 * Options: {@code --n} customers (default 2,000), {@code --seed} (default 42), {@code --out} (default
 * {@code target/examples/data-exploration}).
 */
public final class DataExploration {
    private DataExploration() {
    }

    /** Runs the example; see the class comment for the options. */
    public static void main(String[] args) {
        ExampleArgs.main(args, "data-exploration", 2_000, DataExploration::run);
    }

    static Path run(ExampleArgs args, PrintStream out) throws IOException {
        // Step 1: seeded synthetic customers. The same seed gives the same table on any machine, and the
        // hidden segment of every customer is kept in true_segment, so later stages can be checked.
        Dataset customers = SyntheticCustomers.builder().n(args.n()).seed(args.seed()).build().generate();

        // Step 2: the summary: counts, missing values, quartiles, skew, top categories and the Pearson
        // correlations between numeric columns. Look for missing values (imputation), heavy skew and
        // outliers (scaling, outlier treatment) and strongly correlated columns (PCA).
        DataSummary summary = DataSummary.of(customers);
        out.println(summary.toText());

        // Step 3: the hidden segments, for reference: the answer a good segmentation should come close to.
        CategoricalColumn truth = customers.categorical(SyntheticCustomers.SEGMENT_COLUMN);
        int[] counts = new int[truth.levels().size()];
        for (int i = 0; i < customers.rowCount(); i++) {
            counts[truth.code(i)]++;
        }
        Table table = new Table("hidden segment", "customers", "share");
        for (int c = 0; c < counts.length; c++) {
            table.row(truth.levels().get(c), counts[c],
                    String.format(Locale.ROOT, "%.1f%%", 100.0 * counts[c] / customers.rowCount()));
        }
        out.println();
        out.println(table.toText());
        out.println();

        // Step 4: the correlations as a picture: orange cells are columns that rise together, blue ones move
        // in opposite directions. Pairs near +-1 say the same thing twice and will weigh double in the
        // distances unless PCA (the preprocessing example) folds them together.
        Examples.chart(args, out, FeatureCharts.correlations(summary), "correlations.png");

        // Step 5: a CSV that the next stages, the `segment` command or any other tool can read back exactly.
        Files.createDirectories(args.out());
        Path csv = args.out().resolve("customers.csv");
        customers.writeCsv(csv);
        out.printf(Locale.ROOT, "%nwrote %d customers with %d columns to %s%n", customers.rowCount(),
                customers.columnCount(), csv);
        return args.out();
    }
}
