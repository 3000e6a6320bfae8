package io.segmentation.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns what went wrong into an exit code and one line on stderr: bad usage (picocli's parse errors and
 * option values the library rejects) exits 2, bad data or a file problem exits 1. The stack trace follows
 * only under {@code --verbose}.
 */
final class Failures {
    private Failures() {
    }

    /** The exit code of a failure: 2 for bad usage, 1 for everything else. */
    static int exitCode(Throwable failure) {
        return failure instanceof ParameterException ? SegmentCommand.BAD_USAGE : SegmentCommand.BAD_DATA;
    }

    /**
     * Builds a library object from option values; a value the library rejects is bad usage (exit 2) with the
     * library's own message, which names the parameter and the value found.
     */
    static <T> T option(CommandLine.Model.CommandSpec spec, Callable<T> build) {
        try {
            return build.call();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), oneLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // described by its cause: the file and what went wrong
        } catch (Exception e) {
            throw new IllegalStateException(describe(e), e);
        }
    }

    /** The message of a failure on one line, naming the file or the type when the message alone would not. */
    static String describe(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return e.getMessage() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return e.getMessage() + ": exists and is not a directory";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = oneLine(message);
        return e instanceof IOException && !(e instanceof io.segmentation.data.CsvFormatException)
                && !(e instanceof io.segmentation.io.ModelFileException) ? "cannot read or write: " + line : line;
    }

    /** A multi-line message (a list of problems) joined into one line. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName() + ": ";
    }

    /**
     * Under {@code --verbose}: where the failure came from, after its one line: each exception of the cause
     * chain with its class, message and frames, for a bug report. Never shown without the flag.
     */
    static void details(PrintWriter err, Throwable failure) {
        err.println("details (--verbose):");
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            err.println((e == failure ? "" : "caused by: ") + e);
            for (StackTraceElement frame : e.getStackTrace()) {
                err.println("\tat " + frame);
            }
        }
    }

    /** Bad usage: one line naming the problem and where the help is; exit 2. */
    static final class UsageHandler implements CommandLine.IParameterExceptionHandler {
        private final SegmentCommand root;

        UsageHandler(SegmentCommand root) {
            this.root = root;
        }

        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine command = e.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(prefix(command) + oneLine(e.getMessage()) + String.format(Locale.ROOT,
                    " (see '%s --help')", command.getCommandSpec().qualifiedName()));
            if (root.verbose()) {
                details(err, e);
            }
            err.flush();
            return SegmentCommand.BAD_USAGE;
        }
    }

    /** A failure while running: one line; exit 2 for an option the library rejected, else 1. */
    static final class ExecutionHandler implements CommandLine.IExecutionExceptionHandler {
        private final SegmentCommand root;

        ExecutionHandler(SegmentCommand root) {
            this.root = root;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
            if (e instanceof ParameterException usage) {
                return new UsageHandler(root).handleParseException(usage, parsed.originalArgs().toArray(String[]::new));
            }
            PrintWriter err = command.getErr();
            err.println(prefix(command) + describe(e));
            if (root.verbose()) {
                details(err, e);
            }
            err.flush();
            return SegmentCommand.BAD_DATA;
        }
    }
}
