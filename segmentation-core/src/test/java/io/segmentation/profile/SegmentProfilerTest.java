package io.segmentation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import io.segmentation.data.SyntheticCustomers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class SegmentProfilerTest {
    private static final double NAN = Double.NaN;

    /**
     * Six customers: x = 1, 2, 3, 4, 10, NaN; g = p, p, q, q, q, missing; labels 0, 0, 0, 1, 1, -1 (the last
     * one unassigned); an id column, which profiles leave out.
     */
    static Dataset small() {
        return Dataset.ofColumns(
                IdColumn.of("id", "a", "b", "c", "d", "e", "f"),
                NumericColumn.of("x", 1, 2, 3, 4, 10, NAN),
                CategoricalColumn.of("g", "p", "p", "q", "q", "q", null));
    }

    static final int[] SMALL_LABELS = {0, 0, 0, 1, 1, -1};

    private static SegmentProfiles profileSmall() {
        return SegmentProfiler.builder().build().profile(small(), SMALL_LABELS);
    }

    @Test
    void numeric_contrast_of_a_small_table_matches_the_hand_working() {
        SegmentProfiles profiles = profileSmall();

        // Overall x over 1, 2, 3, 4, 10 (the NaN left out): mean 20/5 = 4, median 3,
        // sd² = (9 + 4 + 1 + 0 + 36) / 4 = 12.5.
        NumericSummary all = profiles.overallNumeric().get(0);
        assertEquals(new NumericSummary("x", 5, 4.0, 3.0, Math.sqrt(12.5)), all);

        // Segment 0: x = 1, 2, 3: mean 2, median 2, sd 1; difference −2, ratio 1/2, median difference −1,
        // median ratio 2/3, effect (2 − 4)/√12.5.
        NumericContrast c0 = profiles.segment(0).numeric("x");
        assertEquals(new NumericSummary("x", 3, 2.0, 2.0, 1.0), c0.segment());
        assertEquals(-2.0, c0.difference(), 0.0);
        assertEquals(0.5, c0.ratio(), 0.0);
        assertEquals(-1.0, c0.medianDifference(), 0.0);
        assertEquals(2.0 / 3.0, c0.medianRatio(), 1e-15);
        assertEquals(-2.0 / Math.sqrt(12.5), c0.effectSize(), 1e-15);

        // Segment 1: x = 4, 10: mean 7, median 7, sd √18, effect 3/√12.5.
        NumericContrast c1 = profiles.segment(1).numeric("x");
        assertEquals(new NumericSummary("x", 2, 7.0, 7.0, Math.sqrt(18.0)), c1.segment());
        assertEquals(3.0 / Math.sqrt(12.5), c1.effectSize(), 1e-15);
    }

    @Test
    void sizes_and_shares_count_the_unassigned_customers_in_the_whole() {
        SegmentProfiles profiles = profileSmall();

        assertEquals(6, profiles.rowCount());
        assertEquals(List.of(0, 1), profiles.segments().stream().map(SegmentProfile::id).toList());
        assertEquals(3, profiles.segment(0).size());
        assertEquals(0.5, profiles.segment(0).share(), 0.0);
        assertEquals(2.0 / 6.0, profiles.segment(1).share(), 0.0);
        SegmentProfile noise = profiles.noise().orElseThrow();
        assertEquals(SegmentProfile.NOISE, noise.id());
        assertEquals(SegmentProfiler.NOISE_NAME, noise.name());
        assertEquals(StrategyCatalog.NOISE, noise.archetype());
        assertEquals(1.0 / 6.0, noise.share(), 0.0);
        assertThat(noise.rule()).isEmpty();
        // The unassigned customer's x is missing: no mean, no effect, so it is not a distinction.
        assertEquals(0, noise.numeric("x").segment().count());
        assertThat(noise.distinctions()).extracting(Distinction::feature).doesNotContain("x");
        assertEquals(noise, profiles.segment(SegmentProfile.NOISE));
    }

    @Test
    void category_mix_against_overall_matches_the_hand_working() {
        SegmentProfiles profiles = profileSmall();

        // Overall g over 5 values: q 3 (60 %), p 2 (40 %); levels most frequent first.
        CategoryMix all = profiles.overallCategorical().get(0);
        assertEquals(List.of(new LevelShare("q", 3, 0.6, 0.6), new LevelShare("p", 2, 0.4, 0.4)), all.levels());

        // Segment 0: p, p, q: p 2/3 (lift (2/3)/0.4 = 5/3), q 1/3 (lift (1/3)/0.6 = 5/9).
        CategoryMix mix = profiles.segment(0).categorical("g");
        assertEquals(3, mix.count());
        assertEquals(List.of(new LevelShare("q", 1, 1.0 / 3.0, 0.6), new LevelShare("p", 2, 2.0 / 3.0, 0.4)),
                mix.levels());
        assertEquals(5.0 / 3.0, mix.levels().get(1).lift(), 1e-15);
        assertEquals(5.0 / 9.0, mix.levels().get(0).lift(), 1e-15);
        // Segment 1 has no p at all: count 0, share 0.
        assertEquals(0.0, profiles.segment(1).categorical("g").share("p"), 0.0);
    }

    @Test
    void distinctions_rank_by_absolute_effect_and_describe_in_words() {
        SegmentProfiles profiles = profileSmall();

        // Segment 0: x effect −2/√12.5 = −0.566; g levels p (2/3 − 0.4)/√0.24 = +0.544 and q −0.544, equal
        // in size, so the over-represented p stands for g. |−0.566| > 0.544: x first.
        List<Distinction> d0 = profiles.segment(0).distinctions();
        assertEquals(List.of("x", "g"), d0.stream().map(Distinction::feature).toList());
        assertEquals("p", d0.get(1).level());
        assertEquals((2.0 / 3.0 - 0.4) / Math.sqrt(0.24), d0.get(1).effectSize(), 1e-15);
        assertEquals("x 2 vs 4 overall (mean)", d0.get(0).description());
        assertEquals("g = p: 67% vs 40% overall", d0.get(1).description());

        // Segment 1: x +3/√12.5 = 0.849 beats q (1 − 0.6)/√0.24 = 0.816.
        assertEquals(List.of("x", "g"),
                profiles.segment(1).distinctions().stream().map(Distinction::feature).toList());
        assertEquals("q", profiles.segment(1).distinctions().get(1).level());
    }

    @Test
    void equal_effects_keep_the_column_order_and_top_features_cuts_the_list() {
        // b and a are equal columns, so their effects are equal; b comes first in the dataset.
        Dataset data = Dataset.ofColumns(NumericColumn.of("b", 1, 2, 5, 8), NumericColumn.of("a", 1, 2, 5, 8),
                NumericColumn.of("c", 1, 1, 1, 2));
        int[] labels = {0, 0, 1, 1};

        SegmentProfiles all = SegmentProfiler.builder().ruleDepth(0).build().profile(data, labels);
        SegmentProfiles one = SegmentProfiler.builder().topFeatures(1).ruleDepth(0).build().profile(data, labels);

        // Effects for segment 0: b and a (1.5 − 4)/sd(1, 2, 5, 8) = −2.5/3.162 = −0.79; c (1 − 1.25)/0.5 = −0.5.
        assertEquals(List.of("b", "a", "c"),
                all.segment(0).distinctions().stream().map(Distinction::feature).toList());
        assertEquals(List.of("b"), one.segment(0).distinctions().stream().map(Distinction::feature).toList());
    }

    @Test
    void rfm_scores_are_mid_rank_percentiles_of_the_segment_medians() {
        // Overall recency 1, 2, 3, 100, 200, 300. Segment 0's median 2: one below, one equal, so
        // p = (1 + 0.5)/6 = 0.25 and R = 1 − 0.25 = 0.75; segment 1's median 200: p = 4.5/6, R = 0.25.
        // Frequency and monetary mirror it without the inversion: 0.75 and 0.25.
        Dataset data = Dataset.ofColumns(
                NumericColumn.of("recency_days", 1, 2, 3, 100, 200, 300),
                NumericColumn.of("frequency", 10, 20, 30, 1, 2, 3),
                NumericColumn.of("monetary", 1000, 2000, 3000, 100, 200, 300));
        int[] labels = {0, 0, 0, 1, 1, 1};

        SegmentProfiles profiles = SegmentProfiler.builder().build().profile(data, labels);

        RfmSummary r0 = profiles.segment(0).rfm().orElseThrow();
        // Overall recency median (3 + 100)/2 = 51.5, mean 606/6 = 101; segment 0's median and mean 2.
        assertEquals(new RfmMeasure("recency_days", 2.0, 51.5, 2.0, 101.0, 0.75), r0.recency());
        assertEquals(0.75, r0.frequency().score(), 0.0);
        assertEquals(0.75, r0.monetary().score(), 0.0);
        RfmSummary r1 = profiles.segment(1).rfm().orElseThrow();
        assertEquals(0.25, r1.recency().score(), 0.0);
        assertEquals(0.25, r1.frequency().score(), 0.0);
        // R = F = M = 0.75 meets the Champions row at its bound; 0.25 each is Hibernating.
        assertEquals("Champions", profiles.segment(0).name());
        assertEquals("Hibernating", profiles.segment(1).name());
        assertEquals(StrategyCatalog.defaults().strategyFor("champions"), profiles.segment(0).strategy());
    }

    @Test
    void names_are_made_unique_largest_segment_first() {
        // Three segments of sizes 1, 3 and 2, all named "Same" by the namer. Largest first: segment 1 keeps
        // "Same"; segment 2 and then segment 0 get their top feature appended (x is high in 2, low in 0).
        Dataset data = Dataset.ofColumns(NumericColumn.of("x", 0, 5, 5, 5, 9, 9));
        int[] labels = {0, 1, 1, 1, 2, 2};
        SegmentNamer same = p -> new SegmentName("Same", "general");

        SegmentProfiles profiles = SegmentProfiler.builder().namer(same).build().profile(data, labels);

        assertEquals("Same · low x", profiles.segment(0).name());
        assertEquals("Same", profiles.segment(1).name());
        assertEquals("Same · high x", profiles.segment(2).name());
    }

    @Test
    void names_without_distinctions_are_numbered_equal_sizes_by_id() {
        // No feature at all (only an id column): no distinctions, so duplicates are numbered. Sizes 2, 2, 1:
        // segment 0 (lower id of the two largest) keeps the name, then segment 1, then segment 2.
        Dataset data = Dataset.ofColumns(IdColumn.of("id", "a", "b", "c", "d", "e"));
        int[] labels = {1, 0, 1, 0, 2};
        SegmentNamer same = p -> new SegmentName("Same", "general");

        SegmentProfiles profiles = SegmentProfiler.builder().namer(same).build().profile(data, labels);

        assertEquals(List.of("Same", "Same 2", "Same 3"),
                profiles.segments().stream().map(SegmentProfile::name).toList());
        assertEquals(profiles.segment(1), profiles.named("Same 2"));
    }

    @Test
    void a_segment_named_like_the_unassigned_is_renamed() {
        SegmentNamer clash = p -> new SegmentName(SegmentProfiler.NOISE_NAME, "general");

        SegmentProfiles profiles = SegmentProfiler.builder().namer(clash).build().profile(small(), SMALL_LABELS);

        assertEquals("Unassigned · low x", profiles.segment(0).name());
        assertEquals("Unassigned · high x", profiles.segment(1).name());
    }

    @Test
    void the_input_is_not_modified() {
        Dataset data = small();
        int[] labels = SMALL_LABELS.clone();

        SegmentProfiler.builder().build().profile(data, labels);

        assertEquals(small(), data);
        assertArrayEquals(SMALL_LABELS, labels);
    }

    @Test
    void ignored_columns_and_id_columns_are_left_out() {
        SegmentProfiles profiles = SegmentProfiler.builder().ignore("g").build().profile(small(), SMALL_LABELS);

        assertEquals(List.of("x"), profiles.overallNumeric().stream().map(NumericSummary::feature).toList());
        assertThat(profiles.overallCategorical()).isEmpty();
        assertThat(profiles.segment(0).categorical()).isEmpty();
    }

    @Test
    void rejects_bad_labels_and_columns_naming_them() {
        SegmentProfiler profiler = SegmentProfiler.builder().build();

        assertThatThrownBy(() -> profiler.profile(small(), new int[] {0, 0, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("labels must have one value per row (was 3 labels for 6 rows)");
        assertThatThrownBy(() -> profiler.profile(small(), new int[] {0, 0, 1, -2, 1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("labels[3] must be >= -1 (was -2)");
        assertThatThrownBy(() -> SegmentProfiler.builder().ignore("nope").build().profile(small(), SMALL_LABELS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ignored column \"nope\" is not in the dataset (columns: [id, x, g])");
        assertThatThrownBy(() -> SegmentProfiler.builder().rfmColumns("x", "g", "m").build()
                .profile(small(), SMALL_LABELS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RFM columns are required but \"g\" is not numeric, \"m\" is missing");
    }

    @Test
    void builder_rejects_bad_values_at_once_and_bad_combinations_at_build() {
        assertThatThrownBy(() -> SegmentProfiler.builder().topFeatures(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("topFeatures must be between 1 and 20 (was 0)");
        assertThatThrownBy(() -> SegmentProfiler.builder().ruleDepth(4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ruleDepth must be between 0 and 3 (was 4)");
        assertThatThrownBy(() -> SegmentProfiler.builder().ignore(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ignored column must not be blank (was \" \")");
        assertThatThrownBy(() -> SegmentProfiler.builder().rfmColumns("r", "r", "m").ignore("m").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SegmentProfiler is invalid:\n  - RFM columns must be three different columns (was r, r, m)"
                        + "\n  - RFM column \"m\" is also ignored");
    }

    @Test
    void to_builder_keeps_the_settings() {
        SegmentProfiler p = SegmentProfiler.builder().topFeatures(5).ruleDepth(1).ignore("g").build();

        SegmentProfiler copy = p.toBuilder().build();

        assertEquals(5, copy.topFeatures());
        assertEquals(1, copy.ruleDepth());
        assertEquals(List.of("g"), copy.ignored());
        assertEquals(p.profile(small(), SMALL_LABELS), copy.profile(small(), SMALL_LABELS));
    }

    @Test
    void synthetic_customers_profiled_by_their_true_segments_get_the_matching_names() {
        Dataset customers = SyntheticCustomers.builder().n(2000).seed(42).build().generate();
        CategoricalColumn truth = customers.categorical(SyntheticCustomers.SEGMENT_COLUMN);
        int[] labels = truth.codes();

        SegmentProfiles profiles = SegmentProfiler.builder().ignore(SyntheticCustomers.SEGMENT_COLUMN).build()
                .profile(customers, labels);

        Set<String> names = new HashSet<>();
        for (SegmentProfile p : profiles.segments()) {
            String label = truth.levels().get(p.id());
            String expected = switch (label) {
                case "champions" -> "Champions";
                case "loyal" -> "Loyal";
                case "big_spenders" -> "Big spenders";
                case "bargain_hunters" -> "Bargain hunters";
                case "at_risk" -> "At risk";
                case "hibernating" -> "Hibernating";
                case "new" -> "New customers";
                default -> throw new AssertionError("unexpected segment " + label);
            };
            assertEquals(expected, p.name(), () -> label + " named " + p.name() + " with " + p.rfm());
            assertThat(p.distinctions()).hasSize(3);
            assertThat(p.rule()).isPresent();
            names.add(p.name());
        }
        assertEquals(7, names.size());
        // Champions buy far more often than everyone: the top distinction's effect is large and positive.
        SegmentProfile champions = profiles.named("Champions");
        assertThat(champions.numeric("frequency").effectSize()).isGreaterThan(1.0);
        assertThat(champions.numeric("recency_days").effectSize()).isLessThan(0.0);
        assertThat(profiles.named("New customers").numeric("tenure_months").segment().mean()).isLessThan(7.0);
    }

    @Test
    void segment_ids_may_have_gaps_and_be_large() {
        // Labels 7 and 2,000,000,000: two segments, listed in id order, sized 3 and 2.
        int big = 2_000_000_000;
        int[] labels = {7, 7, 7, big, big, -1};

        SegmentProfiles profiles = SegmentProfiler.builder().build().profile(small(), labels);

        assertEquals(List.of(7, big), profiles.segments().stream().map(SegmentProfile::id).toList());
        assertEquals(3, profiles.segment(7).size());
        assertEquals(2, profiles.segment(big).size());
        assertEquals(profileSmall().segment(0).numeric(), profiles.segment(7).numeric());
    }
}
