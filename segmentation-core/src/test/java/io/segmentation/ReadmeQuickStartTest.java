package io.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static io.segmentation.eval.KSelection.Criterion.GAP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.cluster.KMeans;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.eval.KSelection;
import io.segmentation.preprocess.Impute;
import io.segmentation.preprocess.Outliers;
import io.segmentation.preprocess.Scale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick start runs as shown: its code is the block between the markers below. */
final class ReadmeQuickStartTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "io", "segmentation",
            "ReadmeQuickStartTest.java");
    private static final Path MODEL = Path.of("segments-model.json");
    private static final String BEGIN = "// README quick start: begin";
    private static final String END = "// README quick start: end";

    @Test
    void the_quick_start_runs_and_its_model_reloads() throws IOException {
        try {
            // README quick start: begin
            Dataset customers = SyntheticCustomers.builder().n(3_000).seed(7).build().generate();

            SegmentationModel model = Pipeline.builder()
                    .idColumn("customer_id")
                    .impute(Impute.median())
                    .outliers(Outliers.iqr(1.5).clip())
                    .scale(Scale.standard())
                    .chooseK(k -> KMeans.builder().k(k).build(), KSelection.builder().kBetween(2, 8).criterion(GAP).build())
                    .seed(42)
                    .build()
                    .fit(customers);

            String report = model.report();                         // names, what sets each apart, strategies
            Assignment first = model.assign(customers.row(0));      // segment, name, confidence
            model.save(Path.of("segments-model.json"));             // one JSON file
            SegmentationModel same = SegmentationModel.load(Path.of("segments-model.json"));
            // README quick start: end

            assertThat(report).contains("# Customer segments").contains(first.segmentName());
            assertEquals(first, same.assign(customers.row(0)));
        } finally {
            Files.deleteIfExists(MODEL);
        }
    }

    @Test
    void the_readme_shows_exactly_the_code_that_runs() throws IOException {
        List<String> tested = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(SOURCE, StandardCharsets.UTF_8)) {
            if (line.strip().equals(END)) {
                inside = false;
            }
            if (inside) {
                tested.add(line.strip());
            }
            if (line.strip().equals(BEGIN)) {
                inside = true;
            }
        }
        List<String> shown = new ArrayList<>();
        boolean block = false;
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            if (block && line.startsWith("```")) {
                break;
            }
            if (block) {
                shown.add(line.strip());
            }
            if (line.equals("```java")) {
                block = true;
            }
        }
        assertThat(tested).isNotEmpty();
        assertEquals(tested, shown, "README.md's first java block must equal the quick start tested here");
    }
}
