package io.segmentation.examples.cli;

import io.segmentation.data.DataSummary;
import io.segmentation.data.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code segment summary}: what a CSV file holds: per column counts, missing values, quartiles, skew and top
 * categories, and the strongest correlations between numeric columns.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SegmentCommand.Version.class,
        description = "Summarizes a CSV file: columns, missing values, distributions and correlations.")
final class SummaryCommand implements Callable<Integer> {
    @ParentCommand
    SegmentCommand root;

    @Option(names = "--input", paramLabel = "CSV", required = true, description = "The CSV file to summarize.")
    Path input;

    @Override
    public Integer call() throws IOException {
        Dataset customers = Dataset.readCsv(input);
        root.terminal().result(DataSummary.of(customers).toText());
        return SegmentCommand.OK;
    }
}
