package io.segmentation.examples.cli;

import io.segmentation.BatchScorer;
import io.segmentation.ScoringSummary;
import io.segmentation.SegmentationModel;
import io.segmentation.data.BadRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code segment score}: scores a CSV file of any length against a saved model with {@link BatchScorer} (streamed
 * in chunks, in parallel, written atomically) and prints how many customers each segment received.
 */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SegmentCommand.Version.class,
        description = {"Scores a CSV file against a saved model: writes the id (or the input line), segment and "
                + "segment_name of every row to --out, in input order.",
                "A row that cannot be scored stops the run (--bad-rows fail) or is listed in --rejects "
                        + "(--bad-rows skip); nothing is dropped silently."})
final class ScoreCommand implements Callable<Integer> {
    @ParentCommand
    SegmentCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Option(names = "--input", paramLabel = "CSV", required = true,
            description = "The customers to score: a CSV file with a header naming the model's input columns.")
    Path input;

    @Option(names = "--out", paramLabel = "CSV", required = true,
            description = "The scored CSV file to write (its directory is created if absent).")
    Path out;

    @Option(names = "--bad-rows", paramLabel = "fail|skip", defaultValue = "fail",
            description = "A row that cannot be scored (malformed number, wrong field count, a value the model "
                    + "cannot take): fail names its line and writes nothing; skip lists it in --rejects "
                    + "(default ${DEFAULT-VALUE}).")
    BadRows badRows;

    @Option(names = "--rejects", paramLabel = "CSV",
            description = "With --bad-rows skip (required then): the file that lists rejected rows as "
                    + "line,column,problem; written even when none is rejected.")
    Path rejects;

    @Option(names = "--extra", paramLabel = "none|distances|probabilities", defaultValue = "none",
            description = "More columns: the distance to each segment's centre, or each segment's probability "
                    + "(Gaussian mixture models only) (default ${DEFAULT-VALUE}).")
    BatchScorer.Extra extra;

    @Override
    public Integer call() throws IOException {
        // Policy and file must agree: checked before the model is read, in the command line's own words.
        if (badRows == BadRows.SKIP && rejects == null) {
            throw new ParameterException(spec.commandLine(),
                    "--bad-rows skip needs --rejects FILE, so that no row is dropped silently");
        }
        if (badRows == BadRows.FAIL && rejects != null) {
            throw new ParameterException(spec.commandLine(), "--rejects applies only with --bad-rows skip");
        }
        SegmentationModel loaded = model.load();
        BatchScorer scorer = Failures.option(spec, () -> {
            BatchScorer.Builder b = BatchScorer.builder(loaded).badRows(badRows).extra(extra);
            if (rejects != null) {
                b.rejectsFile(rejects);
            }
            return b.build();
        });
        createParent(out);
        if (rejects != null) {
            createParent(rejects);
        }
        ScoringSummary summary = scorer.score(input, out);
        root.terminal().result(describe(summary, loaded));
        return SegmentCommand.OK;
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /** The summary as the terminal shows it: one line of counts, a table of segments, the files written. */
    static String describe(ScoringSummary summary, SegmentationModel model) {
        long scored = summary.rowsScored();
        Table table = new Table("segment", "name", "customers", "share");
        for (int c = 0; c < model.segments().size(); c++) {
            table.row(c, model.segment(c).name(), String.format(Locale.ROOT, "%,d", summary.segmentCount(c)),
                    share(summary.segmentCount(c), scored));
        }
        if (summary.noiseCount() > 0) {
            table.row(-1, SegmentationModel.NOISE_NAME, String.format(Locale.ROOT, "%,d", summary.noiseCount()),
                    share(summary.noiseCount(), scored));
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "scored %,d rows, rejected %,d, in %.2f s",
                scored, summary.rowsRejected(), summary.elapsed().toNanos() / 1e9));
        s.append('\n').append(table.toText());
        s.append('\n').append("wrote ").append(summary.output());
        summary.rejects().ifPresent(r -> s.append('\n').append(String.format(Locale.ROOT, "wrote %s (%,d rejected "
                + "rows)", r, summary.rowsRejected())));
        return s.toString();
    }

    private static String share(long count, long total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / total);
    }
}
