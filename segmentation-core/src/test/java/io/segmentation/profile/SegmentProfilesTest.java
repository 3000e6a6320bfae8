package io.segmentation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import org.junit.jupiter.api.Test;

final class SegmentProfilesTest {

    /**
     * RFM columns, a categorical column with a missing cell, an unassigned customer, rules learned. By hand
     * (mid-rank scores, {@link RfmMeasure}): segment 0 (rows 0–2) has R = 1 − 1.5/6 = 0.75, F = 3.5/5 = 0.7
     * (the unassigned customer's frequency is missing), M = 4.5/6 = 0.75: F < 0.75 rules out Champions, so
     * Loyal. Segment 1 (rows 3–4) has medians 150, 1.5, 150: R = 1 − 4/6 = 0.33, F = 1/5, M = 1/6: not below
     * 0.33 for Hibernating, below 0.4, so At risk.
     */
    private static SegmentProfiles rich() {
        Dataset data = SegmentProfilerTest.small()
                .withColumn(NumericColumn.of("recency_days", 1, 2, 3, 100, 200, 300))
                .withColumn(NumericColumn.of("frequency", 10, 20, 30, 1, 2, Double.NaN))
                .withColumn(NumericColumn.of("monetary", 1000, 2000, 3000, 100, 200, 300));
        return SegmentProfiler.builder().build().profile(data, SegmentProfilerTest.SMALL_LABELS);
    }

    private static SegmentProfiles reread(JsonObject state) {
        // Through text, as the model file stores it, so that numbers must survive printing and parsing.
        return SegmentProfiles.read(new StateReader(JsonParser.parseString(state.toString()).getAsJsonObject()));
    }

    @Test
    void state_round_trip_gives_equal_profiles() {
        SegmentProfiles profiles = rich();
        assertThat(profiles.segment(0).rfm()).isPresent();
        assertThat(profiles.segment(0).rule()).isPresent();
        assertThat(profiles.noise()).isPresent();

        SegmentProfiles again = reread(profiles.toState());

        assertEquals(profiles, again);
        assertEquals(profiles.toMarkdown(), again.toMarkdown());
    }

    @Test
    void state_round_trip_keeps_missing_statistics_missing() {
        // The unassigned customer has no x: its mean, median and sd are NaN, written as absent keys.
        SegmentProfiles again = reread(rich().toState());

        NumericSummary x = again.noise().orElseThrow().numeric("x").segment();
        assertEquals(0, x.count());
        assertThat(x.mean()).isNaN();
        assertThat(x.sd()).isNaN();
    }

    @Test
    void damaged_state_fails_naming_the_json_path() {
        JsonObject missing = rich().toState();
        missing.getAsJsonArray("segments").get(1).getAsJsonObject().remove("size");
        JsonObject negative = rich().toState();
        negative.getAsJsonArray("segments").get(0).getAsJsonObject().addProperty("share", 1.5);
        JsonObject order = rich().toState();
        order.getAsJsonArray("segments").get(1).getAsJsonObject().addProperty("id", 0);
        JsonObject operator = rich().toState();
        operator.getAsJsonArray("segments").get(0).getAsJsonObject().getAsJsonObject("rule")
                .getAsJsonArray("conditions").get(0).getAsJsonObject().addProperty("operator", "BELOW");

        JsonObject sizes = rich().toState();
        sizes.addProperty("rowCount", 7);
        assertThatThrownBy(() -> reread(sizes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.segments: sizes add up to 6 customers, expected rowCount 7");
        assertThatThrownBy(() -> reread(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.segments[1].size: missing");
        assertThatThrownBy(() -> reread(negative)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.segments[0].share: expected a share in [0, 1], found 1.5");
        assertThatThrownBy(() -> reread(order)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.segments[1].id: expected ids >= 0 in increasing order, found 0");
        assertThatThrownBy(() -> reread(operator)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.segments[0].rule.conditions[0].operator: expected one of [AT_MOST, ABOVE], found \"BELOW\"");
    }

    @Test
    void lookups_by_id_and_name_fail_clearly() {
        SegmentProfiles profiles = rich();

        assertEquals(profiles.segment(0), profiles.named(profiles.segment(0).name()));
        assertEquals(profiles.noise().orElseThrow(), profiles.named("Unassigned"));
        assertThatThrownBy(() -> profiles.segment(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment 7 does not exist (ids: [0, 1])");
        assertThatThrownBy(() -> profiles.named("Martians")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no segment is named \"Martians\" (names: [Loyal, At risk])");
    }

    @Test
    void markdown_has_a_section_per_segment_largest_first_and_the_unassigned_last() {
        SegmentProfiles profiles = rich();

        String md = profiles.toMarkdown();

        // Segment 0 has 3 customers (50 %), segment 1 has 2 (33 %), one is unassigned (17 %).
        assertThat(md).startsWith("# Customer segments\n\n6 customers in 2 segments, 1 unassigned.\n");
        assertThat(md).contains("| Loyal | 3 | 50% |\n| At risk | 2 | 33% |\n| Unassigned | 1 | 17% |\n");
        assertThat(md.indexOf("## Loyal")).isLessThan(md.indexOf("## At risk"));
        assertThat(md.indexOf("## At risk")).isLessThan(md.indexOf("## Unassigned"));
        assertThat(md).contains("- recency_days 2 vs 101 overall (mean)\n");
        // Segment 0's medians 2, 20, 2000 against 51.5, 10 (of 1, 2, 10, 20, 30) and 650 (of 100 ... 3000).
        assertThat(md).contains("RFM (medians): recency_days 2 vs 51.5 · frequency 20 vs 10 · monetary 2000 vs 650"
                + " (scores R 0.75, F 0.70, M 0.75)\n");
        assertThat(md).contains("**Objective:** " + StrategyCatalog.defaults().strategyFor("loyal").objective());
        assertThat(md).contains("Rule: " + profiles.segment(0).rule().orElseThrow().describe("Loyal"));
    }
}
