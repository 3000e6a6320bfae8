package io.segmentation.examples.cli;

import io.segmentation.cluster.Clusterer;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.eval.ComparisonTable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code segment compare}: K-Means, the Gaussian mixture, agglomerative clustering and DBSCAN on the same
 * features, side by side, best silhouette first. k is chosen once (the gap statistic of K-Means, or --k) and
 * shared by the three methods that take it; DBSCAN finds its own number of clusters.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SegmentCommand.Version.class,
        description = "Runs every algorithm on the same features and prints them side by side.")
final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    SegmentCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = root.terminal();
        cluster.fixedK(spec);
        Dataset customers = data.load(spec, terminal);
        ComparisonTable table;
        Candidates candidates;
        FeatureMatrix x;
        try (ProgressBars bars = terminal.progress("k selection", "comparison")) {
            candidates = new Candidates(spec, cluster, data.seed, bars);
            x = data.features(spec, customers);
            List<Clusterer> all = candidates.all(x, candidates.k(x), true);
            table = candidates.compare(x, all);
        }
        terminal.note(String.format(Locale.ROOT, "%d rows, %d features", x.rowCount(), x.columnCount()));
        candidates.notes().forEach(terminal::note);
        terminal.result(table.toText());
        terminal.note("silhouette, Calinski-Harabasz (CH) and Davies-Bouldin (DB) leave DBSCAN's noise rows out; "
                + "spread = smallest / largest segment");
        return SegmentCommand.OK;
    }
}
