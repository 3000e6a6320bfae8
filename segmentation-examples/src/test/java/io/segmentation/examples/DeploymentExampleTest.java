package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.SegmentationModel;
import io.segmentation.data.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DeploymentExampleTest {
    @TempDir
    Path dir;

    @Test
    void saves_scores_checks_drift_and_answers_over_http() throws Exception {
        String printed = ExampleRun.run(DeploymentExample::run, 600, dir);

        // The batch: 600 · 4/5 = 480 training customers, 120 scored, each as the saved model assigns it.
        SegmentationModel model = SegmentationModel.load(dir.resolve("model.json"));
        Dataset later = Dataset.readCsv(dir.resolve("new-customers.csv"));
        Dataset scored = Dataset.readCsv(dir.resolve("scored.csv"));
        assertEquals(120, later.rowCount());
        int[] expected = model.assignAll(later);
        double[] segments = scored.numeric("segment").toArray();
        int[] actual = new int[segments.length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = (int) segments[i];
        }
        assertArrayEquals(expected, actual);
        assertThat(scored.columnNames()).contains("distance_0", "distance_3");
        assertEquals(1, Files.readAllLines(dir.resolve("rejects.csv")).size());   // the header alone
        assertThat(printed).contains("fitted 4 segments on 480 customers", "scored 120 customers (0 rejected)");

        // Tripled spend: on 3,000 synthetic customers about 29 % land above the training 90th percentile of
        // monetary instead of 10 %; that bin alone adds (0.29 − 0.10)·ln(0.29 / 0.10) ≈ 0.20 to the PSI, and
        // the emptied lower bins add more, past the retrain threshold of 0.25.
        assertThat(printed).containsPattern("with spend tripled: RETRAIN").containsPattern("monetary: PSI [0-9.]+, "
                + "RETRAIN");
        assertThat(dir.resolve("drift.png")).isNotEmptyFile();

        // The server: /health 200, /predict 200 with the segment of the first scored row.
        assertThat(printed).containsPattern("GET http://127\\.0\\.0\\.1:[0-9]+/health -> 200 \\{\"status\":\"ok\","
                + "\"segments\":4}").containsPattern("POST http://127\\.0\\.0\\.1:[0-9]+/predict -> 200 ");
        Matcher m = Pattern.compile("segment (-?[0-9]+) from the server, (-?[0-9]+) in scored.csv").matcher(printed);
        assertThat(m.find()).as(printed).isTrue();
        assertEquals(expected[0], Integer.parseInt(m.group(1)));
        assertEquals(expected[0], Integer.parseInt(m.group(2)));
    }
}
