package io.segmentation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class SegmentCommandTest {
    @Test
    void help_lists_every_command_and_the_exit_codes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.status(), run.err());
        assertThat(run.out()).contains("generate", "summary", "fit", "compare", "score", "drift", "serve", "Exit codes: 0 success, 2 bad usage");
    }

    @Test
    void every_command_has_help() {
        for (String command : new String[] {"generate", "summary", "fit", "compare", "score", "drift", "serve"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.status(), command + ": " + run.err());
            assertThat(run.out()).as(command).contains("Usage: segment " + command).contains("--help");
        }
        assertThat(CliRun.of("help", "fit").out()).contains("--algorithm", "--k", "--eps", "--min-pts",
                "--linkage", "--covariance", "--scale", "--outliers", "--impute", "--pca", "--seed", "--out",
                "--id", "--drop", "--input");
    }

    @Test
    void no_command_is_bad_usage_with_the_usage_on_stderr() {
        CliRun run = CliRun.of();
        assertEquals(SegmentCommand.BAD_USAGE, run.status());
        assertThat(run.err()).contains("Usage: segment");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknown_command_is_one_line_of_bad_usage() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(SegmentCommand.BAD_USAGE, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertThat(run.err()).startsWith("segment: ").contains("frobnicate").contains("see 'segment --help'");
    }

    @Test
    void version_is_printed_by_every_command() {
        for (String[] args : new String[][] {{"--version"}, {"fit", "--version"}, {"generate", "-V"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.status());
            assertThat(run.out()).startsWith("segment ");
        }
    }
}
