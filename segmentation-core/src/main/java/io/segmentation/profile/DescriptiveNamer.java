package io.segmentation.profile;

import java.util.List;

/**
 * Names a segment after its two most distinguishing features: a numeric feature reads {@code "High income"}
 * or {@code "Low recency days"} (by the sign of its effect size), a categorical level reads
 * {@code "mostly mobile app"} (over-represented) or {@code "few mobile app"} (under-represented); the parts
 * are joined by {@code " · "}. A segment that differs in nothing is {@code "Typical customers"}. The
 * archetype is always {@value StrategyCatalog#GENERAL}.
 */
final class DescriptiveNamer implements SegmentNamer {
    static final DescriptiveNamer INSTANCE = new DescriptiveNamer();
    static final String SEPARATOR = " · ";

    private DescriptiveNamer() {
    }

    @Override
    public SegmentName name(SegmentProfile profile) {
        List<Distinction> ds = profile.distinctions();
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < Math.min(2, ds.size()); t++) {
            if (t > 0) {
                b.append(SEPARATOR);
            }
            String part = label(ds.get(t));
            b.append(t == 0 ? Words.capitalize(part) : part);
        }
        String name = b.length() == 0 ? "Typical customers" : b.toString();
        return new SegmentName(name, StrategyCatalog.GENERAL);
    }

    /** One distinction as a short label: {@code "high income"}, {@code "mostly mobile app"}. */
    static String label(Distinction d) {
        boolean up = d.effectSize() > 0;
        if (d.isCategorical()) {
            return (up ? "mostly " : "few ") + Words.humanize(d.level());
        }
        return (up ? "high " : "low ") + Words.humanize(d.feature());
    }
}
