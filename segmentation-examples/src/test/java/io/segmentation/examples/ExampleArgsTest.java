package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class ExampleArgsTest {
    @Test
    void defaults_and_overrides() {
        assertEquals(new ExampleArgs(2_000, 42, Path.of("target", "examples", "kmeans")),
                ExampleArgs.parse(new String[0], "kmeans", 2_000));
        assertEquals(new ExampleArgs(300, 7, Path.of("out")),
                ExampleArgs.parse(new String[] {"--n", "300", "--seed", "7", "--out", "out"}, "kmeans", 2_000));
    }

    @Test
    void bad_arguments_are_named() {
        assertThatThrownBy(() -> ExampleArgs.parse(new String[] {"--n", "many"}, "x", 10))
                .hasMessage("--n must be a whole number (was \"many\")");
        assertThatThrownBy(() -> ExampleArgs.parse(new String[] {"--n", "1"}, "x", 10))
                .hasMessage("--n must be >= 2 (was 1)");
        assertThatThrownBy(() -> ExampleArgs.parse(new String[] {"--k", "3"}, "x", 10))
                .hasMessage("unknown option --k (options: --n N, --seed S, --out DIR)");
        assertThatThrownBy(() -> ExampleArgs.parse(new String[] {"--out"}, "x", 10))
                .hasMessage("--out needs a value");
    }
}
