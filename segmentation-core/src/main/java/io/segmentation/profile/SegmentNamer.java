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
     * scores R, F and M ({@link RfmMeasure}: where the segment's median customer stands among everyone, in
     * [0, 1], higher is better, 0.5 is the overall median). The first matching row wins:
     *
     * <table>
     *   <caption>RFM rules</caption>
     *   <tr><th>#</th><th>name</th><th>archetype</th><th>rule</th></tr>
     *   <tr><td>1</td><td>Champions</td><td>champions</td><td>R ≥ 0.75, F ≥ 0.75 and M ≥ 0.75</td></tr>
     *   <tr><td>2</td><td>Big spenders</td><td>big_spenders</td><td>M ≥ 0.67, M ≥ F + 0.25 and R ≥ 0.33</td></tr>
     *   <tr><td>3</td><td>Bargain hunters</td><td>bargain_hunters</td><td>F ≥ 0.5, M ≤ F − 0.15 and R ≥ 0.33</td></tr>
     *   <tr><td>4</td><td>Loyal</td><td>loyal</td><td>R ≥ 0.5 and F ≥ 0.6</td></tr>
     *   <tr><td>5</td><td>Can't lose them</td><td>cant_lose_them</td><td>R &lt; 0.33 and (F ≥ 0.67 or M ≥ 0.75)</td></tr>
     *   <tr><td>6</td><td>Lost</td><td>lost</td><td>R &lt; 0.05 and F &lt; 0.25</td></tr>
     *   <tr><td>7</td><td>Hibernating</td><td>hibernating</td><td>R &lt; 0.33 and F &lt; 0.33</td></tr>
     *   <tr><td>8</td><td>At risk</td><td>at_risk</td><td>R &lt; 0.4</td></tr>
     *   <tr><td>9</td><td>New customers</td><td>new_customers</td><td>R ≥ 0.67 and F &lt; 0.33</td></tr>
     *   <tr><td>10</td><td>Potential loyalists</td><td>potential_loyalists</td><td>R ≥ 0.6 and F ≥ 0.33</td></tr>
     *   <tr><td>11</td><td>Needs attention</td><td>needs_attention</td><td>R ≥ 0.5</td></tr>
     *   <tr><td>12</td><td>About to sleep</td><td>about_to_sleep</td><td>otherwise</td></tr>
     * </table>
     *
     * <p>A score that is NaN fails every comparison. A profile without an RFM summary is named by
     * {@link #descriptive()}.
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
