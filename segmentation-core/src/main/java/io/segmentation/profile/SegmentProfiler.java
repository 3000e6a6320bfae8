package io.segmentation.profile;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.DataSummary;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Describes, names and gives a strategy to every segment of a clustering, from the customers in their
 * original units and one label per customer. Immutable and reusable; made by {@link #builder()}.
 *
 * <p>What {@link #profile(Dataset, int[])} does, for each segment (each distinct label {@code >= 0}):
 * <ol>
 *   <li>statistics of every numeric column (mean, median, sample sd, missing values left out) and every
 *       categorical column (share of each level) over the segment and over all customers, the unassigned
 *       ones (label {@link SegmentProfile#NOISE}) included; id columns and {@linkplain Builder#ignore
 *       ignored} columns are left out;</li>
 *   <li>the RFM summary ({@link RfmMeasure}) when the recency, frequency and monetary columns are there;</li>
 *   <li>the distinguishing features: every numeric feature with its {@link NumericContrast#effectSize()}
 *       and, per categorical feature, its one level of largest |{@link LevelShare#effectSize()}|
 *       (ties, up to a relative 1e-12: the over-represented level, then the more frequent overall), ranked by |effect size|,
 *       largest first; ties keep the dataset's column order. Effects of 0 or NaN are left out. The first
 *       {@link Builder#topFeatures(int)} are kept;</li>
 *   <li>a name from the {@link SegmentNamer}, made unique (below), and the strategy of its archetype from
 *       the {@link StrategyCatalog};</li>
 *   <li>optionally a rule from a shallow decision tree ({@link Builder#ruleDepth(int)}).</li>
 * </ol>
 * The unassigned customers are profiled the same way into {@link SegmentProfiles#noise()}, named
 * {@value #NOISE_NAME} with archetype {@value StrategyCatalog#NOISE}; no rule is learned for them.
 *
 * <p><b>Unique names.</b> Segments claim names largest first (equal sizes: lower id first). A segment whose
 * name is taken gets its top distinguishing feature appended ({@code "Loyal · high income"}); if that is
 * taken too, or it has none, the first free of {@code "Loyal 2"}, {@code "Loyal 3"}, ... So the largest of
 * several look-alike segments keeps the plain name, on every run.
 *
 * <p>Cost: O(n log n) per numeric column per segment (medians sort) plus O(n·d²) per segment for the
 * correlations {@link DataSummary} also computes; rules add O(d·n log n) once and O(depth·d·n) per segment.
 *
 * <pre>{@code
 * SegmentProfiles profiles = SegmentProfiler.builder()
 *         .ignore("true_segment")
 *         .topFeatures(3)
 *         .build()
 *         .profile(customers, model.labels());
 * String report = profiles.toMarkdown();
 * }</pre>
 */
public final class SegmentProfiler {
    /** The name of the unassigned customers' profile. */
    public static final String NOISE_NAME = "Unassigned";
    /** Default recency column: days since the last order. */
    public static final String RECENCY = "recency_days";
    /** Default frequency column: orders in the period. */
    public static final String FREQUENCY = "frequency";
    /** Default monetary column: spend in the period. */
    public static final String MONETARY = "monetary";
    /** Relative difference below which two effect sizes of one categorical feature count as tied. */
    private static final double TIE = 1e-12;

    /** Whether the profiles get an RFM summary. */
    public enum Rfm {
        /** When all three RFM columns are numeric columns of the dataset (the default). */
        AUTO,
        /** Always; {@code profile} fails when a column is missing or not numeric. */
        REQUIRED,
        /** Never. */
        OFF
    }

    private final int topFeatures;
    private final SegmentNamer namer;
    private final StrategyCatalog catalog;
    private final Rfm rfm;
    private final String recency;
    private final String frequency;
    private final String monetary;
    private final int ruleDepth;
    private final List<String> ignored;

    private SegmentProfiler(Builder b) {
        this.topFeatures = b.topFeatures;
        this.namer = b.namer;
        this.catalog = b.catalog == null ? StrategyCatalog.defaults() : b.catalog;
        this.rfm = b.rfm;
        this.recency = b.recency;
        this.frequency = b.frequency;
        this.monetary = b.monetary;
        this.ruleDepth = b.ruleDepth;
        this.ignored = List.copyOf(b.ignored);
    }

    /** A builder with the defaults: 3 features, the RFM namer, the default catalog, RFM auto, depth 3. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this profiler's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.topFeatures = topFeatures;
        b.namer = namer;
        b.catalog = catalog;
        b.rfm = rfm;
        b.recency = recency;
        b.frequency = frequency;
        b.monetary = monetary;
        b.ruleDepth = ruleDepth;
        b.ignored.addAll(ignored);
        return b;
    }

    /** How many distinguishing features each profile keeps. */
    public int topFeatures() {
        return topFeatures;
    }

    /** The depth of the rule trees; 0 when no rules are learned. */
    public int ruleDepth() {
        return ruleDepth;
    }

    /** The columns left out besides id columns. */
    public List<String> ignored() {
        return ignored;
    }

    /**
     * Profiles every segment.
     *
     * @param customers the customers in their original units, not modified
     * @param labels    one segment id per row, {@code >= 0}, or {@link SegmentProfile#NOISE} for an
     *                  unassigned customer; not modified
     * @return the profiles, named, with strategies
     * @throws IllegalArgumentException when {@code labels} and the rows differ in number, a label is below
     *                                  -1, an ignored column does not exist, RFM is {@link Rfm#REQUIRED}
     *                                  and a column is missing or not numeric, or the catalog has no
     *                                  strategy for an archetype and no {@value StrategyCatalog#GENERAL}
     *                                  fallback
     */
    public SegmentProfiles profile(Dataset customers, int[] labels) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(labels, "labels");
        int n = customers.rowCount();
        if (labels.length != n) {
            throw new IllegalArgumentException(
                    "labels must have one value per row (was " + labels.length + " labels for " + n + " rows)");
        }
        for (String name : ignored) {
            if (!customers.has(name)) {
                throw new IllegalArgumentException("ignored column \"" + name + "\" is not in the dataset (columns: "
                        + customers.columnNames() + ")");
            }
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] < SegmentProfile.NOISE) {
                throw new IllegalArgumentException("labels[" + i + "] must be >= -1 (was " + labels[i] + ")");
            }
        }
        // The distinct labels in increasing order (noise first), so that ids with gaps cost nothing.
        int[] ids = labels.clone();
        Arrays.sort(ids);
        int distinct = 0;
        for (int t = 0; t < ids.length; t++) {
            if (t == 0 || ids[t] != ids[t - 1]) {
                ids[distinct++] = ids[t];
            }
        }
        ids = Arrays.copyOf(ids, distinct);
        Dataset features = features(customers);
        boolean useRfm = useRfm(features);

        DataSummary overall = DataSummary.of(features, Integer.MAX_VALUE);
        List<NumericSummary> overallNumeric = new ArrayList<>();
        for (DataSummary.NumericStats s : overall.numeric()) {
            overallNumeric.add(summary(s));
        }
        List<CategoryMix> overallCategorical = new ArrayList<>();
        for (DataSummary.CategoricalStats s : overall.categorical()) {
            List<String> levels = new ArrayList<>();
            int[] counts = new int[s.top().size()];
            for (int t = 0; t < counts.length; t++) {
                levels.add(s.top().get(t).value());
                counts[t] = s.top().get(t).count();
            }
            overallCategorical.add(overallMix(s.column(), levels, counts));
        }
        double[][] rfmSorted = useRfm ? new double[][] {sortedPresent(features.numeric(recency)),
                sortedPresent(features.numeric(frequency)), sortedPresent(features.numeric(monetary))} : null;

        // Rows per label, in row order; counting first keeps it to two passes and exact-size arrays.
        int[] index = new int[n];
        int[] sizes = new int[distinct];
        for (int i = 0; i < n; i++) {
            index[i] = Arrays.binarySearch(ids, labels[i]);
            sizes[index[i]]++;
        }
        int[][] rows = new int[distinct][];
        for (int c = 0; c < distinct; c++) {
            rows[c] = new int[sizes[c]];
        }
        int[] fill = new int[distinct];
        for (int i = 0; i < n; i++) {
            int c = index[i];
            rows[c][fill[c]++] = i;
        }

        List<SegmentProfile> drafts = new ArrayList<>();
        SegmentProfile noise = null;
        for (int c = 0; c < distinct; c++) {
            int id = ids[c];
            SegmentName provisional = id == SegmentProfile.NOISE
                    ? new SegmentName(NOISE_NAME, StrategyCatalog.NOISE)
                    : new SegmentName("Segment " + id, StrategyCatalog.GENERAL);
            SegmentProfile p = draft(id, provisional, features.rows(rows[c]), n, overallNumeric,
                    overallCategorical, rfmSorted);
            if (id == SegmentProfile.NOISE) {
                noise = p.with(provisional, catalog.strategyFor(StrategyCatalog.NOISE), null);
            } else {
                drafts.add(p);
            }
        }

        List<SegmentName> names = uniqueNames(drafts);
        RuleLearner learner = ruleDepth > 0 && !drafts.isEmpty() ? ruleLearner(features, overallNumeric) : null;
        List<SegmentProfile> segments = new ArrayList<>();
        for (int t = 0; t < drafts.size(); t++) {
            SegmentProfile p = drafts.get(t);
            SegmentName name = names.get(t);
            SegmentRule rule = learner == null ? null : learner.learn(labels, p.id());
            segments.add(p.with(name, catalog.strategyFor(name.archetype()), rule));
        }
        return new SegmentProfiles(n, segments, noise, overallNumeric, overallCategorical);
    }

    private Dataset features(Dataset customers) {
        List<String> keep = new ArrayList<>();
        Set<String> skip = new HashSet<>(ignored);
        for (Column c : customers.columns()) {
            if (!(c instanceof IdColumn) && !skip.contains(c.name())) {
                keep.add(c.name());
            }
        }
        return customers.select(keep);
    }

    private boolean useRfm(Dataset features) {
        if (rfm == Rfm.OFF) {
            return false;
        }
        List<String> problems = new ArrayList<>();
        for (String name : List.of(recency, frequency, monetary)) {
            if (!features.has(name)) {
                problems.add("\"" + name + "\" is missing");
            } else if (!(features.column(name) instanceof NumericColumn)) {
                problems.add("\"" + name + "\" is not numeric");
            }
        }
        if (problems.isEmpty()) {
            return true;
        }
        if (rfm == Rfm.REQUIRED) {
            throw new IllegalArgumentException("RFM columns are required but " + String.join(", ", problems));
        }
        return false;
    }

    private SegmentProfile draft(int id, SegmentName provisional, Dataset segment, int n,
            List<NumericSummary> overallNumeric, List<CategoryMix> overallCategorical, double[][] rfmSorted) {
        DataSummary s = DataSummary.of(segment, Integer.MAX_VALUE);
        List<NumericContrast> numeric = new ArrayList<>();
        for (int j = 0; j < overallNumeric.size(); j++) {
            numeric.add(new NumericContrast(summary(s.numeric().get(j)), overallNumeric.get(j)));
        }
        List<CategoryMix> categorical = new ArrayList<>();
        for (int j = 0; j < overallCategorical.size(); j++) {
            DataSummary.CategoricalStats cs = s.categorical().get(j);
            Map<String, Integer> counts = new HashMap<>();
            for (DataSummary.ValueCount v : cs.top()) {
                counts.put(v.value(), v.count());
            }
            CategoryMix all = overallCategorical.get(j);
            List<LevelShare> levels = new ArrayList<>();
            for (LevelShare o : all.levels()) {
                int count = counts.getOrDefault(o.level(), 0);
                double share = cs.count() == 0 ? 0.0 : (double) count / cs.count();
                levels.add(new LevelShare(o.level(), count, share, o.overallShare()));
            }
            categorical.add(new CategoryMix(cs.column(), cs.count(), levels));
        }
        RfmSummary rfmSummary = null;
        if (rfmSorted != null) {
            rfmSummary = new RfmSummary(measure(s, recency, rfmSorted[0], overallNumeric, true),
                    measure(s, frequency, rfmSorted[1], overallNumeric, false),
                    measure(s, monetary, rfmSorted[2], overallNumeric, false));
        }
        double share = n == 0 ? 0.0 : (double) segment.rowCount() / n;
        return new SegmentProfile(id, provisional, segment.rowCount(), share, numeric, categorical, rfmSummary,
                distinctions(numeric, categorical), null, null);
    }

    private static RfmMeasure measure(DataSummary s, String column, double[] sortedOverall,
            List<NumericSummary> overallNumeric, boolean invert) {
        DataSummary.NumericStats seg = s.numeric(column);
        NumericSummary all = null;
        for (NumericSummary o : overallNumeric) {
            if (o.feature().equals(column)) {
                all = o;
            }
        }
        double p = midRank(sortedOverall, seg.median());
        return new RfmMeasure(column, seg.median(), all.median(), seg.mean(), all.mean(), invert ? 1.0 - p : p);
    }

    /** {@code (#{x < v} + ½·#{x = v}) / m} over sorted values; NaN when there are none or v is NaN. */
    static double midRank(double[] sorted, double v) {
        int m = sorted.length;
        if (m == 0 || Double.isNaN(v)) {
            return Double.NaN;
        }
        int below = lowerBound(sorted, v, false);
        int atMost = lowerBound(sorted, v, true);
        return (below + 0.5 * (atMost - below)) / m;
    }

    /** The first index whose value is {@code >= v} (or {@code > v} when {@code strict}). */
    private static int lowerBound(double[] sorted, double v, boolean strict) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean before = strict ? sorted[mid] <= v : sorted[mid] < v;
            if (before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] sortedPresent(NumericColumn c) {
        double[] v = new double[c.size() - c.missingCount()];
        int m = 0;
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                v[m++] = c.get(i);
            }
        }
        Arrays.sort(v);
        return v;
    }

    private List<Distinction> distinctions(List<NumericContrast> numeric, List<CategoryMix> categorical) {
        // Candidates in column order: numeric first, then categorical, matching DataSummary's order.
        List<Distinction> candidates = new ArrayList<>();
        for (NumericContrast c : numeric) {
            double e = c.effectSize();
            if (Double.isFinite(e) && e != 0.0) {
                candidates.add(new Distinction(c.feature(), "", e, c.feature() + " " + Words.number(c.segment().mean())
                        + " vs " + Words.number(c.overall().mean()) + " overall (mean)"));
            }
        }
        for (CategoryMix m : categorical) {
            LevelShare best = null;
            for (LevelShare s : m.levels()) {
                double e = Math.abs(s.effectSize());
                double b = best == null ? 0.0 : Math.abs(best.effectSize());
                // Equal up to rounding counts as a tie: the two levels of a binary feature have effects of
                // the same size and opposite signs, which rounding makes differ in the last bits.
                if (best == null || e > b * (1.0 + TIE)
                        || (e >= b * (1.0 - TIE) && s.effectSize() > 0 && best.effectSize() <= 0)) {
                    best = s;
                }
            }
            if (best != null && best.effectSize() != 0.0 && Double.isFinite(best.effectSize())) {
                candidates.add(new Distinction(m.feature(), best.level(), best.effectSize(), m.feature() + " = "
                        + best.level() + ": " + Words.percent(best.share()) + " vs "
                        + Words.percent(best.overallShare()) + " overall"));
            }
        }
        // Stable sort by |effect|, largest first: equal effects keep the column order.
        candidates.sort((a, b) -> Double.compare(Math.abs(b.effectSize()), Math.abs(a.effectSize())));
        return candidates.subList(0, Math.min(topFeatures, candidates.size()));
    }

    private List<SegmentName> uniqueNames(List<SegmentProfile> drafts) {
        SegmentName[] names = new SegmentName[drafts.size()];
        Integer[] claimOrder = new Integer[drafts.size()];
        for (int t = 0; t < claimOrder.length; t++) {
            claimOrder[t] = t;
        }
        // Largest first; drafts are in id order and the sort is stable, so equal sizes go by id.
        Arrays.sort(claimOrder, (a, b) -> Integer.compare(drafts.get(b).size(), drafts.get(a).size()));
        Set<String> taken = new LinkedHashSet<>();
        taken.add(NOISE_NAME);
        for (int t : claimOrder) {
            SegmentProfile p = drafts.get(t);
            SegmentName proposed = Objects.requireNonNull(namer.name(p), "namer returned null");
            String name = proposed.name();
            if (taken.contains(name) && !p.distinctions().isEmpty()) {
                name = proposed.name() + DescriptiveNamer.SEPARATOR + DescriptiveNamer.label(p.distinctions().get(0));
            }
            for (int k = 2; taken.contains(name); k++) {
                name = proposed.name() + " " + k;
            }
            taken.add(name);
            names[t] = new SegmentName(name, proposed.archetype());
        }
        return Arrays.asList(names);
    }

    private RuleLearner ruleLearner(Dataset features, List<NumericSummary> overallNumeric) {
        List<String> names = new ArrayList<>();
        List<NumericColumn> columns = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        for (NumericSummary s : overallNumeric) {
            if (s.count() > 0) {
                names.add(s.feature());
                columns.add(features.numeric(s.feature()));
                medians.add(s.median());
            }
        }
        int n = features.rowCount();
        int d = names.size();
        double[] x = new double[n * d];
        for (int j = 0; j < d; j++) {
            columns.get(j).copyTo(x, j, d);
            double median = medians.get(j);
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(x[i * d + j])) {
                    x[i * d + j] = median;
                }
            }
        }
        return new RuleLearner(x, n, names, ruleDepth, Math.max(1, n / 100));
    }

    static NumericSummary summary(DataSummary.NumericStats s) {
        return new NumericSummary(s.column(), s.count(), s.mean(), s.median(), s.std());
    }

    /** The overall mix of a categorical feature, share = count / total, share and overall share equal. */
    static CategoryMix overallMix(String feature, List<String> levels, int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        List<LevelShare> shares = new ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            double share = total == 0 ? 0.0 : (double) counts[t] / total;
            shares.add(new LevelShare(levels.get(t), counts[t], share, share));
        }
        return new CategoryMix(feature, total, shares);
    }

    /** The settings of a {@link SegmentProfiler}; each setter checks its argument at once. */
    public static final class Builder {
        private int topFeatures = 3;
        private SegmentNamer namer = SegmentNamer.rfm();
        private StrategyCatalog catalog;
        private Rfm rfm = Rfm.AUTO;
        private String recency = RECENCY;
        private String frequency = FREQUENCY;
        private String monetary = MONETARY;
        private int ruleDepth = 3;
        private final List<String> ignored = new ArrayList<>();

        private Builder() {
        }

        /**
         * How many distinguishing features each profile keeps (default 3).
         *
         * @param count 1 to 20
         */
        public Builder topFeatures(int count) {
            this.topFeatures = Check.between("topFeatures", count, 1, 20);
            return this;
        }

        /**
         * The namer (default {@link SegmentNamer#rfm()}, which names descriptively without RFM columns).
         *
         * @param namer deterministic and free of side effects
         */
        public Builder namer(SegmentNamer namer) {
            this.namer = Objects.requireNonNull(namer, "namer");
            return this;
        }

        /**
         * The strategy catalog (default {@link StrategyCatalog#defaults()}).
         *
         * @param catalog should hold a {@value StrategyCatalog#GENERAL} strategy for unknown archetypes
         */
        public Builder catalog(StrategyCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * The RFM columns, which must then be in the dataset ({@link Rfm#REQUIRED}); by default
         * {@value #RECENCY}, {@value #FREQUENCY} and {@value #MONETARY} are used when present.
         *
         * @param recency   days since the last order
         * @param frequency orders in the period
         * @param monetary  spend in the period
         */
        public Builder rfmColumns(String recency, String frequency, String monetary) {
            this.recency = Check.notBlank("recency", recency);
            this.frequency = Check.notBlank("frequency", frequency);
            this.monetary = Check.notBlank("monetary", monetary);
            this.rfm = Rfm.REQUIRED;
            return this;
        }

        /**
         * Whether to summarize RFM.
         *
         * @param rfm {@link Rfm#AUTO} (default), {@link Rfm#REQUIRED} or {@link Rfm#OFF}
         */
        public Builder rfm(Rfm rfm) {
            this.rfm = Objects.requireNonNull(rfm, "rfm");
            return this;
        }

        /**
         * The depth of the one-vs-rest trees that learn a rule per segment (default 3); 0 learns no rules.
         *
         * <p>Each tree is CART with Gini impurity on the original numeric columns, missing values counted
         * as the column's overall median; thresholds are data values; a split must leave at least
         * max(1, n/100) customers on each side and lower the impurity; ties go to the earlier column, then
         * the lower threshold. The rule is the path to the leaf with the best F1 score for the segment (ties:
         * the shallower, then the further left), with conditions on one column and side merged to the
         * tightest. Reference: L. Breiman, J. Friedman, R. Olshen and C. Stone, "Classification and
         * Regression Trees", Wadsworth, 1984.
         *
         * @param depth 0 to 3
         */
        public Builder ruleDepth(int depth) {
            this.ruleDepth = Check.between("ruleDepth", depth, 0, 3);
            return this;
        }

        /**
         * Columns to leave out of the profiles besides id columns (which are always left out), such as a
         * known label like {@code true_segment}; adds to earlier calls.
         *
         * @param columns column names, not blank; they must be in the profiled dataset
         */
        public Builder ignore(String... columns) {
            for (String c : columns) {
                ignored.add(Check.notBlank("ignored column", c));
            }
            return this;
        }

        /**
         * The profiler.
         *
         * @throws IllegalStateException when the RFM column names are not distinct
         */
        public SegmentProfiler build() {
            List<String> problems = new ArrayList<>();
            if (new HashSet<>(List.of(recency, frequency, monetary)).size() < 3) {
                problems.add("RFM columns must be three different columns (was " + recency + ", " + frequency
                        + ", " + monetary + ")");
            }
            if (rfm != Rfm.OFF) {
                for (String c : List.of(recency, frequency, monetary)) {
                    if (ignored.contains(c) && rfm == Rfm.REQUIRED) {
                        problems.add("RFM column \"" + c + "\" is also ignored");
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("SegmentProfiler is invalid:\n  - " + String.join("\n  - ", problems));
            }
            return new SegmentProfiler(this);
        }
    }
}
