package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.Dataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HierarchicalExampleTest {
    @TempDir
    Path dir;

    @Test
    void writes_the_whole_tree_and_cuts_it_where_it_says() throws Exception {
        String printed = ExampleRun.run(HierarchicalExample::run, 120, dir);
        Dataset tree = Dataset.readCsv(dir.resolve("dendrogram.csv"));
        // n - 1 merges; Ward heights never decrease; the last merge holds every customer.
        assertEquals(119, tree.rowCount());
        double[] height = tree.numeric("height").toArray();
        for (int s = 1; s < height.length; s++) {
            assertThat(height[s]).isGreaterThanOrEqualTo(height[s - 1]);
        }
        assertEquals(120.0, tree.numeric("size").get(118));
        // The printed sizes of the cut add up to every customer.
        String line = printed.lines().filter(l -> l.contains("sizes:")).findFirst().orElseThrow();
        int total = 0;
        for (String size : line.substring(line.indexOf("sizes:") + 6).trim().split(" ")) {
            total += Integer.parseInt(size);
        }
        assertEquals(120, total);
        ExampleRun.assertChart(dir.resolve("dendrogram.png"), printed);
    }
}
