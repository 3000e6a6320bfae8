package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.Dataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PreprocessingExampleTest {
    @TempDir
    Path dir;

    @Test
    void writes_the_principal_components_it_reports() throws Exception {
        String printed = ExampleRun.run(PreprocessingExample::run, 200, dir);
        Dataset features = Dataset.readCsv(dir.resolve("features.csv"));
        assertEquals(200, features.rowCount());
        assertThat(printed).contains("-> " + features.columnCount() + " principal components")
                .contains("same features again: true");
        assertEquals("pc1", features.columnNames().get(0));
        // Standardized inputs projected on centred components: every score column has mean 0.
        for (String name : features.columnNames()) {
            double sum = 0;
            for (double v : features.numeric(name).toArray()) {
                sum += v;
            }
            assertEquals(0.0, sum / 200, 1e-9, name);
        }
    }
}
