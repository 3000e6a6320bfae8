package io.segmentation.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import org.junit.jupiter.api.Test;

final class DescriptiveNamerTest {

    @Test
    void names_from_the_two_top_distinctions() {
        // Segment 1 (last two rows): every channel is mobile_app, 100 % against 50 %: effect
        // (1 − 0.5)/√(0.5·0.5) = 1. Income: mean 95 against 55, overall sd √((45² + 35² + 35² + 45²)/3)
        // = √(6500/3) = 46.5, effect 40/46.5 = 0.86 < 1, so the channel comes first. Segment 0 mirrors it.
        Dataset data = Dataset.ofColumns(NumericColumn.of("income", 10, 20, 90, 100),
                CategoricalColumn.of("preferred_channel", "in_store", "in_store", "mobile_app", "mobile_app"));

        SegmentProfiles profiles = SegmentProfiler.builder().namer(SegmentNamer.descriptive()).build()
                .profile(data, new int[] {0, 0, 1, 1});

        assertEquals(new SegmentName("Mostly mobile app · high income", "general"),
                SegmentNamer.descriptive().name(profiles.segment(1)));
        assertEquals("Mostly in store · low income", profiles.segment(0).name());
    }

    @Test
    void a_segment_that_differs_in_nothing_is_typical() {
        Dataset data = Dataset.ofColumns(IdColumn.of("id", "a", "b"));

        SegmentProfiles profiles = SegmentProfiler.builder().namer(SegmentNamer.descriptive()).build()
                .profile(data, new int[] {0, 0});

        assertEquals("Typical customers", profiles.segment(0).name());
    }

    @Test
    void labels_read_the_sign_of_the_effect() {
        assertEquals("high recency days", DescriptiveNamer.label(new Distinction("recency_days", "", 0.5, "")));
        assertEquals("low recency days", DescriptiveNamer.label(new Distinction("recency_days", "", -0.5, "")));
        assertEquals("mostly mobile app", DescriptiveNamer.label(new Distinction("c", "mobile_app", 0.5, "")));
        assertEquals("few mobile app", DescriptiveNamer.label(new Distinction("c", "mobile_app", -0.5, "")));
    }
}
