package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.Dataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DbscanExampleTest {
    @TempDir
    Path dir;

    @Test
    void writes_the_sorted_k_distance_curve_and_accounts_for_every_customer() throws Exception {
        String printed = ExampleRun.run(DbscanExample::run, 200, dir);
        double[] curve = Dataset.readCsv(dir.resolve("k-distance.csv")).numeric("k_distance").toArray();
        assertEquals(200, curve.length);
        for (int i = 1; i < curve.length; i++) {
            assertThat(curve[i]).isGreaterThanOrEqualTo(curve[i - 1]);
        }
        // The segment sizes and the noise count, read off the printed table, add up to every customer.
        int total = 0;
        boolean inTable = false;
        for (String line : printed.lines().toList()) {
            if (line.startsWith("segment")) {
                inTable = true;
            } else if (inTable && line.matches("(\\d+|noise)\\s+\\d+")) {
                total += Integer.parseInt(line.trim().split("\\s+")[1]);
            }
        }
        assertEquals(200, total, printed);
        ExampleRun.assertChart(dir.resolve("k-distance.png"), printed);
    }
}
