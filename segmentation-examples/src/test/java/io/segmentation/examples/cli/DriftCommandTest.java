package io.segmentation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.monitor.DriftMonitor;
import io.segmentation.monitor.DriftReport;
import io.segmentation.monitor.DriftThresholds;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DriftCommandTest {
    @TempDir
    Path dir;

    @Test
    void a_fresh_sample_of_the_training_customers_is_stable() throws Exception {
        Path input = DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH);
        // The fixture's 600 fresh customers are fewer than the default minimum of 1,000: allowed explicitly.
        CliRun run = CliRun.of("drift", "--model", DeployFixtures.model(dir).toString(), "--input", input.toString(),
                "--min-rows", "500");
        assertEquals(0, run.status(), run.err());
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertEquals("status=STABLE", lines.get(lines.size() - 1), run.out());
        // The printed report is the monitor's own report of the same rows, as read from the file.
        DriftReport expected = DriftMonitor.of(DeployFixtures.MODEL)
                .withThresholds(DriftThresholds.defaults().withMinimumRows(500)).check(Dataset.readCsv(input));
        assertThat(run.out()).startsWith(expected.toText().stripTrailing());
    }

    @Test
    void a_batch_below_the_minimum_is_bad_data_and_a_minimum_below_one_is_bad_usage() throws Exception {
        Path input = DeployFixtures.csv(dir, "small.csv", DeployFixtures.FRESH);
        CliRun small = CliRun.of("drift", "--model", DeployFixtures.model(dir).toString(), "--input",
                input.toString());
        assertEquals(SegmentCommand.BAD_DATA, small.status(), small.err());
        assertEquals(1, small.errLines(), small.err());
        assertThat(small.err()).contains("has " + DeployFixtures.FRESH.rowCount() + " customers, fewer than "
                + "--min-rows 1000");
        CliRun zero = CliRun.of("drift", "--model", DeployFixtures.model(dir).toString(), "--input",
                input.toString(), "--min-rows", "0");
        assertEquals(SegmentCommand.BAD_USAGE, zero.status(), zero.err());
        assertThat(zero.err()).contains("--min-rows must be >= 1 (was 0)");
    }

    @Test
    void tripled_spend_asks_for_retraining_and_still_exits_0() throws Exception {
        // monetary × 3: on 3,000 synthetic customers about 29 % land above the training 90th percentile instead
        // of 10 %; that bin alone adds (0.29 − 0.10)·ln(0.29 / 0.10) ≈ 0.20 to the PSI, and the emptied lower
        // bins add more, past the retrain threshold of 0.25.
        Dataset fresh = DeployFixtures.FRESH;
        double[] monetary = fresh.numeric("monetary").toArray();
        for (int i = 0; i < monetary.length; i++) {
            monetary[i] *= 3;
        }
        Path input = DeployFixtures.csv(dir, "shifted.csv", fresh.withColumn(NumericColumn.wrap("monetary",
                monetary)));
        Path charts = dir.resolve("charts");
        CliRun run = CliRun.of("drift", "--model", DeployFixtures.model(dir).toString(), "--input", input.toString(),
                "--charts", charts.toString(), "--min-rows", "500");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("status=RETRAIN", lines.get(lines.size() - 1));
        assertThat(run.out()).containsPattern("(?m)^monetary +numeric .*RETRAIN$")
                .contains("wrote " + charts.resolve("drift.png"));
        BufferedImage png = ImageIO.read(charts.resolve("drift.png").toFile());
        assertThat(png.getWidth()).isGreaterThanOrEqualTo(800);
    }

    @Test
    void a_model_without_a_training_reference_is_bad_data_in_one_line() throws Exception {
        // The model file with its optional "reference" section removed: loadable, but nothing to compare with.
        JsonObject json = JsonParser.parseString(Files.readString(DeployFixtures.model(dir))).getAsJsonObject();
        assertThat(json.remove("reference")).isNotNull();
        Path old = Files.writeString(dir.resolve("old.json"), json.toString());
        Path input = DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH.head(10));
        CliRun run = CliRun.of("drift", "--model", old.toString(), "--input", input.toString());
        assertEquals(SegmentCommand.BAD_DATA, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertThat(run.err()).startsWith("segment drift: model has no training reference").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_input_without_a_model_column_is_bad_data_naming_it() throws Exception {
        Path input = DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH.head(10).drop("age"));
        CliRun run = CliRun.of("drift", "--model", DeployFixtures.model(dir).toString(), "--input", input.toString());
        assertEquals(SegmentCommand.BAD_DATA, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertThat(run.err()).contains("new.csv", "\"age\"").doesNotContain("\tat ");
    }

    @Test
    void a_missing_model_is_bad_data_and_a_missing_input_option_bad_usage() throws Exception {
        Path input = DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH.head(10));
        CliRun missing = CliRun.of("drift", "--model", dir.resolve("absent.json").toString(), "--input",
                input.toString());
        assertEquals(SegmentCommand.BAD_DATA, missing.status());
        assertEquals(1, missing.errLines(), missing.err());
        assertThat(missing.err()).contains("absent.json: no such file");
        CliRun usage = CliRun.of("drift", "--model", DeployFixtures.model(dir).toString());
        assertEquals(SegmentCommand.BAD_USAGE, usage.status());
        assertEquals(1, usage.errLines(), usage.err());
        assertThat(usage.err()).contains("--input");
    }

    @Test
    void help_says_how_scripts_read_the_status() {
        CliRun run = CliRun.of("drift", "--help");
        assertEquals(0, run.status());
        assertThat(run.out().replaceAll("\\s+", " ")).contains("status=STABLE, status=WATCH or status=RETRAIN")
                .contains("sed -n 's/^status=//p'");
    }
}
