package io.segmentation.examples.cli;

import io.segmentation.SegmentationModel;
import io.segmentation.data.CsvOptions;
import io.segmentation.data.Dataset;
import io.segmentation.data.Schema;
import io.segmentation.monitor.DriftMonitor;
import io.segmentation.monitor.DriftReport;
import io.segmentation.monitor.DriftThresholds;
import io.segmentation.viz.Charts;
import io.segmentation.viz.FeatureCharts;
import io.segmentation.viz.Format;
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
 * {@code segment drift}: compares new customers with the training reference kept in a model
 * ({@link DriftMonitor}) and prints the {@link DriftReport}, ending with a line {@code status=STABLE},
 * {@code status=WATCH} or {@code status=RETRAIN} for scripts. A computed report exits 0 whatever its status;
 * exit 1 means no report (a bad file, a model without a training reference).
 */
@Command(name = "drift", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SegmentCommand.Version.class,
        description = {"Checks whether new customers still look like the model's training customers: PSI and KS "
                + "per column, segment shares, centre shifts, customers far from every centre.",
                "The last line of the output is status=STABLE, status=WATCH or status=RETRAIN; the exit code is 0 "
                        + "for any computed report (1 when no report could be made), so a script reads the status "
                        + "line: status=$(segment drift ... | sed -n 's/^status=//p')."})
final class DriftCommand implements Callable<Integer> {
    /** The name of the chart written into --charts. */
    static final String CHART_FILE = "drift.png";

    @ParentCommand
    SegmentCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Option(names = "--input", paramLabel = "CSV", required = true,
            description = "The new customers: a CSV file with a header naming the model's input columns.")
    Path input;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Also write the drift chart (PSI per column against the thresholds) to DIR/"
                    + CHART_FILE + " (the directory is created if absent).")
    Path charts;

    @Option(names = "--min-rows", paramLabel = "N",
            description = "The smallest batch to check (default ${DEFAULT-VALUE}); below it sampling noise alone "
                    + "crosses the thresholds, so a smaller batch is refused (exit 1).")
    int minRows = DriftThresholds.defaults().minimumRows();

    @Override
    public Integer call() throws IOException {
        if (minRows < 1) {
            throw new ParameterException(spec.commandLine(), "--min-rows must be >= 1 (was " + minRows + ")");
        }
        SegmentationModel loaded = model.load();
        DriftMonitor monitor = DriftMonitor.of(loaded)   // fails at once for a model without a reference
                .withThresholds(DriftThresholds.defaults().withMinimumRows(minRows));
        Dataset customers = Dataset.readCsv(input, readOptions(loaded));
        if (customers.rowCount() < minRows) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has %d customers, fewer than "
                    + "--min-rows %d: in smaller batches sampling noise alone crosses the thresholds; pool several "
                    + "batches, or lower --min-rows knowing that", input, customers.rowCount(), minRows));
        }
        DriftReport report = monitor.check(customers);
        Terminal terminal = root.terminal();
        terminal.result(report.toText().stripTrailing());
        if (charts != null) {
            Files.createDirectories(charts);
            Path chart = charts.resolve(CHART_FILE);
            Charts.save(FeatureCharts.drift(report), chart, Format.PNG);
            terminal.result("wrote " + chart);
        }
        terminal.result("status=" + report.status());
        return SegmentCommand.OK;
    }

    /**
     * Reads the input as the model was trained: every input column required and of its training type (so a
     * categorical column of digits stays categorical); the id column is optional, as it plays no part in drift.
     */
    private CsvOptions readOptions(SegmentationModel loaded) {
        Schema withoutId = loaded.inputSchema().without(loaded.idColumn().orElse(null));
        return CsvOptions.builder().schema(withoutId).name(String.valueOf(input.getFileName())).build();
    }
}
