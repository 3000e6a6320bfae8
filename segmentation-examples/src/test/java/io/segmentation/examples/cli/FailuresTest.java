package io.segmentation.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

final class FailuresTest {
    @Test
    void a_list_of_problems_becomes_one_line() {
        assertEquals("Pipeline is inconsistent: - a - b", Failures.oneLine("Pipeline is inconsistent:\n  - a\n  - b\n"));
    }

    @Test
    void file_problems_name_the_file_and_what_is_wrong() {
        assertEquals("in.csv: no such file", Failures.describe(new NoSuchFileException("in.csv")));
        assertEquals("out: permission denied", Failures.describe(new AccessDeniedException("out")));
        assertEquals("in.csv: no such file",
                Failures.describe(new UncheckedIOException(new NoSuchFileException("in.csv"))));
        assertEquals("cannot read or write: disk full", Failures.describe(new IOException("disk full")));
        assertEquals("NullPointerException", Failures.describe(new NullPointerException()));
    }

    @Test
    void usage_errors_exit_2_and_everything_else_1() {
        CommandLine cli = new CommandLine(new SegmentCommand(System.out, System.err));
        assertEquals(2, Failures.exitCode(new CommandLine.ParameterException(cli, "bad")));
        assertEquals(1, Failures.exitCode(new IllegalArgumentException("bad data")));
        assertEquals(1, Failures.exitCode(new IOException("gone")));
    }
}
