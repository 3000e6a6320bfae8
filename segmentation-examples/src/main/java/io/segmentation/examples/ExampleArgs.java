package io.segmentation.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The three options every example main takes: {@code --n} customers, {@code --seed} and {@code --out} a
 * directory (default {@code target/examples/NAME}).
 *
 * @param n    synthetic customers, at least 2
 * @param seed the seed of every random choice
 * @param out  the directory that receives the example's files
 */
record ExampleArgs(int n, long seed, Path out) {
    /**
     * Parses the arguments of an example main.
     *
     * @throws IllegalArgumentException naming the option and the value found
     */
    static ExampleArgs parse(String[] args, String name, int defaultN) {
        int n = defaultN;
        long seed = 42;
        Path out = Path.of("target", "examples", name);
        for (int a = 0; a < args.length; a += 2) {
            String option = args[a];
            if (a + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[a + 1];
            try {
                switch (option) {
                    case "--n" -> n = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + option
                            + " (options: --n N, --seed S, --out DIR)");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s must be a whole number (was \"%s\")", option, value), e);
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("--n must be >= 2 (was " + n + ")");
        }
        return new ExampleArgs(n, seed, out);
    }

    /** Runs an example's main body: bad arguments exit 2, a file that cannot be written exits 1. */
    static void main(String[] args, String name, int defaultN, Example example) {
        ExampleArgs parsed;
        try {
            parsed = parse(args, name, defaultN);
        } catch (IllegalArgumentException e) {
            System.err.println(name + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            example.run(parsed, System.out);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println(name + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** An example's body. */
    @FunctionalInterface
    interface Example {
        Path run(ExampleArgs args, PrintStream out) throws java.io.IOException;
    }
}
