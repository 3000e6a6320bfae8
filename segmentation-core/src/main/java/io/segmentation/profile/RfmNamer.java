package io.segmentation.profile;

/**
 * Names a segment from its recency, frequency and monetary scores R, F and M ({@link RfmMeasure}: where the
 * segment's median customer stands among everyone, in [0, 1], higher is better, 0.5 is the overall median).
 * The first matching row wins:
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
 * <p>A profile without an RFM summary is named by {@link DescriptiveNamer}. A score that is NaN (a segment
 * without any value in that column) fails every comparison, so such a segment falls through to the later
 * rows.
 */
final class RfmNamer implements SegmentNamer {
    static final RfmNamer INSTANCE = new RfmNamer();

    private RfmNamer() {
    }

    @Override
    public SegmentName name(SegmentProfile profile) {
        if (profile.rfm().isEmpty()) {
            return DescriptiveNamer.INSTANCE.name(profile);
        }
        RfmSummary s = profile.rfm().get();
        return of(s.recency().score(), s.frequency().score(), s.monetary().score());
    }

    /** The rule table applied to scores r, f and m. */
    static SegmentName of(double r, double f, double m) {
        if (r >= 0.75 && f >= 0.75 && m >= 0.75) {
            return new SegmentName("Champions", "champions");
        }
        if (m >= 0.67 && m >= f + 0.25 && r >= 0.33) {
            return new SegmentName("Big spenders", "big_spenders");
        }
        if (f >= 0.5 && m <= f - 0.15 && r >= 0.33) {
            return new SegmentName("Bargain hunters", "bargain_hunters");
        }
        if (r >= 0.5 && f >= 0.6) {
            return new SegmentName("Loyal", "loyal");
        }
        if (r < 0.33 && (f >= 0.67 || m >= 0.75)) {
            return new SegmentName("Can't lose them", "cant_lose_them");
        }
        if (r < 0.05 && f < 0.25) {
            return new SegmentName("Lost", "lost");
        }
        if (r < 0.33 && f < 0.33) {
            return new SegmentName("Hibernating", "hibernating");
        }
        if (r < 0.4) {
            return new SegmentName("At risk", "at_risk");
        }
        if (r >= 0.67 && f < 0.33) {
            return new SegmentName("New customers", "new_customers");
        }
        if (r >= 0.6 && f >= 0.33) {
            return new SegmentName("Potential loyalists", "potential_loyalists");
        }
        if (r >= 0.5) {
            return new SegmentName("Needs attention", "needs_attention");
        }
        return new SegmentName("About to sleep", "about_to_sleep");
    }
}
