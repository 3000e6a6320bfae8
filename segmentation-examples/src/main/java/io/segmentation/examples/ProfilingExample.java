package io.segmentation.examples;

import io.segmentation.Pipeline;
import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.eval.AdjustedRand;
import io.segmentation.examples.cli.Table;
import io.segmentation.profile.Distinction;
import io.segmentation.profile.Strategy;
import io.segmentation.viz.SegmentCharts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stage 7, profiling: what sets each segment apart, the name that follows from it, and what to do about it.
 *
 * <pre>
 * mvn -B -q -pl segmentation-examples -am compile exec:java -Dexec.mainClass=io.segmentation.examples.ProfilingExample
 * </pre>
 *
 * Options: {@code --n} customers (default 2,000), {@code --seed} (default 42), {@code --out} (default
 * {@code target/examples/profiling}).
 */
public final class ProfilingExample {
    private ProfilingExample() {
    }

    /** Runs the example; see the class comment for the options. */
    public static void main(String[] args) {
        ExampleArgs.main(args, "profiling", 2_000, ProfilingExample::run);
    }

    static Path run(ExampleArgs args, PrintStream out) throws IOException {
        Dataset customers = Examples.customers(args);

        // Step 1: the whole pipeline with its defaults (the stages above, k by the gap statistic); the model
        // profiles every segment on the customers' original columns, in original units.
        SegmentationModel model = Pipeline.builder().idColumn(SyntheticCustomers.ID_COLUMN).seed(args.seed())
                .build().fit(customers);

        // Step 2: each segment: size, name, the three features that set it apart most (effect sizes against
        // the other customers) and the objective of its strategy.
        Table table = new Table("segment", "name", "share", "sets it apart", "objective");
        for (Segment s : model.segments()) {
            String apart = s.profile().distinctions().stream().limit(3).map(Distinction::description)
                    .collect(Collectors.joining("; "));
            table.row(s.id(), s.name(), String.format(Locale.ROOT, "%.1f%%", 100 * s.share()), apart,
                    s.profile().strategy().objective());
        }
        out.println(table.toText());

        // Step 3: a strategy in full: channels, offers and the KPIs to watch.
        Segment first = model.segments().get(0);
        Strategy strategy = first.profile().strategy();
        out.printf(Locale.ROOT, "%n%s: %s%n  channels: %s%n  offers: %s%n  KPIs: %s%n", first.name(),
                strategy.objective(), String.join(", ", strategy.channels()), String.join(", ", strategy.offers()),
                String.join(", ", strategy.kpis()));

        // Step 4: how close the segments come to the hidden ones (adjusted Rand index, 1 = identical).
        int[] truth = customers.categorical(SyntheticCustomers.SEGMENT_COLUMN).codes();
        out.printf(Locale.ROOT, "%nARI against the hidden segments: %.3f%n",
                AdjustedRand.of(truth, model.assignAll(customers)));

        // Step 5: the profiles as pictures: a heatmap of every segment against the average customer (orange above,
        // blue below, in standard deviations) and a radar of each segment on the six features that differ most.
        Examples.chart(args, out, SegmentCharts.profileHeatmap(model), "profile-heatmap.png");
        for (Segment s : model.segments()) {
            Examples.chart(args, out, SegmentCharts.radar(model, s.id(), 6), "radar-" + s.id() + ".png");
        }

        // Step 6: the full text report and the model file.
        Path report = Examples.file(args, "report.txt");
        Examples.writeText(report, model.report());
        Path json = Examples.file(args, "model.json");
        model.save(json);
        out.println("wrote " + report + " and " + json);
        return args.out();
    }
}
