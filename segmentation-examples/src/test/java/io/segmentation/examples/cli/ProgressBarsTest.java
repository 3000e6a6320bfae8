package io.segmentation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ProgressBarsTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String drawn() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outer_stages_open_bars_and_inner_stages_do_not() {
        try (ProgressBars bars = ProgressBars.on(err, List.of("k selection"))) {
            bars.progress("k-means restart 1/1", 5, 300);     // before any outer report: nothing to draw on
            bars.progress("k selection: fits", 1, 4);
            bars.progress("k-means restart 1/1", 9, 300);
            bars.progress("k selection: fits", 4, 4);
        }
        String text = drawn();
        assertThat(text).contains("k selection: fits").contains("4/4");
        // The inner stage never had a bar of its own: its name appears only as the outer bar's message.
        assertThat(text).doesNotContain("/300");
    }

    @Test
    void without_outer_stages_each_finished_stage_makes_way_for_the_next() {
        try (ProgressBars bars = ProgressBars.on(err, List.of())) {
            bars.progress("dbscan index", 1, 1);
            bars.progress("comparison", 2, 2);
        }
        assertThat(drawn()).contains("dbscan index").contains("1/1").contains("comparison").contains("2/2");
    }

    @Test
    void a_quiet_terminal_draws_nothing_where_a_loud_one_draws() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (ProgressBars bars = new Terminal(out, err, true).progress("comparison")) {
            bars.progress("comparison", 1, 2);
        }
        assertThat(drawn()).isEmpty();
        try (ProgressBars bars = new Terminal(out, err, false).progress("comparison")) {
            bars.progress("comparison", 1, 2);
        }
        assertThat(drawn()).contains("comparison").contains("1/2");
    }
}
