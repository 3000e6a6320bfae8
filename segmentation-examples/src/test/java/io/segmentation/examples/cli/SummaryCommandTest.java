package io.segmentation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SummaryCommandTest {
    @TempDir
    Path dir;

    @Test
    void summarizes_a_small_table() throws Exception {
        // By hand: mean spend (10 + 20 + 60) / 3 = 30. Pearson r of spend and visits: deviations (-20, -10, 30)
        // and (-1, 0, 1), so r = 50 / sqrt(1400 · 2) = 0.9449 → "0.945"; channel web 2 of 3 = 66.7%.
        Path csv = Files.writeString(dir.resolve("t.csv"), "id,spend,visits,channel\na,10,1,web\nb,20,2,shop\n"
                + "c,60,3,web\n");
        CliRun run = CliRun.of("summary", "--input", csv.toString());
        assertEquals(0, run.status(), run.err());
        assertThat(run.out()).contains("3 rows").contains("spend").contains("30").contains("0.945")
                .contains("web (66.7%)");
    }

    @Test
    void a_missing_file_is_bad_data_in_one_line() {
        CliRun run = CliRun.of("summary", "--input", dir.resolve("absent.csv").toString());
        assertEquals(SegmentCommand.BAD_DATA, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertThat(run.err()).contains("absent.csv: no such file").doesNotContain("\tat ");
    }

    @Test
    void a_ragged_line_is_bad_data_naming_the_line() throws Exception {
        Path csv = Files.writeString(dir.resolve("ragged.csv"), "a,b\n1,2\n3,4,5\n");
        CliRun run = CliRun.of("summary", "--input", csv.toString());
        assertEquals(SegmentCommand.BAD_DATA, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertThat(run.err()).contains("ragged.csv").contains("line 3");
    }

    @Test
    void input_is_required() {
        CliRun run = CliRun.of("summary");
        assertEquals(SegmentCommand.BAD_USAGE, run.status());
        assertThat(run.err()).contains("--input");
    }
}
