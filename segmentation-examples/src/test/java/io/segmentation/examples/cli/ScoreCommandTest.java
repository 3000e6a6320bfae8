package io.segmentation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScoreCommandTest {
    @TempDir
    Path dir;

    @Test
    void scores_every_row_as_the_model_assigns_it_and_prints_the_counts() throws Exception {
        Path model = DeployFixtures.model(dir);
        Path input = DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH);
        Path out = dir.resolve("runs/scored.csv");   // the directory does not exist yet
        CliRun run = CliRun.of("score", "--model", model.toString(), "--input", input.toString(),
                "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertThat(run.err()).isEmpty();

        // The expected segments: the model itself on the same rows, read back from the same file.
        int[] expected = DeployFixtures.MODEL.assignAll(Dataset.readCsv(input));
        Dataset scored = Dataset.readCsv(out);
        assertThat(scored.columnNames()).containsExactly("customer_id", "segment", "segment_name");
        double[] segments = scored.numeric("segment").toArray();
        assertEquals(expected.length, segments.length);
        long[] counts = new long[3];
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], (int) segments[i], "row " + i);
            counts[expected[i]]++;
        }
        List<String> lines = Files.readAllLines(out);
        for (int i = 0; i < expected.length; i++) {
            assertThat(lines.get(i + 1)).startsWith(DeployFixtures.FRESH.row(i).get("customer_id") + ",");
        }
        assertThat(run.out()).contains("scored 600 rows, rejected 0", "wrote " + out);
        for (int c = 0; c < 3; c++) {
            // One table line per segment: id, name, count and share of the 600 rows.
            String share = String.format(Locale.ROOT, "%.1f%%", 100.0 * counts[c] / 600);
            assertThat(run.out()).containsPattern("(?m)^ *" + c + "  " + Pattern.quote(
                    DeployFixtures.MODEL.segment(c).name()) + " +" + counts[c] + "  +" + Pattern
                    .quote(share) + "$");
        }
    }

    @Test
    void distances_are_the_euclidean_distances_to_each_centre() throws Exception {
        Path input = DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH.head(20));
        Path out = dir.resolve("scored.csv");
        CliRun run = CliRun.of("score", "--model", DeployFixtures.model(dir).toString(), "--input",
                input.toString(), "--out", out.toString(), "--extra", "distances", "--quiet");
        assertEquals(0, run.status(), run.err());
        Dataset scored = Dataset.readCsv(out);
        assertThat(scored.columnNames()).containsExactly("customer_id", "segment", "segment_name", "distance_0",
                "distance_1", "distance_2");
        // Independently: sqrt of the summed squared differences between the row's features and each centre.
        FeatureMatrix x = DeployFixtures.MODEL.features(Dataset.readCsv(input));
        double[] centres = DeployFixtures.MODEL.clusterModel().centres();
        int d = x.columnCount();
        for (int i = 0; i < 20; i++) {
            double[] row = x.row(i);
            for (int c = 0; c < 3; c++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += (row[j] - centres[c * d + j]) * (row[j] - centres[c * d + j]);
                }
                assertEquals(Math.sqrt(s), scored.numeric("distance_" + c).get(i), 1e-12, "row " + i + " centre " + c);
            }
        }
    }

    @Test
    void skip_lists_a_malformed_row_in_the_rejects_file_and_scores_the_rest() throws Exception {
        Path input = DeployFixtures.replaceCell(DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH.head(50)),
                4, "monetary", "lots");
        Path out = dir.resolve("scored.csv");
        Path rejects = dir.resolve("rejects.csv");
        CliRun run = CliRun.of("score", "--model", DeployFixtures.model(dir).toString(), "--input",
                input.toString(), "--out", out.toString(), "--bad-rows", "skip", "--rejects", rejects.toString());
        assertEquals(0, run.status(), run.err());
        assertThat(run.out()).contains("scored 49 rows, rejected 1", "wrote " + rejects + " (1 rejected rows)");
        List<String> rejected = Files.readAllLines(rejects);
        assertEquals(2, rejected.size(), rejected.toString());
        assertThat(rejected.get(1)).startsWith("4,monetary,").contains("lots");
        // Line 4 is the third customer (line 1 is the header): it is the one missing from the output.
        Dataset scored = Dataset.readCsv(out);
        assertEquals(49, scored.rowCount());
        assertThat(Files.readString(out)).doesNotContain(DeployFixtures.FRESH.row(2).get("customer_id") + ",");
    }

    @Test
    void fail_names_the_line_in_one_stderr_line_and_writes_nothing() throws Exception {
        Path input = DeployFixtures.replaceCell(DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH.head(50)),
                4, "monetary", "lots");
        Path out = dir.resolve("scored.csv");
        CliRun run = CliRun.of("score", "--model", DeployFixtures.model(dir).toString(), "--input",
                input.toString(), "--out", out.toString());
        assertEquals(SegmentCommand.BAD_DATA, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertThat(run.err()).startsWith("segment score: ").contains("new.csv line 4", "monetary", "lots")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void policy_and_rejects_file_must_agree() throws Exception {
        String model = DeployFixtures.model(dir).toString();
        Path input = DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH.head(5));
        String[] base = {"score", "--model", model, "--input", input.toString(), "--out", dir.resolve("s.csv")
                .toString()};
        CliRun skip = CliRun.of(concat(base, "--bad-rows", "skip"));
        assertEquals(SegmentCommand.BAD_USAGE, skip.status());
        assertEquals(1, skip.errLines(), skip.err());
        assertThat(skip.err()).contains("--bad-rows skip needs --rejects FILE");
        CliRun fail = CliRun.of(concat(base, "--rejects", dir.resolve("r.csv").toString()));
        assertEquals(SegmentCommand.BAD_USAGE, fail.status());
        assertThat(fail.err()).contains("--rejects applies only with --bad-rows skip");
        CliRun probabilities = CliRun.of(concat(base, "--extra", "probabilities"));
        assertEquals(SegmentCommand.BAD_USAGE, probabilities.status());
        assertEquals(1, probabilities.errLines(), probabilities.err());
        assertThat(probabilities.err()).contains("needs a Gaussian mixture model");
        CliRun unknown = CliRun.of(concat(base, "--bad-rows", "ignore"));
        assertEquals(SegmentCommand.BAD_USAGE, unknown.status());
        assertThat(unknown.err()).contains("--bad-rows");
    }

    @Test
    void required_options_are_bad_usage() {
        CliRun run = CliRun.of("score", "--input", "a.csv", "--out", "b.csv");
        assertEquals(SegmentCommand.BAD_USAGE, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertThat(run.err()).contains("--model");
    }

    @Test
    void a_missing_or_broken_model_is_bad_data_in_one_line() throws Exception {
        Path input = DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH.head(5));
        CliRun missing = CliRun.of("score", "--model", dir.resolve("absent.json").toString(), "--input",
                input.toString(), "--out", dir.resolve("s.csv").toString());
        assertEquals(SegmentCommand.BAD_DATA, missing.status());
        assertEquals(1, missing.errLines(), missing.err());
        assertThat(missing.err()).contains("absent.json: no such file").doesNotContain("\tat ");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": ");
        CliRun bad = CliRun.of("score", "--model", broken.toString(), "--input", input.toString(), "--out",
                dir.resolve("s.csv").toString());
        assertEquals(SegmentCommand.BAD_DATA, bad.status());
        assertEquals(1, bad.errLines(), bad.err());
        assertThat(bad.err()).contains("broken.json").doesNotContain("\tat ");
    }

    @Test
    void an_input_without_a_model_column_is_bad_data_naming_it() throws Exception {
        Path input = DeployFixtures.csv(dir, "new.csv", DeployFixtures.FRESH.head(5).drop("income"));
        CliRun run = CliRun.of("score", "--model", DeployFixtures.model(dir).toString(), "--input",
                input.toString(), "--out", dir.resolve("s.csv").toString());
        assertEquals(SegmentCommand.BAD_DATA, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertThat(run.err()).contains("\"income\"");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
