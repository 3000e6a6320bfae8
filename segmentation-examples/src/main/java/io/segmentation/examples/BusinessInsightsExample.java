package io.segmentation.examples;

import io.segmentation.Pipeline;
import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.TrainingMetrics;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.eval.AdjustedRand;
import io.segmentation.eval.KSelectionReport;
import io.segmentation.profile.Distinction;
import io.segmentation.profile.RfmMeasure;
import io.segmentation.profile.RfmSummary;
import io.segmentation.profile.Strategy;
import io.segmentation.viz.HtmlReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stage 8, business insights: the whole workflow end to end on synthetic customers — choose k, fit, profile,
 * name the segments and give each a strategy — told as a short marketing brief, with the HTML report for the
 * people who will act on it.
 *
 * <pre>
 * mvn -B -q -pl segmentation-examples -am compile exec:java -Dexec.mainClass=io.segmentation.examples.BusinessInsightsExample
 * </pre>
 *
 * Options: {@code --n} customers (default 2,000), {@code --seed} (default 42), {@code --out} (default
 * {@code target/examples/business-insights}). Writes {@code brief.md} (the brief as printed) and
 * {@code report.html}.
 */
public final class BusinessInsightsExample {
    /** Distinctions quoted per segment in the brief. */
    private static final int TRAITS = 3;

    private BusinessInsightsExample() {
    }

    /** Runs the example; see the class comment for the options. */
    public static void main(String[] args) {
        ExampleArgs.main(args, "business-insights", 2_000, BusinessInsightsExample::run);
    }

    static Path run(ExampleArgs args, PrintStream out) throws IOException {
        // Step 1: the customers. Here they are synthetic; in practice, Dataset.readCsv(...) or Dataset.of(list)
        // with a mapping from your own customer objects.
        Dataset customers = Examples.customers(args);

        // Step 2: one pipeline does every stage of the earlier examples with their defaults: median imputation,
        // IQR clipping, one-hot encoding and standard scaling, then K-Means for k = 2..8 with k chosen by the gap
        // statistic, then profiles, names and strategies. onKSelection keeps the scores of every k, which the
        // report shows in its "Choice of k" tab.
        List<KSelectionReport> choices = new ArrayList<>();
        SegmentationModel model = Pipeline.builder().idColumn(SyntheticCustomers.ID_COLUMN).seed(args.seed())
                .onKSelection(choices::add).build().fit(customers);

        // Step 3: the brief. Segments by size, each with who they are (the traits that set them apart most, as
        // effect sizes against the other customers), what they are worth (their share of all spend, when the
        // data has a monetary column) and what to do (the strategy of their archetype).
        String brief = brief(model);
        out.print(brief);

        // Step 4: how much to trust it. The silhouette says how clearly customers sit in their segment; with
        // many features and segments that shade into one another it stays low (here about 0.14) even when the
        // segments are right. On synthetic data the hidden segments give an answer key: the adjusted Rand index
        // (1 = the same partition, about 0 = chance) is about 0.84 with the defaults.
        int[] truth = customers.categorical(SyntheticCustomers.SEGMENT_COLUMN).codes();
        out.printf(Locale.ROOT, "%nmean silhouette %.3f; agreement with the hidden segments (ARI) %.3f%n%n",
                model.metrics().silhouette(), AdjustedRand.of(truth, model.assignAll(customers)));

        // Step 5: the brief as Markdown, and the HTML report: one self-contained file with a card per segment,
        // every chart, sortable profile tables and the choice of k. It opens offline in any browser, so it can
        // be mailed to the marketing team as it is.
        Path markdown = Examples.file(args, "brief.md");
        Examples.writeText(markdown, brief);
        HtmlReport.Builder report = HtmlReport.builder(model, customers).title("Customer segments: the brief");
        choices.forEach(report::selection);
        Path html = Examples.file(args, "report.html");
        report.build().write(html);
        out.println("wrote " + markdown);
        out.println("wrote " + html);
        out.println("open the report: " + html.toAbsolutePath().normalize().toUri());
        return args.out();
    }

    /** The marketing brief: a Markdown heading, a line on the choice of k, then a numbered entry per segment. */
    static String brief(SegmentationModel model) {
        TrainingMetrics m = model.metrics();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "# Marketing brief: %,d customers in %d segments%n%n", m.rows(),
                m.segments()));
        b.append(String.format(Locale.ROOT, "How many segments: %s.%n", m.choice()));
        List<Segment> bySize = new ArrayList<>(model.segments());
        bySize.sort(Comparator.comparingInt(Segment::size).reversed().thenComparingInt(Segment::id));
        int rank = 0;
        for (Segment s : bySize) {
            Strategy strategy = s.strategy();
            b.append(String.format(Locale.ROOT, "%n%d. %s: %,d customers (%.1f%%)", ++rank, s.name(), s.size(),
                    100.0 * s.share()));
            spendShare(s).ifPresentOrElse(spend -> b.append(String.format(Locale.ROOT, ", %.1f%% of spend%n",
                    100.0 * spend)), () -> b.append(System.lineSeparator()));
            List<String> traits = new ArrayList<>();
            for (Distinction d : s.profile().distinctions()) {
                if (traits.size() == TRAITS) {
                    break;
                }
                traits.add(d.description());
            }
            String who = traits.isEmpty() ? "close to the average customer" : String.join("; ", traits);
            b.append("   Who: ").append(who).append(System.lineSeparator());
            b.append("   Goal: ").append(strategy.objective()).append(System.lineSeparator());
            b.append("   Reach them by ").append(String.join(", ", strategy.channels())).append("; offer ")
                    .append(String.join(", ", strategy.offers())).append('.').append(System.lineSeparator());
            if (!strategy.actions().isEmpty()) {
                b.append("   First step: ").append(strategy.actions().get(0)).append(System.lineSeparator());
            }
            b.append("   Watch: ").append(String.join(", ", strategy.kpis())).append(System.lineSeparator());
        }
        return b.toString();
    }

    /**
     * The segment's share of all spend: its share of customers times its mean monetary value over the mean of
     * all customers (both over the training customers), when the profiles have RFM columns.
     */
    private static Optional<Double> spendShare(Segment s) {
        return s.profile().rfm().map(RfmSummary::monetary).filter(mon -> mon.overallMean() > 0)
                .map((RfmMeasure mon) -> s.share() * mon.mean() / mon.overallMean());
    }
}
