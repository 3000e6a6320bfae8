package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DataExplorationTest {
    @TempDir
    Path dir;

    @Test
    void writes_the_customers_and_counts_the_hidden_segments() throws Exception {
        String printed = ExampleRun.run(DataExploration::run, 200, dir);
        Dataset customers = Dataset.readCsv(dir.resolve("customers.csv"));
        assertEquals(200, customers.rowCount());
        assertThat(printed).contains("Pearson correlations").contains("wrote 200 customers");
        ExampleRun.assertChart(dir.resolve("correlations.png"), printed);
        // Every hidden segment's count, counted here from the file, is on its line of the table.
        CategoricalColumn truth = customers.categorical("true_segment");
        for (String level : truth.levels()) {
            int count = 0;
            for (int i = 0; i < customers.rowCount(); i++) {
                count += level.equals(truth.get(i)) ? 1 : 0;
            }
            String line = printed.lines().filter(l -> l.startsWith(level + " ")).findFirst().orElseThrow();
            assertThat(line.trim().split("\\s+")[1]).as(level).isEqualTo(Integer.toString(count));
        }
    }
}
