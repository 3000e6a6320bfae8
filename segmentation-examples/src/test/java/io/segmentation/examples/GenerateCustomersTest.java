package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GenerateCustomersTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCustomers.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writes_the_customers_it_summarizes() throws Exception {
        int status = run("--n", "300", "--seed", "5", "--out", dir.toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        Dataset written = Dataset.readCsv(dir.resolve("customers.csv"));
        assertEquals(300, written.rowCount());
        assertThat(written.has("true_segment")).isTrue();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("recency_days").contains("wrote 300 customers");
    }

    @Test
    void bad_usage_exits_2_with_one_line_and_no_stack_trace() {
        assertEquals(2, run("--n", "many"));
        assertEquals(2, run("--frobnicate"));
        assertEquals(2, run("--n", "0", "--out", dir.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("expected a whole number").contains("unknown option --frobnicate")
                .contains("n must be >= 1").doesNotContain("\tat ");
    }
}
