package io.segmentation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writes_the_customers_of_the_seed() throws Exception {
        Path csv = dir.resolve("nested/customers.csv");
        CliRun run = CliRun.of("generate", "--n", "150", "--seed", "5", "--out", csv.toString());
        assertEquals(0, run.status(), run.err());
        assertThat(run.out()).contains("wrote 150 customers with 28 columns");
        // The file is the generator's table for that seed, written and read back exactly.
        Dataset expected = SyntheticCustomers.builder().n(150).seed(5).build().generate();
        Path direct = dir.resolve("direct.csv");
        expected.writeCsv(direct);
        assertEquals(Files.readString(direct), Files.readString(csv));
    }

    @Test
    void another_seed_gives_other_customers() throws Exception {
        CliRun.of("generate", "--n", "50", "--seed", "1", "--out", dir.resolve("a.csv").toString());
        CliRun.of("generate", "--n", "50", "--seed", "2", "--out", dir.resolve("b.csv").toString());
        assertNotEquals(Files.readString(dir.resolve("a.csv")), Files.readString(dir.resolve("b.csv")));
    }

    @Test
    void bad_values_are_bad_usage_with_one_line() {
        CliRun zero = CliRun.of("generate", "--n", "0", "--out", dir.resolve("c.csv").toString());
        assertEquals(SegmentCommand.BAD_USAGE, zero.status());
        assertEquals(1, zero.errLines(), zero.err());
        assertThat(zero.err()).contains("n must be >= 1 (was 0)").doesNotContain("\tat ");

        CliRun words = CliRun.of("generate", "--n", "many", "--out", dir.resolve("c.csv").toString());
        assertEquals(SegmentCommand.BAD_USAGE, words.status());
        assertThat(words.err()).contains("--n").contains("many");

        CliRun noOut = CliRun.of("generate");
        assertEquals(SegmentCommand.BAD_USAGE, noOut.status());
        assertThat(noOut.err()).contains("--out");
    }

    @Test
    void an_unwritable_path_is_bad_data_and_verbose_shows_the_trace() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        String target = file.resolve("customers.csv").toString();   // a file cannot hold a directory
        CliRun run = CliRun.of("generate", "--n", "10", "--out", target);
        assertEquals(SegmentCommand.BAD_DATA, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertThat(run.err()).startsWith("segment generate: ").doesNotContain("\tat ");

        CliRun verbose = CliRun.of("generate", "--n", "10", "--out", target, "--verbose");
        assertEquals(SegmentCommand.BAD_DATA, verbose.status());
        assertThat(verbose.err()).contains("\tat ");
    }
}
