package io.segmentation.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
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
    void verbose_details_walk_the_cause_chain_with_frames() {
        StringWriter text = new StringWriter();
        IOException cause = new IOException("disk full");
        UncheckedIOException failure = new UncheckedIOException("writing out.csv", cause);
        Failures.details(new PrintWriter(text, true), failure);
        List<String> lines = text.toString().lines().toList();
        assertEquals("details (--verbose):", lines.get(0));
        assertEquals("java.io.UncheckedIOException: writing out.csv", lines.get(1));
        assertTrue(lines.get(2).startsWith("\tat "), lines.get(2));
        assertTrue(lines.contains("caused by: java.io.IOException: disk full"), text.toString());
        // One frame line per frame of each exception: nothing of the chain is left out.
        assertEquals(failure.getStackTrace().length + cause.getStackTrace().length,
                lines.stream().filter(l -> l.startsWith("\tat ")).count());
    }

    @Test
    void usage_errors_exit_2_and_everything_else_1() {
        CommandLine cli = new CommandLine(new SegmentCommand(System.out, System.err));
        assertEquals(2, Failures.exitCode(new CommandLine.ParameterException(cli, "bad")));
        assertEquals(1, Failures.exitCode(new IllegalArgumentException("bad data")));
        assertEquals(1, Failures.exitCode(new IOException("gone")));
    }
}
