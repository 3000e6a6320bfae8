package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.segmentation.data.Dataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KMeansExampleTest {
    @TempDir
    Path dir;

    @Test
    void tabulates_k_from_2_to_10_and_names_each_choice() throws Exception {
        String printed = ExampleRun.run(KMeansExample::run, 200, dir);
        Dataset table = Dataset.readCsv(dir.resolve("k-selection.csv"));
        assertArrayEquals(new double[] {2, 3, 4, 5, 6, 7, 8, 9, 10}, table.numeric("k").toArray());
        assertThat(printed).containsPattern("elbow: k = ([2-9]|10), silhouette: k = ([2-9]|10), gap statistic: "
                + "k = ([2-9]|10)").contains("ARI against the hidden segments");
        // The silhouette choice is the row with the highest silhouette in the written table.
        double[] k = table.numeric("k").toArray();
        double[] s = table.numeric("silhouette").toArray();
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            best = s[i] > s[best] ? i : best;
        }
        assertThat(printed).contains("silhouette: k = " + (int) k[best] + ",");
        for (String chart : new String[] {"elbow.png", "silhouette.png", "gap.png"}) {
            ExampleRun.assertChart(dir.resolve(chart), printed);
        }
    }
}
