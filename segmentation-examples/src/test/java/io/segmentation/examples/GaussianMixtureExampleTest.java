package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.Dataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GaussianMixtureExampleTest {
    @TempDir
    Path dir;

    @Test
    void every_customer_probabilities_sum_to_one() throws Exception {
        String printed = ExampleRun.run(GaussianMixtureExample::run, 200, dir);
        assertThat(printed).containsPattern("lowest BIC: k = [2-8], (spherical|diagonal|full) covariance");
        Dataset p = Dataset.readCsv(dir.resolve("probabilities.csv"));
        assertEquals(200, p.rowCount());
        String k = printed.replaceAll("(?s).*lowest BIC: k = (\\d).*", "$1");
        assertEquals(Integer.parseInt(k), p.columnCount());
        for (int i = 0; i < p.rowCount(); i++) {
            double sum = 0;
            for (String name : p.columnNames()) {
                sum += p.numeric(name).get(i);
            }
            assertEquals(1.0, sum, 1e-9, "row " + i);   // written with 17 significant digits
        }
        ExampleRun.assertChart(dir.resolve("bic-aic.png"), printed);
    }
}
