package io.segmentation.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class RfmNamerTest {

    /** One crafted segment per row of the rule table; the comment gives the row that matches first. */
    @ParameterizedTest(name = "R={0} F={1} M={2} -> {3}")
    @CsvSource({
            // 1: all three at least 0.75
            "0.90, 0.90, 0.90, Champions, champions",
            "0.75, 0.75, 0.75, Champions, champions",
            // 2: M 0.9 >= F 0.4 + 0.25, R 0.5 >= 0.33
            "0.50, 0.40, 0.90, Big spenders, big_spenders",
            // 3: F 0.7 >= 0.5, M 0.45 <= 0.7 - 0.15, R >= 0.33
            "0.50, 0.70, 0.45, Bargain hunters, bargain_hunters",
            // 4: R 0.65 >= 0.5, F 0.72 >= 0.6; M 0.68 > F - 0.15, so not a bargain hunter
            "0.65, 0.72, 0.68, Loyal, loyal",
            // 1 fails on R 0.74: loyal instead
            "0.74, 0.90, 0.90, Loyal, loyal",
            // 5: R 0.2 < 0.33 with F 0.8
            "0.20, 0.80, 0.80, Can't lose them, cant_lose_them",
            // 6: R 0.02 < 0.05, F 0.1 < 0.25
            "0.02, 0.10, 0.10, Lost, lost",
            // 7: R 0.1, F 0.08: below 0.33 both, R not below 0.05
            "0.10, 0.08, 0.13, Hibernating, hibernating",
            // 8: R 0.25 < 0.4, F 0.43 not low enough for 7
            "0.25, 0.43, 0.45, At risk, at_risk",
            // 9: R 0.8 >= 0.67, F 0.2 < 0.33
            "0.80, 0.20, 0.18, New customers, new_customers",
            // 10: R 0.7 >= 0.6, F 0.45 in [0.33, 0.6)
            "0.70, 0.45, 0.50, Potential loyalists, potential_loyalists",
            // 11: R 0.55 >= 0.5, nothing earlier
            "0.55, 0.45, 0.45, Needs attention, needs_attention",
            // 12: R 0.45, F 0.2: no row before matches
            "0.45, 0.20, 0.30, About to sleep, about_to_sleep"
    })
    void each_archetype_follows_the_rule_table(double r, double f, double m, String name, String archetype) {
        assertEquals(new SegmentName(name, archetype), RfmNamer.of(r, f, m));
    }

    @Test
    void every_archetype_has_a_default_strategy() {
        double[] grid = {0.0, 0.02, 0.1, 0.2, 0.3, 0.35, 0.45, 0.55, 0.62, 0.7, 0.8, 0.9, 1.0};
        for (double r : grid) {
            for (double f : grid) {
                for (double m : grid) {
                    String archetype = RfmNamer.of(r, f, m).archetype();
                    assertEquals(true, StrategyCatalog.defaults().find(archetype).isPresent(), archetype);
                }
            }
        }
    }

    @Test
    void a_profile_without_rfm_columns_is_named_descriptively() {
        Dataset data = Dataset.ofColumns(NumericColumn.of("income", 10, 20, 90, 100));

        SegmentProfiles profiles = SegmentProfiler.builder().namer(SegmentNamer.rfm()).build()
                .profile(data, new int[] {0, 0, 1, 1});

        assertEquals("High income", profiles.segment(1).name());
        assertEquals("general", profiles.segment(1).archetype());
    }
}
