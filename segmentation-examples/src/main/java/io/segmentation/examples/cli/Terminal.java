package io.segmentation.examples.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Where a command writes: results to stdout, progress bars to stderr (so that stdout can be piped), and
 * nothing but results under {@code --quiet}.
 */
final class Terminal {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;

    Terminal(PrintStream out, PrintStream err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    /** Prints a result: a table, a summary, the files written. */
    void result(String text) {
        out.println(text);
    }

    /** Prints a line that narrates the work (what is being read or chosen); silent under --quiet. */
    void note(String text) {
        if (!quiet) {
            out.println(text);
        }
    }

    /** Prints a line about a failure that does not stop the command (a request a server answered 500). */
    void error(String text) {
        err.println(text);
    }

    /**
     * Progress bars on stderr, or nothing under --quiet; close it when the work is done.
     *
     * @param outer prefixes of the stages that open bars; none: every stage in turn
     */
    ProgressBars progress(String... outer) {
        return quiet ? ProgressBars.none() : ProgressBars.on(err, List.of(outer));
    }
}
