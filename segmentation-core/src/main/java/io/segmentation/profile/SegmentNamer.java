package io.segmentation.profile;

/**
 * Chooses a segment's name and archetype from its profile; pluggable through
 * {@link SegmentProfiler.Builder#namer(SegmentNamer)}.
 *
 * <p>The namer sees a profile whose statistics, RFM summary and distinctions are final but whose name is
 * provisional ({@code "Segment 3"}) and whose strategy is not yet set. It need not make names unique: the
 * profiler does that afterwards. It must be deterministic and free of side effects.
 *
 * <pre>{@code
 * SegmentNamer byTopFeature = profile -> new SegmentName(
 *         "Mostly " + profile.distinctions().get(0).feature(), "general");
 * }</pre>
 */
@FunctionalInterface
public interface SegmentNamer {

    /**
     * Names one segment.
     *
     * @param profile the segment's profile (name provisional, strategy not set), not modified
     * @return the name and the archetype, whose strategy the {@link StrategyCatalog} provides
     */
    SegmentName name(SegmentProfile profile);

    /**
     * The RFM namer: Champions, Loyal, At risk, ... from the segment's recency, frequency and monetary
     * scores, by the rule table in {@link RfmNamer}. A profile without RFM columns is named descriptively.
     */
    static SegmentNamer rfm() {
        return RfmNamer.INSTANCE;
    }

    /**
     * The descriptive namer: the segment's two most distinguishing features in words, such as
     * {@code "High income · mostly mobile app"}; archetype {@code "general"}.
     */
    static SegmentNamer descriptive() {
        return DescriptiveNamer.INSTANCE;
    }
}
