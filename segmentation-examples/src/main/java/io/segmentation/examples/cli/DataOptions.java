package io.segmentation.examples.cli;

import io.segmentation.Pipeline;
import io.segmentation.data.CsvOptions;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.preprocess.Encode;
import io.segmentation.preprocess.Impute;
import io.segmentation.preprocess.Outliers;
import io.segmentation.preprocess.Pca;
import io.segmentation.preprocess.Scale;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that say which customers to read and how to preprocess them, shared by {@code fit} and
 * {@code compare}; one place builds the pipeline, and its {@link Pipeline#features} are the features a choice
 * (eps, k, the algorithm) is made on, exactly those the pipeline fits.
 */
final class DataOptions {
    static final int DEFAULT_SYNTHETIC_ROWS = 2_000;

    /** Imputation choices. */
    enum ImputeChoice { MEDIAN, MEAN, MODE }

    /** Outlier treatments: clip to the fences, or none. */
    enum OutlierChoice { IQR, ZSCORE, NONE }

    /** Scalers. */
    enum ScaleChoice { STANDARD, MINMAX, ROBUST, NONE }

    @Option(names = "--input", paramLabel = "CSV",
            description = "Customers to read (CSV with a header). Default: built-in synthetic customers.")
    Path input;

    @Option(names = "--n", paramLabel = "N",
            description = "Synthetic customers to generate when there is no --input (default "
                    + DEFAULT_SYNTHETIC_ROWS + ").")
    Integer n;

    @Option(names = "--id", paramLabel = "COLUMN",
            description = "The id column: kept out of the features and written to segments.csv "
                    + "(default customer_id for synthetic customers, else none: rows are numbered).")
    String id;

    @Option(names = "--drop", paramLabel = "COLUMN", arity = "1..*", split = ",",
            description = "Columns to leave out (true_segment is always left out when present).")
    List<String> drop = new ArrayList<>();

    @Option(names = "--impute", paramLabel = "median|mean|mode", defaultValue = "median",
            description = "How missing values are filled (default ${DEFAULT-VALUE}).")
    ImputeChoice impute;

    @Option(names = "--outliers", paramLabel = "iqr|zscore|none", defaultValue = "iqr",
            description = "Outliers clipped to the IQR fences (1.5) or at 3 standard deviations, or left alone "
                    + "(default ${DEFAULT-VALUE}).")
    OutlierChoice outliers;

    @Option(names = "--scale", paramLabel = "standard|minmax|robust|none", defaultValue = "standard",
            description = "How features are scaled (default ${DEFAULT-VALUE}).")
    ScaleChoice scale;

    @Option(names = "--pca", paramLabel = "VARIANCE",
            description = "Keep the principal components that explain this share of variance, in (0, 1]. "
                    + "Default: no PCA.")
    Double pca;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of every random choice; the same seed gives the same result (default ${DEFAULT-VALUE}).")
    long seed;

    /** Reads --input, or generates synthetic customers; a bad file fails with the file, line and column named. */
    Dataset load(CommandSpec spec, Terminal terminal) throws IOException {
        if (input != null) {
            if (n != null) {
                throw new ParameterException(spec.commandLine(), "--n applies only without --input");
            }
            CsvOptions options = id == null ? CsvOptions.defaults() : CsvOptions.builder().idColumn(id).build();
            Dataset customers = Dataset.readCsv(input, options);
            terminal.note(String.format(Locale.ROOT, "read %d customers with %d columns from %s",
                    customers.rowCount(), customers.columnCount(), input));
            return customers;
        }
        int rows = n == null ? DEFAULT_SYNTHETIC_ROWS : n;
        Dataset customers = Failures.option(spec, () -> SyntheticCustomers.builder().n(rows).seed(seed).build())
                .generate();
        terminal.note(String.format(Locale.ROOT, "generated %d synthetic customers (seed %d)", rows, seed));
        return customers;
    }

    /** The id column for these customers: --id, or the generator's id column when it is there. */
    String idColumn(Dataset customers) {
        if (id != null) {
            return id;
        }
        return input == null && customers.has(SyntheticCustomers.ID_COLUMN) ? SyntheticCustomers.ID_COLUMN : null;
    }

    /** A pipeline builder with these preprocessing options, the id column, the dropped columns and the seed. */
    Pipeline.Builder pipeline(CommandSpec spec, Dataset customers) {
        return Failures.option(spec, () -> {
            Pipeline.Builder b = Pipeline.builder().impute(impute()).outliers(outliers()).encode(Encode.oneHot())
                    .scale(scale()).seed(seed);
            String idColumn = idColumn(customers);
            if (idColumn != null) {
                b.idColumn(idColumn);
            }
            if (!drop.isEmpty()) {
                b.dropColumns(drop.toArray(String[]::new));
            }
            if (pca != null) {
                b.pca(Pca.keepVariance(pca));
            }
            return b;
        });
    }

    /**
     * The features the pipeline will cluster: the same steps, fitted here on their own (used to choose eps, k
     * or the algorithm before the pipeline runs).
     */
    FeatureMatrix features(CommandSpec spec, Dataset customers) {
        Pipeline pipeline = Failures.option(spec, () -> pipeline(spec, customers).build());
        return pipeline.features(customers);
    }

    private Impute impute() {
        return switch (impute) {
            case MEDIAN -> Impute.median();
            case MEAN -> Impute.mean();
            case MODE -> Impute.mostFrequent();
        };
    }

    private Outliers outliers() {
        return switch (outliers) {
            case IQR -> Outliers.iqr(1.5).clip();
            case ZSCORE -> Outliers.zScore(3.0).clip();
            case NONE -> Outliers.none();
        };
    }

    private Scale scale() {
        return switch (scale) {
            case STANDARD -> Scale.standard();
            case MINMAX -> Scale.minMax();
            case ROBUST -> Scale.robust();
            case NONE -> Scale.none();
        };
    }
}
