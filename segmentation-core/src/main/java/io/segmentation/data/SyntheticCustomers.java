package io.segmentation.data;

import io.segmentation.internal.Chunks;
import io.segmentation.internal.Workers;
import io.segmentation.internal.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import net.datafaker.Faker;

/**
 * A seeded generator of realistic synthetic customers, for examples, tests and benchmarks: 26 features
 * over demographics, RFM, engagement and transactions, with a known {@code true_segment} that
 * clustering should recover. The configuration is immutable; {@link #generate()} returns a new
 * {@link Dataset} each time, and the same configuration gives an equal dataset on any machine, locale and
 * number of threads.
 *
 * <p>Each customer first draws a segment (see {@link Segment}) and a latent engagement level; every
 * feature is then drawn from its segment's law, shifted by engagement and income, so that features
 * correlate within segments as well as between them: income with spend (+), frequency with monetary
 * (+), recency with engagement (−). Spend is log-normal, rates are logit-normal in (0, 1), counts are
 * Poisson with a log-normal mean (over-dispersed, like a negative binomial). A small share of customers
 * become outliers (huge orders, huge incomes or bot-like web visits), and then cells go missing
 * independently at each column's rate. {@code docs/synthetic-customers.md} lists every feature.
 *
 * <p>Regions and cities are one fixed set of names, the same for every seed (so a second batch drawn with
 * another seed is new customers of the same market, not a new country): made once per JVM by a
 * {@link Faker} (locale en-US) with a fixed seed; they depend on the datafaker version pinned by this library.
 * The seed decides who lives where.
 *
 * <p>Cost: O(n · features) time and about 250 bytes per customer; rows are generated in fixed chunks of
 * {@link Chunks#SIZE}, each from its own {@link SplittableRandom#split() split} of one
 * {@code SplittableRandom(seed)} taken in chunk order, so {@code threads} changes only the speed. The
 * first call in a JVM also pays datafaker's start-up (loading its dictionaries) to name the places.
 *
 * <p>References: normal variates by G. Marsaglia and T. A. Bray, "A convenient method for generating
 * normal variables", SIAM Review 6(3), 1964, doi:10.1137/1006063; RFM segments after A. M. Hughes,
 * <i>Strategic Database Marketing</i>, 1994; the logit-normal law after J. Aitchison and S. M. Shen,
 * "Logistic-normal distributions", Biometrika 67(2), 1980, doi:10.1093/biomet/67.2.261.
 *
 * <pre>{@code
 * Dataset customers = SyntheticCustomers.builder().n(10_000).seed(7).build().generate();
 * Dataset features = customers.drop("customer_id", "true_segment");
 * }</pre>
 */
public final class SyntheticCustomers {
    /** The name of the id column. */
    public static final String ID_COLUMN = "customer_id";
    /** The name of the categorical column that holds each customer's {@link Segment#label()}. */
    public static final String SEGMENT_COLUMN = "true_segment";

    /** The segments embedded in the data, each with a label, a default share and what sets it apart. */
    public enum Segment {
        /** Bought very recently, very often and a lot; highly engaged, satisfied, loyalty members. */
        CHAMPIONS("champions", 0.12),
        /** Long tenure, regular orders of medium value, steady engagement. */
        LOYAL("loyal", 0.18),
        /** Few but very large orders, high incomes, electronics, modest engagement. */
        BIG_SPENDERS("big_spenders", 0.10),
        /** Frequent small orders, mostly discounted; many web visits and abandoned carts. */
        BARGAIN_HUNTERS("bargain_hunters", 0.17),
        /** Used to buy; now months since the last order, low satisfaction, many support tickets. */
        AT_RISK("at_risk", 0.15),
        /** Bought once or twice, long ago; barely open an email. */
        HIBERNATING("hibernating", 0.18),
        /** Joined in the last six months; one or two recent orders, curious engagement. */
        NEW("new", 0.10);

        private final String label;
        private final double defaultShare;

        Segment(String label, double defaultShare) {
            this.label = label;
            this.defaultShare = defaultShare;
        }

        /** The value written to {@code true_segment}, lower snake case ({@code "bargain_hunters"}). */
        public String label() {
            return label;
        }

        /** The share of customers in this segment unless the builder says otherwise. */
        public double defaultShare() {
            return defaultShare;
        }
    }

    // Column order of the generated dataset after customer_id; true_segment comes last.
    static final int AGE = 0;
    static final int GENDER = 1;
    static final int INCOME = 2;
    static final int EDUCATION = 3;
    static final int MARITAL = 4;
    static final int HOUSEHOLD = 5;
    static final int REGION = 6;
    static final int CITY = 7;
    static final int RECENCY = 8;
    static final int FREQUENCY = 9;
    static final int MONETARY = 10;
    static final int AOV = 11;
    static final int TENURE = 12;
    static final int WEB = 13;
    static final int APP = 14;
    static final int SESSION = 15;
    static final int OPEN = 16;
    static final int CLICK = 17;
    static final int CART = 18;
    static final int DISCOUNT = 19;
    static final int RETURNS = 20;
    static final int CHANNEL = 21;
    static final int CATEGORY = 22;
    static final int LOYALTY = 23;
    static final int SATISFACTION = 24;
    static final int TICKETS = 25;
    static final int FEATURES = 26;

    private static final String[] NAMES = {
        "age", "gender", "income", "education", "marital_status", "household_size", "region", "city",
        "recency_days", "frequency", "monetary", "avg_order_value", "tenure_months",
        "web_visits", "app_sessions", "avg_session_minutes", "email_open_rate", "email_click_rate",
        "cart_abandonment_rate", "discount_usage", "return_rate", "preferred_channel", "preferred_category",
        "loyalty_member", "satisfaction", "support_tickets",
    };
    private static final boolean[] CATEGORICAL = new boolean[FEATURES];

    static {
        for (int f : new int[] {GENDER, EDUCATION, MARITAL, REGION, CITY, CHANNEL, CATEGORY, LOYALTY}) {
            CATEGORICAL[f] = true;
        }
    }

    private static final List<String> GENDERS = List.of("female", "male", "non_binary");
    private static final double[] GENDER_CUM = Draws.cumulative(0.49, 0.48, 0.03);
    private static final List<String> EDUCATIONS =
            List.of("high_school", "some_college", "bachelor", "master", "doctorate");
    private static final double[] EDUCATION_CUM = Draws.cumulative(0.28, 0.22, 0.31, 0.15, 0.04);
    private static final double[] EDUCATION_INCOME = {0.75, 0.88, 1.08, 1.32, 1.55};
    private static final List<String> MARITALS = List.of("single", "married", "divorced", "widowed");
    private static final double[] MARITAL_UNDER_30 = Draws.cumulative(0.80, 0.18, 0.02, 0.0);
    private static final double[] MARITAL_30_TO_59 = Draws.cumulative(0.28, 0.56, 0.14, 0.02);
    private static final double[] MARITAL_60_PLUS = Draws.cumulative(0.10, 0.55, 0.15, 0.20);
    private static final double[] HOUSEHOLD_EXTRA = {0.45, 1.55, 0.60, 0.25};
    private static final List<String> CHANNELS = List.of("online", "mobile_app", "in_store");
    private static final List<String> CATEGORIES =
            List.of("electronics", "fashion", "home_garden", "grocery", "beauty", "sports");
    private static final List<String> YES_NO = List.of("no", "yes");

    private static final int REGIONS = 8;
    /** The seed of the place names: fixed, so that every dataset shares the same regions and cities. */
    private static final long WORLD_SEED = 42L;
    private static final int CITIES_PER_REGION = 6;
    private static final double MEDIAN_INCOME = 52_000.0;

    // Per-segment parameters, in Segment order: CH, LO, BS, BH, AR, HI, NEW.
    private static final double[] AGE_MEAN = {41, 47, 48, 36, 44, 51, 31};
    private static final double[] INCOME_FACTOR = {1.15, 1.00, 1.85, 0.80, 1.00, 0.92, 0.95};
    private static final double[] RECENCY_MEDIAN = {5, 16, 24, 28, 105, 250, 9};
    private static final double[] FREQUENCY_MEAN = {26, 14, 5, 13, 5, 1.6, 2.0};
    private static final double[] AOV_MEDIAN = {105, 62, 390, 30, 70, 48, 55};
    private static final double[] TENURE_MEDIAN = {46, 70, 34, 28, 40, 52, 3};
    private static final double[] WEB_MEAN = {14, 7, 5, 13, 2.2, 0.5, 7};
    private static final double[] APP_MEAN = {22, 10, 4, 8, 1.8, 0.3, 6};
    private static final double[] SESSION_MEDIAN = {9, 7, 12, 6, 4, 3, 6};
    private static final double[] OPEN_LOGIT = logits(0.55, 0.45, 0.30, 0.50, 0.17, 0.06, 0.42);
    private static final double[] CLICK_OF_OPEN_LOGIT = logits(0.35, 0.25, 0.20, 0.32, 0.12, 0.05, 0.22);
    private static final double[] CART_LOGIT = logits(0.15, 0.20, 0.28, 0.45, 0.55, 0.65, 0.35);
    private static final double[] DISCOUNT_LOGIT = logits(0.18, 0.22, 0.08, 0.72, 0.30, 0.35, 0.30);
    private static final double[] RETURN_LOGIT = logits(0.04, 0.05, 0.14, 0.10, 0.18, 0.08, 0.06);
    private static final double[] SATISFACTION_MEAN = {4.5, 4.2, 3.9, 3.6, 2.5, 3.1, 3.9};
    private static final double[] TICKETS_MEAN = {0.8, 0.6, 1.0, 1.2, 3.2, 0.3, 0.8};
    private static final double[] LOYALTY_PROBABILITY = {0.85, 0.80, 0.50, 0.45, 0.35, 0.15, 0.10};
    private static final double[][] CHANNEL_CUM = {
        Draws.cumulative(0.35, 0.50, 0.15), Draws.cumulative(0.35, 0.30, 0.35),
        Draws.cumulative(0.45, 0.20, 0.35), Draws.cumulative(0.50, 0.35, 0.15),
        Draws.cumulative(0.35, 0.20, 0.45), Draws.cumulative(0.30, 0.10, 0.60),
        Draws.cumulative(0.45, 0.45, 0.10),
    };
    private static final double[][] CATEGORY_CUM = {
        Draws.cumulative(0.22, 0.22, 0.16, 0.14, 0.14, 0.12), Draws.cumulative(0.14, 0.18, 0.20, 0.26, 0.12, 0.10),
        Draws.cumulative(0.42, 0.20, 0.22, 0.04, 0.06, 0.06), Draws.cumulative(0.10, 0.28, 0.10, 0.32, 0.14, 0.06),
        Draws.cumulative(0.18, 0.20, 0.18, 0.20, 0.12, 0.12), Draws.cumulative(0.16, 0.20, 0.18, 0.22, 0.12, 0.12),
        Draws.cumulative(0.18, 0.24, 0.14, 0.16, 0.16, 0.12),
    };
    // Outlier kinds: a huge order, a huge income, bot-like web traffic.
    private static final double[] OUTLIER_KIND_CUM = Draws.cumulative(0.4, 0.3, 0.3);

    private final int n;
    private final long seed;
    private final int threads;
    private final double[] missingRates;
    private final double outlierShare;
    private final double[] segmentCumulative;
    private final double[] segmentShares;

    private SyntheticCustomers(Builder b) {
        this.n = b.n;
        this.seed = b.seed;
        this.threads = b.threads;
        this.missingRates = b.missingRates.clone();
        this.outlierShare = b.outlierShare;
        double total = 0.0;
        for (double w : b.segmentWeights) {
            total += w;
        }
        this.segmentShares = new double[b.segmentWeights.length];
        for (int s = 0; s < segmentShares.length; s++) {
            segmentShares[s] = b.segmentWeights[s] / total;
        }
        this.segmentCumulative = Draws.cumulative(b.segmentWeights);
    }

    /** A builder with the defaults: 2,000 customers, seed 42, one thread, default missing rates and shares. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The names of the 26 feature columns, in the order they appear (after {@code customer_id}). */
    public static List<String> featureNames() {
        return List.of(NAMES);
    }

    /**
     * The default share of cells left missing in a column: 2 % of ages and genders, 8 % of incomes,
     * 6 % of educations, 12 % of satisfaction scores and so on; 0 for RFM and most behaviour columns.
     *
     * @param column one of {@link #featureNames()}
     * @return the default rate, in [0, 1]
     * @throws IllegalArgumentException when {@code column} is not one of {@link #featureNames()}
     */
    public static double defaultMissingRate(String column) {
        return defaultMissingRates()[feature(column)];
    }

    private static double[] defaultMissingRates() {
        double[] rates = new double[FEATURES];
        rates[AGE] = 0.02;
        rates[GENDER] = 0.02;
        rates[INCOME] = 0.08;
        rates[EDUCATION] = 0.06;
        rates[MARITAL] = 0.04;
        rates[HOUSEHOLD] = 0.03;
        rates[REGION] = 0.01;
        rates[CITY] = 0.03;
        rates[SESSION] = 0.02;
        rates[OPEN] = 0.05;
        rates[CLICK] = 0.05;
        rates[SATISFACTION] = 0.12;
        return rates;
    }

    private static int feature(String column) {
        Objects.requireNonNull(column, "column");
        for (int f = 0; f < FEATURES; f++) {
            if (NAMES[f].equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("column \"" + column + "\" is not a feature of SyntheticCustomers; the "
                + "features are " + Arrays.toString(NAMES));
    }

    /** The number of customers to generate. */
    public int n() {
        return n;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The number of threads {@link #generate()} uses; it never changes the result. */
    public int threads() {
        return threads;
    }

    /**
     * The share of cells of {@code column} made missing, in [0, 1].
     *
     * @param column one of {@link #featureNames()}
     * @return the rate, in [0, 1]
     * @throws IllegalArgumentException when {@code column} is not one of {@link #featureNames()}
     */
    public double missingRate(String column) {
        return missingRates[feature(column)];
    }

    /** The probability that a customer is made an outlier, in [0, 1]. */
    public double outlierShare() {
        return outlierShare;
    }

    /**
     * The expected share of {@code segment} among the customers; the shares sum to 1.
     *
     * @param segment the segment
     * @return its weight over the sum of all weights, in [0, 1]
     */
    public double segmentShare(Segment segment) {
        return segmentShares[segment.ordinal()];
    }

    /**
     * Generates the customers: {@code customer_id} ({@code C0000001}, ...), the 26 features of
     * {@link #featureNames()}, and {@code true_segment}.
     *
     * @return a new dataset of {@link #n()} rows
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public Dataset generate() {
        SplittableRandom root = new SplittableRandom(seed);
        Places places = Places.WORLD;
        int chunks = Chunks.count(n);
        // Three streams per chunk, split in chunk order before any work starts: the values, the
        // outliers and the missing cells. Changing a missing rate therefore leaves the values alone.
        SplittableRandom[] values = new SplittableRandom[chunks];
        SplittableRandom[] outliers = new SplittableRandom[chunks];
        SplittableRandom[] missing = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            values[c] = root.split();
            outliers[c] = root.split();
            missing[c] = root.split();
        }
        double[][] num = new double[FEATURES][];
        int[][] cat = new int[FEATURES][];
        for (int f = 0; f < FEATURES; f++) {
            if (CATEGORICAL[f]) {
                cat[f] = new int[n];
            } else {
                num[f] = new double[n];
            }
        }
        int[] segment = new int[n];
        try (Workers workers = Workers.of(threads)) {
            workers.forEachChunk(n, c -> {
                int from = Chunks.from(c);
                int to = Chunks.to(c, n);
                fillRows(new Draws(values[c]), places, num, cat, segment, from, to);
                addOutliers(new Draws(outliers[c]), num, from, to);
                removeCells(missing[c], num, cat, from, to);
            });
        }
        return assemble(places, num, cat, segment);
    }

    private void fillRows(Draws r, Places places, double[][] num, int[][] cat, int[] segment, int from, int to) {
        double[] age = num[AGE];
        double[] income = num[INCOME];
        double[] household = num[HOUSEHOLD];
        double[] recency = num[RECENCY];
        double[] frequency = num[FREQUENCY];
        double[] monetary = num[MONETARY];
        double[] aov = num[AOV];
        double[] tenure = num[TENURE];
        double[] web = num[WEB];
        double[] app = num[APP];
        double[] session = num[SESSION];
        double[] open = num[OPEN];
        double[] click = num[CLICK];
        double[] cart = num[CART];
        double[] discount = num[DISCOUNT];
        double[] returns = num[RETURNS];
        double[] satisfaction = num[SATISFACTION];
        double[] tickets = num[TICKETS];
        int[] gender = cat[GENDER];
        int[] education = cat[EDUCATION];
        int[] marital = cat[MARITAL];
        int[] region = cat[REGION];
        int[] city = cat[CITY];
        int[] channel = cat[CHANNEL];
        int[] category = cat[CATEGORY];
        int[] loyalty = cat[LOYALTY];
        int newSegment = Segment.NEW.ordinal();
        for (int i = from; i < to; i++) {
            int s = r.pick(segmentCumulative);
            segment[i] = s;
            // The latent engagement level: raises visits, sessions, opens and frequency, lowers recency.
            double engaged = r.normal();

            double a = Math.min(90.0, Math.max(18.0, Math.rint(AGE_MEAN[s] + 12.0 * r.normal())));
            age[i] = a;
            gender[i] = r.pick(GENDER_CUM);
            int e = r.pick(EDUCATION_CUM);
            education[i] = e;
            int m = r.pick(a < 30.0 ? MARITAL_UNDER_30 : a < 60.0 ? MARITAL_30_TO_59 : MARITAL_60_PLUS);
            marital[i] = m;
            household[i] = 1 + r.poisson(HOUSEHOLD_EXTRA[m]);
            int g = r.pick(places.regionCumulative);
            region[i] = g;
            city[i] = g * CITIES_PER_REGION + r.pick(places.cityCumulative);

            // Income rises with education, region and age (up to 60); spend rises with income.
            double yearly = MEDIAN_INCOME * INCOME_FACTOR[s] * EDUCATION_INCOME[e] * places.regionIncome[g]
                    * StrictMath.exp(0.012 * (Math.min(a, 60.0) - 40.0) + 0.40 * r.normal());
            income[i] = 10.0 * Math.rint(yearly / 10.0);
            double spendFactor = StrictMath.pow(yearly / MEDIAN_INCOME, 0.4);

            double months = s == newSegment
                    ? 1.0 + Math.floor(6.0 * r.uniform())
                    : Math.min(240.0, Math.max(7.0, Math.rint(r.logNormal(TENURE_MEDIAN[s], 0.4))));
            tenure[i] = months;
            double days = Math.rint(r.logNormal(RECENCY_MEDIAN[s], 0.5) * StrictMath.exp(-0.35 * engaged));
            recency[i] = Math.min(days, 30.0 * months);

            // 1 + Poisson with a log-normal mean (mean factor exp(σ²/2)·exp(-σ²/2) = 1 for σ = 0.3).
            double orders = 1 + r.poisson((FREQUENCY_MEAN[s] - 1.0)
                    * StrictMath.exp(0.25 * engaged + 0.3 * r.normal() - 0.045));
            frequency[i] = orders;
            double orderValue = r.logNormal(AOV_MEDIAN[s], 0.35) * spendFactor;
            aov[i] = cents(orderValue);
            monetary[i] = cents(orders * orderValue * r.logNormal(1.0, 0.15));

            web[i] = r.poisson(WEB_MEAN[s] * StrictMath.exp(0.35 * engaged + 0.3 * r.normal() - 0.045));
            app[i] = r.poisson(APP_MEAN[s] * StrictMath.exp(0.35 * engaged + 0.4 * r.normal() - 0.08));
            session[i] = Math.max(0.5, Math.rint(10.0 * r.logNormal(SESSION_MEDIAN[s], 0.4)) / 10.0);
            double opened = r.logitNormal(OPEN_LOGIT[s], 0.4 * engaged, 0.5);
            open[i] = rate(opened);
            click[i] = rate(opened * r.logitNormal(CLICK_OF_OPEN_LOGIT[s], 0.2 * engaged, 0.5));
            cart[i] = rate(r.logitNormal(CART_LOGIT[s], -0.25 * engaged, 0.5));
            discount[i] = rate(r.logitNormal(DISCOUNT_LOGIT[s], 0.0, 0.6));
            returns[i] = rate(r.logitNormal(RETURN_LOGIT[s], 0.0, 0.6));
            channel[i] = r.pick(CHANNEL_CUM[s]);
            category[i] = r.pick(CATEGORY_CUM[s]);
            loyalty[i] = r.chance(LOYALTY_PROBABILITY[s]) ? 1 : 0;
            double score = Math.rint(SATISFACTION_MEAN[s] + 0.25 * engaged + 0.7 * r.normal());
            satisfaction[i] = Math.min(5.0, Math.max(1.0, score));
            tickets[i] = r.poisson(TICKETS_MEAN[s] * StrictMath.exp(0.3 * r.normal() - 0.045));
        }
    }

    private void addOutliers(Draws r, double[][] num, int from, int to) {
        if (outlierShare == 0.0) {
            return;
        }
        for (int i = from; i < to; i++) {
            if (!r.chance(outlierShare)) {
                continue;
            }
            switch (r.pick(OUTLIER_KIND_CUM)) {
                case 0 -> { // one enormous order (a reseller, or a typo at the till)
                    double extra = r.uniform(8.0, 20.0) * num[AOV][i] * num[FREQUENCY][i];
                    num[MONETARY][i] = cents(num[MONETARY][i] + extra);
                    num[AOV][i] = cents(num[MONETARY][i] / num[FREQUENCY][i]);
                }
                case 1 -> num[INCOME][i] = 10.0 * Math.rint(num[INCOME][i] * r.uniform(8.0, 15.0) / 10.0);
                default -> num[WEB][i] = Math.rint(num[WEB][i] * r.uniform(8.0, 12.0) + r.uniform(150.0, 400.0));
            }
        }
    }

    private void removeCells(SplittableRandom chunkMissing, double[][] num, int[][] cat, int from, int to) {
        for (int f = 0; f < FEATURES; f++) {
            // One stream per column, split whatever the rates, so each column's holes depend only on
            // the seed and its own rate.
            Draws r = new Draws(chunkMissing.split());
            double p = missingRates[f];
            if (p == 0.0) {
                continue;
            }
            if (CATEGORICAL[f]) {
                int[] codes = cat[f];
                for (int i = from; i < to; i++) {
                    if (r.chance(p)) {
                        codes[i] = CategoricalColumn.MISSING;
                    }
                }
            } else {
                double[] v = num[f];
                for (int i = from; i < to; i++) {
                    if (r.chance(p)) {
                        v[i] = Double.NaN;
                    }
                }
            }
        }
    }

    private Dataset assemble(Places places, double[][] num, int[][] cat, int[] segment) {
        List<Column> columns = new ArrayList<>(FEATURES + 2);
        columns.add(IdColumn.of(ID_COLUMN, ids(n)));
        for (int f = 0; f < FEATURES; f++) {
            if (!CATEGORICAL[f]) {
                columns.add(NumericColumn.wrap(NAMES[f], num[f]));
                continue;
            }
            List<String> levels = switch (f) {
                case GENDER -> GENDERS;
                case EDUCATION -> EDUCATIONS;
                case MARITAL -> MARITALS;
                case REGION -> places.regions;
                case CITY -> places.cities;
                case CHANNEL -> CHANNELS;
                case CATEGORY -> CATEGORIES;
                default -> YES_NO;
            };
            columns.add(CategoricalColumn.ofCodes(NAMES[f], cat[f], levels));
        }
        List<String> labels = new ArrayList<>();
        for (Segment s : Segment.values()) {
            labels.add(s.label());
        }
        columns.add(CategoricalColumn.ofCodes(SEGMENT_COLUMN, segment, labels));
        return Dataset.ofColumns(columns);
    }

    private static String[] ids(int n) {
        int width = Math.max(7, Integer.toString(n).length());
        String[] ids = new String[n];
        char[] buffer = new char[width + 1];
        buffer[0] = 'C';
        for (int i = 0; i < n; i++) {
            int v = i + 1;
            for (int p = width; p >= 1; p--) {
                buffer[p] = (char) ('0' + v % 10);
                v /= 10;
            }
            ids[i] = new String(buffer);
        }
        return ids;
    }

    private static double cents(double amount) {
        return Math.rint(amount * 100.0) / 100.0;
    }

    private static double rate(double p) {
        return Math.rint(p * 10_000.0) / 10_000.0;
    }

    private static double[] logits(double... p) {
        double[] z = new double[p.length];
        for (int s = 0; s < p.length; s++) {
            z[s] = StrictMath.log(p[s] / (1.0 - p[s]));
        }
        return z;
    }

    @Override
    public String toString() {
        return "SyntheticCustomers[n=" + n + ", seed=" + seed + ", threads=" + threads + ", outlierShare="
                + outlierShare + "]";
    }

    /** The regions and cities of one dataset: names made by a seeded {@link Faker}, and their weights. */
    private static final class Places {
        final List<String> regions;
        final List<String> cities;
        final double[] regionCumulative;
        final double[] cityCumulative;
        final double[] regionIncome;

        private Places(List<String> regions, List<String> cities) {
            this.regions = regions;
            this.cities = cities;
            // Zipf-like weights: the first region and the first city of each region are the largest.
            double[] rw = new double[REGIONS];
            regionIncome = new double[REGIONS];
            for (int g = 0; g < REGIONS; g++) {
                rw[g] = 1.0 / StrictMath.pow(g + 1.0, 0.6);
                regionIncome[g] = 1.2 - 0.05 * g;   // 1.20 down to 0.85
            }
            double[] cw = new double[CITIES_PER_REGION];
            for (int k = 0; k < CITIES_PER_REGION; k++) {
                cw[k] = 1.0 / (k + 1.0);
            }
            regionCumulative = Draws.cumulative(rw);
            cityCumulative = Draws.cumulative(cw);
        }

        /** The one market every dataset lives in, named on first use. */
        static final Places WORLD = make(WORLD_SEED);

        static Places make(long seed) {
            // An explicit locale and random keep the names the same whatever the default locale.
            Faker faker = new Faker(Locale.US, new Random(seed));
            Set<String> regions = new LinkedHashSet<>();
            while (regions.size() < REGIONS) {
                regions.add(faker.address().state());
            }
            Set<String> cities = new LinkedHashSet<>();
            while (cities.size() < REGIONS * CITIES_PER_REGION) {
                cities.add(faker.address().cityName());
            }
            return new Places(List.copyOf(regions), List.copyOf(cities));
        }
    }

    /**
     * Collects the generator's settings; each setter checks its argument at once.
     */
    public static final class Builder {
        private int n = 2_000;
        private long seed = 42L;
        private int threads = 1;
        private double[] missingRates = defaultMissingRates();
        private double outlierShare = 0.005;
        private final double[] segmentWeights = new double[Segment.values().length];

        private Builder() {
            for (Segment s : Segment.values()) {
                segmentWeights[s.ordinal()] = s.defaultShare();
            }
        }

        private Builder(SyntheticCustomers c) {
            n = c.n;
            seed = c.seed;
            threads = c.threads;
            missingRates = c.missingRates.clone();
            outlierShare = c.outlierShare;
            System.arraycopy(c.segmentShares, 0, segmentWeights, 0, segmentWeights.length);
        }

        /**
         * The number of customers.
         *
         * @param n at least 1 (default 2,000); memory is about 250 bytes per customer
         * @throws IllegalArgumentException when {@code n < 1}
         */
        public Builder n(int n) {
            this.n = Check.atLeast("n", n, 1);
            return this;
        }

        /**
         * The seed; equal seeds (and settings) give equal datasets.
         *
         * @param seed any value (default 42)
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The number of threads; the dataset is the same for any number.
         *
         * @param threads at least 1 (default 1)
         * @throws IllegalArgumentException when {@code threads < 1}
         */
        public Builder threads(int threads) {
            this.threads = Check.atLeast("threads", threads, 1);
            return this;
        }

        /**
         * The share of {@code column}'s cells made missing, each cell independently.
         *
         * @param column one of {@link SyntheticCustomers#featureNames()}
         * @param rate   in [0, 1]
         * @throws IllegalArgumentException when the column is not a feature or the rate is outside [0, 1]
         */
        public Builder missingRate(String column, double rate) {
            int f = feature(column);
            missingRates[f] = Check.between("missing rate of \"" + column + "\"", rate, 0.0, 1.0);
            return this;
        }

        /** Sets every column's missing rate to 0. */
        public Builder noMissingValues() {
            Arrays.fill(missingRates, 0.0);
            return this;
        }

        /**
         * The probability that a customer becomes an outlier: a huge order (monetary and average order
         * value 8–20 times larger), a huge income (8–15 times) or bot-like web visits (about 10 times
         * plus 150–400).
         *
         * @param share in [0, 1] (default 0.005)
         * @throws IllegalArgumentException when the share is outside [0, 1]
         */
        public Builder outlierShare(double share) {
            this.outlierShare = Check.between("outlierShare", share, 0.0, 1.0);
            return this;
        }

        /**
         * The relative weight of a segment; weights are divided by their sum. A weight of 0 leaves the
         * segment out.
         *
         * @param segment the segment
         * @param weight finite and at least 0 (defaults: {@link Segment#defaultShare()})
         * @throws IllegalArgumentException when the weight is negative, infinite or NaN
         */
        public Builder segmentWeight(Segment segment, double weight) {
            Objects.requireNonNull(segment, "segment");
            segmentWeights[segment.ordinal()] = Check.finiteAtLeast("weight of " + segment.label(), weight, 0.0);
            return this;
        }

        /**
         * Sets every segment's weight at once.
         *
         * @param weights a weight for each segment; segments left out get weight 0; not modified
         * @throws IllegalArgumentException when a weight is negative, infinite or NaN
         */
        public Builder segmentWeights(Map<Segment, Double> weights) {
            Map<Segment, Double> copy = new EnumMap<>(Segment.class);
            copy.putAll(weights);
            for (Segment s : Segment.values()) {
                Double w = copy.get(s);
                segmentWeight(s, w == null ? 0.0 : w);
            }
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalStateException when every segment weight is 0
         */
        public SyntheticCustomers build() {
            double total = 0.0;
            Map<String, Double> weights = new LinkedHashMap<>();
            for (Segment s : Segment.values()) {
                total += segmentWeights[s.ordinal()];
                weights.put(s.label(), segmentWeights[s.ordinal()]);
            }
            if (!(total > 0.0)) {
                throw new IllegalStateException("SyntheticCustomers is incomplete:\n  - every segment weight is 0 "
                        + "(was " + weights + ")");
            }
            return new SyntheticCustomers(this);
        }
    }
}
