package io.segmentation.profile;

import com.google.gson.JsonObject;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one segment looks like against everyone, in the customers' original units: size and share, every
 * numeric feature's mean and median against the overall ones ({@link NumericContrast}), every categorical
 * feature's mix ({@link CategoryMix}), recency/frequency/monetary when those columns exist, the features
 * that set it apart most, its name, its strategy and, when learned, a readable rule. Immutable; made by
 * {@link SegmentProfiler#profile}.
 *
 * <p>The customers the clustering left unassigned (label {@link #NOISE}) are profiled the same way, apart
 * from the segments, as {@link SegmentProfiles#noise()}.
 */
public final class SegmentProfile {
    /** The id of the unassigned customers' profile. */
    public static final int NOISE = -1;

    private final int id;
    private final SegmentName name;
    private final int size;
    private final double share;
    private final List<NumericContrast> numeric;
    private final List<CategoryMix> categorical;
    private final RfmSummary rfm;
    private final List<Distinction> distinctions;
    private final Strategy strategy;
    private final SegmentRule rule;

    SegmentProfile(int id, SegmentName name, int size, double share, List<NumericContrast> numeric,
            List<CategoryMix> categorical, RfmSummary rfm, List<Distinction> distinctions, Strategy strategy,
            SegmentRule rule) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.size = size;
        this.share = share;
        this.numeric = List.copyOf(numeric);
        this.categorical = List.copyOf(categorical);
        this.rfm = rfm;
        this.distinctions = List.copyOf(distinctions);
        this.strategy = strategy;
        this.rule = rule;
    }

    /** The same profile with another name, strategy and rule (the profiler's last steps). */
    SegmentProfile with(SegmentName newName, Strategy newStrategy, SegmentRule newRule) {
        return new SegmentProfile(id, newName, size, share, numeric, categorical, rfm, distinctions, newStrategy,
                newRule);
    }

    /** The segment's id: the clustering's label, or {@link #NOISE}. */
    public int id() {
        return id;
    }

    /** The segment's display name, unique among the profiles of one {@link SegmentProfiles}. */
    public String name() {
        return name.name();
    }

    /** The archetype the namer chose, the key of the strategy in the {@link StrategyCatalog}. */
    public String archetype() {
        return name.archetype();
    }

    /** The customers in the segment. */
    public int size() {
        return size;
    }

    /** The segment's customers over all customers profiled (unassigned ones included), in [0, 1]. */
    public double share() {
        return share;
    }

    /** Every numeric feature against everyone, in the dataset's column order. */
    public List<NumericContrast> numeric() {
        return numeric;
    }

    /**
     * One numeric feature against everyone.
     *
     * @param feature the column's name
     * @throws IllegalArgumentException when {@code feature} is not a profiled numeric feature
     */
    public NumericContrast numeric(String feature) {
        for (NumericContrast c : numeric) {
            if (c.feature().equals(feature)) {
                return c;
            }
        }
        throw new IllegalArgumentException("feature \"" + feature + "\" is not a profiled numeric feature");
    }

    /** Every categorical feature's mix against everyone, in the dataset's column order. */
    public List<CategoryMix> categorical() {
        return categorical;
    }

    /**
     * One categorical feature's mix against everyone.
     *
     * @param feature the column's name
     * @throws IllegalArgumentException when {@code feature} is not a profiled categorical feature
     */
    public CategoryMix categorical(String feature) {
        for (CategoryMix m : categorical) {
            if (m.feature().equals(feature)) {
                return m;
            }
        }
        throw new IllegalArgumentException("feature \"" + feature + "\" is not a profiled categorical feature");
    }

    /** Recency, frequency and monetary value against everyone, when those columns were profiled. */
    public Optional<RfmSummary> rfm() {
        return Optional.ofNullable(rfm);
    }

    /**
     * The features that set the segment apart most, largest |effect size| first; see
     * {@link SegmentProfiler} for the ranking and its tie-breaks.
     */
    public List<Distinction> distinctions() {
        return distinctions;
    }

    /**
     * The marketing strategy for the segment's archetype.
     *
     * @throws IllegalStateException when read from a profile that the namer is still looking at (the
     *                               profiler sets the strategy after naming)
     */
    public Strategy strategy() {
        if (strategy == null) {
            throw new IllegalStateException("segment " + id + " has no strategy until it is named");
        }
        return strategy;
    }

    /** The readable rule that picks out the segment's customers, when rules were learned. */
    public Optional<SegmentRule> rule() {
        return Optional.ofNullable(rule);
    }

    JsonObject toState() {
        List<JsonObject> nums = new ArrayList<>();
        for (NumericContrast c : numeric) {
            nums.add(new StateWriter().put("segment", c.segment().toState()).put("overall", c.overall().toState())
                    .toJson());
        }
        List<JsonObject> cats = new ArrayList<>();
        for (CategoryMix m : categorical) {
            List<JsonObject> levels = new ArrayList<>();
            for (LevelShare s : m.levels()) {
                levels.add(new StateWriter().put("level", s.level()).put("count", s.count()).put("share", s.share())
                        .put("overallShare", s.overallShare()).toJson());
            }
            cats.add(new StateWriter().put("feature", m.feature()).put("count", m.count()).putAll("levels", levels)
                    .toJson());
        }
        List<JsonObject> dist = new ArrayList<>();
        for (Distinction d : distinctions) {
            dist.add(new StateWriter().put("feature", d.feature()).put("level", d.level())
                    .put("effectSize", d.effectSize()).put("description", d.description()).toJson());
        }
        StateWriter w = new StateWriter().put("id", id).put("name", name.name()).put("archetype", name.archetype())
                .put("size", size).put("share", share).putAll("numeric", nums).putAll("categorical", cats)
                .putAll("distinctions", dist);
        if (rfm != null) {
            w.put("rfm", new StateWriter().put("recency", rfmState(rfm.recency()))
                    .put("frequency", rfmState(rfm.frequency())).put("monetary", rfmState(rfm.monetary())).toJson());
        }
        if (strategy != null) {
            w.put("strategy", strategy.toState());
        }
        if (rule != null) {
            List<JsonObject> conds = new ArrayList<>();
            for (RuleCondition c : rule.conditions()) {
                conds.add(new StateWriter().put("feature", c.feature()).put("operator", c.operator().name())
                        .put("threshold", c.threshold()).toJson());
            }
            w.put("rule", new StateWriter().putAll("conditions", conds).put("precision", rule.precision())
                    .put("recall", rule.recall()).put("selected", rule.selected()).toJson());
        }
        return w.toJson();
    }

    private static JsonObject rfmState(RfmMeasure m) {
        StateWriter w = new StateWriter().put("column", m.column());
        States.putIfFinite(w, "median", m.median());
        States.putIfFinite(w, "overallMedian", m.overallMedian());
        States.putIfFinite(w, "mean", m.mean());
        States.putIfFinite(w, "overallMean", m.overallMean());
        States.putIfFinite(w, "score", m.score());
        return w.toJson();
    }

    private static RfmMeasure readRfm(StateReader r) {
        return new RfmMeasure(r.string("column"), States.numberOrNaN(r, "median"),
                States.numberOrNaN(r, "overallMedian"), States.numberOrNaN(r, "mean"),
                States.numberOrNaN(r, "overallMean"), States.numberOrNaN(r, "score"));
    }

    /**
     * Reads a profile written by {@code toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path of the first missing or malformed value
     */
    static SegmentProfile read(StateReader r) {
        int id = r.integer("id", NOISE, Integer.MAX_VALUE);
        SegmentName name;
        try {
            name = new SegmentName(r.string("name"), r.string("archetype"));
        } catch (IllegalArgumentException e) {
            throw r.fail("name", e.getMessage());
        }
        int size = r.integer("size", 0, Integer.MAX_VALUE);
        double share = r.number("share");
        if (share < 0.0 || share > 1.0) {
            throw r.fail("share", "expected a share in [0, 1], found " + share);
        }
        List<NumericContrast> numeric = new ArrayList<>();
        for (StateReader c : r.children("numeric")) {
            numeric.add(new NumericContrast(NumericSummary.read(c.child("segment")),
                    NumericSummary.read(c.child("overall"))));
        }
        List<CategoryMix> categorical = new ArrayList<>();
        for (StateReader c : r.children("categorical")) {
            List<LevelShare> levels = new ArrayList<>();
            for (StateReader s : c.children("levels")) {
                levels.add(new LevelShare(s.string("level"), s.integer("count", 0, Integer.MAX_VALUE),
                        s.number("share"), s.number("overallShare")));
            }
            categorical.add(new CategoryMix(c.string("feature"), c.integer("count", 0, Integer.MAX_VALUE), levels));
        }
        List<Distinction> distinctions = new ArrayList<>();
        for (StateReader d : r.children("distinctions")) {
            distinctions.add(new Distinction(d.string("feature"), d.string("level"), d.number("effectSize"),
                    d.string("description")));
        }
        RfmSummary rfm = null;
        if (r.has("rfm")) {
            StateReader s = r.child("rfm");
            rfm = new RfmSummary(readRfm(s.child("recency")), readRfm(s.child("frequency")),
                    readRfm(s.child("monetary")));
        }
        Strategy strategy = r.has("strategy") ? Strategy.read(r.child("strategy")) : null;
        SegmentRule rule = null;
        if (r.has("rule")) {
            StateReader s = r.child("rule");
            List<RuleCondition> conds = new ArrayList<>();
            for (StateReader c : s.children("conditions")) {
                conds.add(new RuleCondition(c.string("feature"), c.enumValue("operator", RuleCondition.Operator.class),
                        c.number("threshold")));
            }
            rule = new SegmentRule(conds, s.number("precision"), s.number("recall"),
                    s.integer("selected", 0, Integer.MAX_VALUE));
        }
        return new SegmentProfile(id, name, size, share, numeric, categorical, rfm, distinctions, strategy, rule);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentProfile p && id == p.id && size == p.size
                && Double.compare(share, p.share) == 0 && name.equals(p.name) && numeric.equals(p.numeric)
                && categorical.equals(p.categorical) && Objects.equals(rfm, p.rfm)
                && distinctions.equals(p.distinctions) && Objects.equals(strategy, p.strategy)
                && Objects.equals(rule, p.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, size, share, numeric, categorical, rfm, distinctions, strategy, rule);
    }

    @Override
    public String toString() {
        return "SegmentProfile[" + id + " \"" + name.name() + "\", " + size + " customers]";
    }
}
