package io.segmentation.examples.cli;

import io.segmentation.Pipeline;
import io.segmentation.SegmentationModel;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** One small fitted model and fresh customers, shared by the score, drift and serve tests (made once per JVM). */
final class DeployFixtures {
    /** One seeded draw, split below into training customers and fresh ones from the same distribution. */
    private static final Dataset ALL = SyntheticCustomers.builder().n(2_100).seed(5).build().generate();
    static final Dataset TRAINING = ALL.head(1_500);
    /**
     * 3-means on the synthetic customers with the default preprocessing; customer_id is the id column. City is
     * left out: with about 50 levels its PSI between samples of 600 and 1,500 customers of one distribution is
     * about (levels − 1)·(1/600 + 1/1500) ≈ 0.11 by chance alone (the expected PSI of two multinomial samples),
     * past the watch threshold of 0.1.
     */
    static final SegmentationModel MODEL = Pipeline.builder()
            .idColumn(SyntheticCustomers.ID_COLUMN)
            .dropColumns(SyntheticCustomers.SEGMENT_COLUMN, "city")
            .cluster(KMeans.builder().k(3).build())
            .seed(42)
            .build()
            .fit(TRAINING);
    /** 600 more customers of the same draw: the training distribution. */
    static final Dataset FRESH = ALL.rows(IntStream.range(1_500, 2_100).toArray());

    private DeployFixtures() {
    }

    /** Saves {@link #MODEL} as {@code dir/model.json}. */
    static Path model(Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        if (!Files.exists(file)) {
            MODEL.save(file);
        }
        return file;
    }

    /** Writes {@code customers} as CSV to {@code dir/name}. */
    static Path csv(Path dir, String name, Dataset customers) throws IOException {
        Path file = dir.resolve(name);
        customers.writeCsv(file);
        return file;
    }

    /**
     * Replaces the cell of {@code column} on the 1-based physical {@code line} of a CSV file (no quoted commas
     * in the synthetic customers) and returns the file.
     */
    static Path replaceCell(Path file, int line, String column, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int j = List.of(lines.get(0).split(",", -1)).indexOf(column);
        String[] cells = lines.get(line - 1).split(",", -1);
        cells[j] = value;
        lines.set(line - 1, String.join(",", cells));
        Files.write(file, lines);
        return file;
    }
}
