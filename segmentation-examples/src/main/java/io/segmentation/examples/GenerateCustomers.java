package io.segmentation.examples;

import io.segmentation.data.DataSummary;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The first stage of the workflow, end to end: generate synthetic customers, print their summary and
 * write them to a CSV file.
 *
 * <pre>
 * mvn -B -q -pl segmentation-examples -am compile exec:java -Dexec.args="--n 5000 --seed 7 --out target/demo"
 * </pre>
 *
 * Options: {@code --n} customers (default 2,000), {@code --seed} (default 42), {@code --out} a directory
 * (default {@code target/demo}) that receives {@code customers.csv}.
 */
public final class GenerateCustomers {
    private GenerateCustomers() {
    }

    /** Runs the example; exits 0 on success, 2 on bad usage and 1 when the file cannot be written. */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int n = 2_000;
        long seed = 42;
        Path dir = Path.of("target", "demo");
        try {
            for (int a = 0; a < args.length; a++) {
                String value = a + 1 < args.length ? args[a + 1] : null;
                switch (args[a]) {
                    case "--n" -> n = Integer.parseInt(require("--n", value));
                    case "--seed" -> seed = Long.parseLong(require("--seed", value));
                    case "--out" -> dir = Path.of(require("--out", value));
                    default -> throw new IllegalArgumentException("unknown option " + args[a]
                            + " (options: --n N, --seed S, --out DIR)");
                }
                a++;
            }
            // Step 1: a seeded generator; the same seed gives the same customers on any machine.
            SyntheticCustomers generator = SyntheticCustomers.builder().n(n).seed(seed).build();
            Dataset customers = generator.generate();

            // Step 2: what the table holds: counts, missing values, quartiles, skew, top categories.
            out.println(DataSummary.of(customers).toText());

            // Step 3: a CSV that any later stage (or any other tool) can read back exactly.
            Files.createDirectories(dir);
            Path csv = dir.resolve("customers.csv");
            customers.writeCsv(csv);
            out.printf(Locale.ROOT, "wrote %d customers with %d columns to %s%n", customers.rowCount(),
                    customers.columnCount(), csv.toAbsolutePath());
            return 0;
        } catch (NumberFormatException e) {
            err.println("error: expected a whole number: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot write the CSV: " + e.getMessage());
            return 1;
        }
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
