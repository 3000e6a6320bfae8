package io.segmentation.profile;

import com.google.gson.JsonObject;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The profiles of every segment of one segmentation, with the overall statistics they are compared with.
 * Immutable; made by {@link SegmentProfiler#profile}, saved with the model.
 *
 * <pre>{@code
 * SegmentProfiles profiles = SegmentProfiler.builder().build().profile(customers, labels);
 * for (SegmentProfile p : profiles.segments()) {
 *     log.info(p.name() + ": " + p.distinctions().get(0).description());
 * }
 * String report = profiles.toMarkdown();
 * }</pre>
 */
public final class SegmentProfiles {
    private final int rowCount;
    private final List<SegmentProfile> segments;
    private final SegmentProfile noise;
    private final List<NumericSummary> overallNumeric;
    private final List<CategoryMix> overallCategorical;

    SegmentProfiles(int rowCount, List<SegmentProfile> segments, SegmentProfile noise,
            List<NumericSummary> overallNumeric, List<CategoryMix> overallCategorical) {
        this.rowCount = rowCount;
        this.segments = List.copyOf(segments);
        this.noise = noise;
        this.overallNumeric = List.copyOf(overallNumeric);
        this.overallCategorical = List.copyOf(overallCategorical);
    }

    /** The customers profiled, unassigned ones included. */
    public int rowCount() {
        return rowCount;
    }

    /** The segments' profiles in increasing order of id; the unassigned customers are not among them. */
    public List<SegmentProfile> segments() {
        return segments;
    }

    /**
     * The profile of the customers the clustering left unassigned (label {@link SegmentProfile#NOISE}),
     * named {@code "Unassigned"}, archetype {@value StrategyCatalog#NOISE}; empty when every customer has a
     * segment.
     */
    public Optional<SegmentProfile> noise() {
        return Optional.ofNullable(noise);
    }

    /**
     * The profile of segment {@code id}; {@link SegmentProfile#NOISE} gives the unassigned customers'.
     *
     * @param id the clustering's label
     * @throws IllegalArgumentException when there is no such segment
     */
    public SegmentProfile segment(int id) {
        for (SegmentProfile p : segments) {
            if (p.id() == id) {
                return p;
            }
        }
        if (id == SegmentProfile.NOISE && noise != null) {
            return noise;
        }
        throw new IllegalArgumentException("segment " + id + " does not exist (ids: " + ids() + ")");
    }

    /**
     * The profile named {@code name} (names are unique).
     *
     * @param name the display name, such as {@code "Champions"}
     * @throws IllegalArgumentException when no profile has that name
     */
    public SegmentProfile named(String name) {
        for (SegmentProfile p : segments) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        if (noise != null && noise.name().equals(name)) {
            return noise;
        }
        List<String> names = new ArrayList<>();
        for (SegmentProfile p : segments) {
            names.add(p.name());
        }
        throw new IllegalArgumentException("no segment is named \"" + name + "\" (names: " + names + ")");
    }

    private List<Integer> ids() {
        List<Integer> ids = new ArrayList<>();
        for (SegmentProfile p : segments) {
            ids.add(p.id());
        }
        return ids;
    }

    /** Every numeric feature over all customers profiled, in the dataset's column order. */
    public List<NumericSummary> overallNumeric() {
        return overallNumeric;
    }

    /** Every categorical feature's mix over all customers (share equals overall share). */
    public List<CategoryMix> overallCategorical() {
        return overallCategorical;
    }

    /**
     * A Markdown summary for people: one section per segment (largest first, the unassigned last) with its
     * size and share, what sets it apart, its RFM medians against the overall ones, its rule and its
     * strategy.
     */
    public String toMarkdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Customer segments\n\n");
        b.append(rowCount).append(" customers in ").append(segments.size()).append(" segments");
        if (noise != null) {
            b.append(", ").append(noise.size()).append(" unassigned");
        }
        b.append(".\n\n| segment | customers | share |\n|---|---:|---:|\n");
        List<SegmentProfile> bySize = new ArrayList<>(segments);
        // Largest first; equal sizes in id order (the sort is stable).
        bySize.sort((p, q) -> Integer.compare(q.size(), p.size()));
        if (noise != null) {
            bySize.add(noise);
        }
        for (SegmentProfile p : bySize) {
            b.append("| ").append(p.name()).append(" | ").append(p.size()).append(" | ")
                    .append(Words.percent(p.share())).append(" |\n");
        }
        for (SegmentProfile p : bySize) {
            b.append("\n## ").append(p.name()).append("\n\n");
            b.append(p.size()).append(" customers (").append(Words.percent(p.share())).append(")");
            if (p.id() != SegmentProfile.NOISE) {
                b.append(", segment ").append(p.id());
            }
            b.append(".\n\n");
            if (!p.distinctions().isEmpty()) {
                b.append("What sets them apart:\n\n");
                for (Distinction d : p.distinctions()) {
                    b.append("- ").append(d.description()).append('\n');
                }
                b.append('\n');
            }
            p.rfm().ifPresent(r -> b.append("RFM (medians): ").append(rfm(r.recency())).append(" · ")
                    .append(rfm(r.frequency())).append(" · ").append(rfm(r.monetary()))
                    .append(String.format(Locale.ROOT, " (scores R %.2f, F %.2f, M %.2f)",
                            r.recency().score(), r.frequency().score(), r.monetary().score()))
                    .append("\n\n"));
            p.rule().ifPresent(r -> b.append("Rule: ").append(r.describe(p.name())).append("\n\n"));
            Strategy s = p.strategy();
            b.append("**Objective:** ").append(s.objective()).append("\n\n");
            list(b, "Channels", s.channels());
            list(b, "Offers", s.offers());
            list(b, "KPIs", s.kpis());
            if (!s.actions().isEmpty()) {
                b.append("Actions:\n\n");
                for (int t = 0; t < s.actions().size(); t++) {
                    b.append(t + 1).append(". ").append(s.actions().get(t)).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String rfm(RfmMeasure m) {
        return m.column() + " " + Words.number(m.median()) + " vs " + Words.number(m.overallMedian());
    }

    private static void list(StringBuilder b, String title, List<String> items) {
        if (!items.isEmpty()) {
            b.append("**").append(title).append(":** ").append(String.join("; ", items)).append("\n\n");
        }
    }

    /** The profiles as JSON, for the model file; read back with {@link #read(StateReader)}. */
    public JsonObject toState() {
        List<JsonObject> segs = new ArrayList<>();
        for (SegmentProfile p : segments) {
            segs.add(p.toState());
        }
        List<JsonObject> nums = new ArrayList<>();
        for (NumericSummary s : overallNumeric) {
            nums.add(s.toState());
        }
        List<JsonObject> cats = new ArrayList<>();
        for (CategoryMix m : overallCategorical) {
            List<String> levels = new ArrayList<>();
            int[] counts = new int[m.levels().size()];
            for (int t = 0; t < counts.length; t++) {
                levels.add(m.levels().get(t).level());
                counts[t] = m.levels().get(t).count();
            }
            cats.add(new StateWriter().put("feature", m.feature()).put("levels", levels).put("counts", counts)
                    .toJson());
        }
        StateWriter w = new StateWriter().put("rowCount", rowCount).putAll("segments", segs)
                .putAll("overallNumeric", nums).putAll("overallCategorical", cats);
        if (noise != null) {
            w.put("noise", noise.toState());
        }
        return w.toJson();
    }

    /**
     * Reads profiles written by {@link #toState()}.
     *
     * @param r the reader at the profiles' object
     * @throws IllegalArgumentException naming the JSON path of the first missing, malformed or inconsistent
     *                                  value
     */
    public static SegmentProfiles read(StateReader r) {
        Objects.requireNonNull(r, "r");
        int rowCount = r.integer("rowCount", 0, Integer.MAX_VALUE);
        List<SegmentProfile> segments = new ArrayList<>();
        List<StateReader> children = r.children("segments");
        for (int t = 0; t < children.size(); t++) {
            SegmentProfile p = SegmentProfile.read(children.get(t));
            if (p.id() < 0 || (t > 0 && p.id() <= segments.get(t - 1).id())) {
                throw r.fail("segments[" + t + "].id", "expected ids >= 0 in increasing order, found " + p.id());
            }
            segments.add(p);
        }
        SegmentProfile noise = r.has("noise") ? SegmentProfile.read(r.child("noise")) : null;
        if (noise != null && noise.id() != SegmentProfile.NOISE) {
            throw r.fail("noise.id", "expected " + SegmentProfile.NOISE + ", found " + noise.id());
        }
        long total = noise == null ? 0 : noise.size();
        for (SegmentProfile p : segments) {
            total += p.size();
        }
        if (total != rowCount) {
            throw r.fail("segments", "sizes add up to " + total + " customers, expected rowCount " + rowCount);
        }
        List<NumericSummary> nums = new ArrayList<>();
        for (StateReader c : r.children("overallNumeric")) {
            nums.add(NumericSummary.read(c));
        }
        List<CategoryMix> cats = new ArrayList<>();
        for (StateReader c : r.children("overallCategorical")) {
            List<String> levels = c.strings("levels");
            int[] counts = c.ints("counts", 0, Integer.MAX_VALUE);
            if (counts.length != levels.size()) {
                throw c.fail("counts", "expected " + levels.size() + " values, found " + counts.length);
            }
            cats.add(SegmentProfiler.overallMix(c.string("feature"), levels, counts));
        }
        return new SegmentProfiles(rowCount, segments, noise, nums, cats);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentProfiles p && rowCount == p.rowCount && segments.equals(p.segments)
                && Objects.equals(noise, p.noise) && overallNumeric.equals(p.overallNumeric)
                && overallCategorical.equals(p.overallCategorical);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowCount, segments, noise, overallNumeric, overallCategorical);
    }

    @Override
    public String toString() {
        return "SegmentProfiles[" + rowCount + " customers, " + segments.size() + " segments]";
    }
}
