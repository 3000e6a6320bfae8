package io.segmentation.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code segment} command line: generate customers, summarize a CSV file, fit a segmentation and
 * compare algorithms. Exit codes: 0 success, 2 bad usage, 1 bad data or a file that cannot be read or
 * written; an error is one line on stderr, with the stack trace only under {@code --verbose}.
 *
 * <pre>
 * java -jar segmentation-examples/target/segment.jar fit --out target/demo
 * </pre>
 */
@Command(name = "segment", mixinStandardHelpOptions = true, versionProvider = SegmentCommand.Version.class,
        description = "Turns a table of customers into named, explained segments.",
        subcommands = {GenerateCommand.class, SummaryCommand.class, FitCommand.class, CompareCommand.class,
                ScoreCommand.class,
                DriftCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit codes: 0 success, 2 bad usage, 1 bad data or a file that cannot be read or written.",
                "Run 'segment COMMAND --help' for the options of a command."})
public final class SegmentCommand implements Callable<Integer> {
    /** Exit code of a successful run. */
    public static final int OK = 0;
    /** Exit code when the data or a file is bad (unreadable CSV, a column that is absent, an IO failure). */
    public static final int BAD_DATA = 1;
    /** Exit code when the command line is bad (unknown option, a value out of range, options that conflict). */
    public static final int BAD_USAGE = 2;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print no progress bars and only the essential lines.")
    boolean quiet;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean verbose;

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    SegmentCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command line; exits with the code documented above. */
    public static void main(String[] args) {
        System.exit(execute(System.out, System.err, args));
    }

    /**
     * Runs the command line in this JVM, writing to the given streams.
     *
     * @param out  receives results (tables, summaries, the files written)
     * @param err  receives progress bars and errors
     * @param args the arguments, as after {@code segment}; not modified
     * @return the exit code: {@link #OK}, {@link #BAD_USAGE} or {@link #BAD_DATA}
     */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        SegmentCommand root = new SegmentCommand(out, err);
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(Failures::exitCode);
        cli.setParameterExceptionHandler(new Failures.UsageHandler(root));
        cli.setExecutionExceptionHandler(new Failures.ExecutionHandler(root));
        return cli.execute(args);
    }

    /** Without a subcommand: the usage help, and bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return BAD_USAGE;
    }

    /** The terminal of this run: the streams, quiet or not. */
    Terminal terminal() {
        return new Terminal(out, err, quiet);
    }

    /** Whether errors show their stack trace. */
    boolean verbose() {
        return verbose;
    }

    /** The version line: the library version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SegmentCommand.class.getPackage().getImplementationVersion();
            return new String[] {"segment " + (v == null ? "(development build)" : v)};
        }
    }
}
