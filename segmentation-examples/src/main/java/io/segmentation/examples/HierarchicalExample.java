package io.segmentation.examples;

import io.segmentation.cluster.Agglomerative;
import io.segmentation.cluster.AgglomerativeModel;
import io.segmentation.cluster.Dendrogram;
import io.segmentation.cluster.Linkage;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.examples.cli.Table;
import io.segmentation.viz.QualityCharts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Stage 5, hierarchical clustering: build the whole merge tree once, then cut the dendrogram where the merge
 * heights jump.
 *
 * <pre>
 * mvn -B -q -pl segmentation-examples -am compile exec:java -Dexec.mainClass=io.segmentation.examples.HierarchicalExample
 * </pre>
 *
 * Options: {@code --n} customers (default 1,000: the tree costs O(n²)), {@code --seed} (default 42),
 * {@code --out} (default {@code target/examples/hierarchical}).
 */
public final class HierarchicalExample {
    private static final int SHOWN_MERGES = 10;

    private HierarchicalExample() {
    }

    /** Runs the example; see the class comment for the options. */
    public static void main(String[] args) {
        ExampleArgs.main(args, "hierarchical", 1_000, HierarchicalExample::run);
    }

    static Path run(ExampleArgs args, PrintStream out) throws IOException {
        Dataset customers = Examples.customers(args);
        FeatureMatrix x = Examples.features(customers);

        // Step 1: Ward linkage merges, at each step, the two segments whose union adds the least
        // within-segment variance. The model keeps the whole dendrogram: n - 1 merges with their heights.
        AgglomerativeModel model = Agglomerative.builder().k(2).linkage(Linkage.WARD).build().fit(x);
        Dendrogram tree = model.dendrogram();

        // Step 2: the last merges. Cutting just below merge s leaves n - 1 - s segments; a big jump in height
        // before a merge means that merge joins two well separated groups, so cut there.
        int merges = tree.merges();
        Table table = new Table("merge", "height", "segments below", "jump");
        int bestK = 2;
        double bestJump = Double.NEGATIVE_INFINITY;
        for (int s = merges - SHOWN_MERGES; s < merges; s++) {
            double jump = tree.height(s) - tree.height(s - 1);
            int segmentsBelow = merges - s + 1;
            table.row(s, Table.number(tree.height(s), 3), segmentsBelow, Table.number(jump, 3));
            if (jump > bestJump && segmentsBelow >= 3) {   // at least 3 segments: 2 is rarely actionable
                bestJump = jump;
                bestK = segmentsBelow;
            }
        }
        out.println(table.toText());

        // Step 3: cut the same tree at that k, without refitting.
        int[] labels = tree.cutToClusters(bestK);
        int[] sizes = new int[bestK];
        for (int label : labels) {
            sizes[label]++;
        }
        out.printf(Locale.ROOT, "%nthe largest jump among the last merges leaves k = %d; sizes:", bestK);
        for (int size : sizes) {
            out.print(" " + size);
        }
        out.println();

        // Step 4: the tree as a chart (its top merges, the cut at k dashed, branches coloured by segment), and the
        // linkage matrix (SciPy's layout: left, right, height, size) as CSV for other tools.
        Examples.chart(args, out, QualityCharts.dendrogram(tree, Math.min(30, tree.leaves()), bestK),
                "dendrogram.png");
        Path csv = Examples.file(args, "dendrogram.csv");
        Dataset.of(tree.linkageMatrix(), "left", "right", "height", "size").writeCsv(csv);
        out.println("wrote " + csv);
        return args.out();
    }
}
