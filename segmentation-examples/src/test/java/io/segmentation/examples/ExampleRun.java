package io.segmentation.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs an example body on small data in a temporary directory and keeps what it printed. */
final class ExampleRun {
    private ExampleRun() {
    }

    static String run(ExampleArgs.Example example, int n, Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path out = example.run(new ExampleArgs(n, 42, dir), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        if (!out.equals(dir)) {
            throw new AssertionError("the example wrote to " + out + ", not to " + dir);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
