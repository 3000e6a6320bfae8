package io.segmentation.examples.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class TableTest {
    @Test
    void aligns_text_left_and_numbers_right() {
        String text = new Table("name", "size", "share").row("Loyal", 330, "16.5%").row("At risk", 7, "3.0%")
                .toText();
        // By hand: widths 7 ("At risk"), 4 ("size"), 5 ("16.5%"); two spaces between columns.
        assertEquals(String.join("\n",
                "name     size  share",
                "-------  ----  -----",
                "Loyal     330  16.5%",
                "At risk     7   3.0%"), text);
    }

    @Test
    void formats_doubles_with_four_decimals_and_nan_as_text() {
        String text = new Table("k", "silhouette").row(2, 0.123456).row(3, Double.NaN).toText();
        assertEquals(String.join("\n",
                "k  silhouette",
                "-  ----------",
                "2      0.1235",
                "3         NaN"), text);
    }

    @Test
    void a_row_of_the_wrong_width_is_rejected() {
        assertThatThrownBy(() -> new Table("a", "b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row must have 2 cells (was 1: [only one])");
    }
}
