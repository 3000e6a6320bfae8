package io.segmentation.examples.cli;

import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code segment generate}: writes seeded synthetic customers (seven hidden segments) to a CSV file. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SegmentCommand.Version.class,
        description = "Writes synthetic customers with seven hidden segments (column true_segment) to a CSV file.")
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    SegmentCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--n", paramLabel = "N", defaultValue = "2000",
            description = "Customers to generate (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed; the same seed gives the same customers on any machine (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "CSV", required = true, description = "The CSV file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        SyntheticCustomers generator = Failures.option(spec,
                () -> SyntheticCustomers.builder().n(n).seed(seed).build());
        Dataset customers = generator.generate();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        customers.writeCsv(out);
        root.terminal().result(String.format(Locale.ROOT, "wrote %d customers with %d columns to %s",
                customers.rowCount(), customers.columnCount(), out));
        return SegmentCommand.OK;
    }
}
