package io.segmentation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.segmentation.data.SyntheticCustomers.Segment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SyntheticCustomersTest {
    /** Large enough that shares and correlations are tight (binomial sd of a 10 % share: 0.2 points). */
    private static final int N = 20_000;
    private static final Dataset CUSTOMERS = SyntheticCustomers.builder().n(N).seed(2024).build().generate();

    private static final List<String> RATES = List.of("email_open_rate", "email_click_rate",
            "cart_abandonment_rate", "discount_usage", "return_rate");
    private static final List<String> COUNTS = List.of("household_size", "recency_days", "frequency",
            "tenure_months", "web_visits", "app_sessions", "satisfaction", "support_tickets");

    @Test
    void the_same_seed_writes_a_byte_identical_csv_that_reads_back_equal(@TempDir Path dir) throws Exception {
        SyntheticCustomers generator = SyntheticCustomers.builder().n(1_500).seed(99).build();
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        generator.generate().writeCsv(first);
        generator.toBuilder().threads(3).build().generate().writeCsv(second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

        Dataset generated = generator.generate();
        Dataset read = Dataset.readCsv(first, CsvOptions.builder().schema(generated.schema()).build());
        assertEquals(generated, read);
    }

    @Test
    void the_same_seed_gives_an_equal_dataset_on_one_or_more_threads() {
        SyntheticCustomers config = SyntheticCustomers.builder().n(9_000).seed(7).build();

        Dataset first = config.generate();
        Dataset again = config.generate();
        Dataset threaded = config.toBuilder().threads(3).build().generate();   // 3 chunks of rows

        assertEquals(first, again);
        assertEquals(first, threaded);
    }

    @Test
    void the_default_locale_does_not_change_the_data() {
        SyntheticCustomers config = SyntheticCustomers.builder().n(300).seed(77).build();
        Dataset here = config.generate();
        Locale before = Locale.getDefault();
        Dataset turkish;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));   // dotless i, comma decimals
            turkish = config.generate();
        } finally {
            Locale.setDefault(before);
        }

        assertEquals(here, turkish);
    }

    @Test
    void different_seeds_share_the_same_regions_and_cities() {
        Dataset a = SyntheticCustomers.builder().n(3_000).seed(1).build().generate();
        Dataset b = SyntheticCustomers.builder().n(3_000).seed(2).build().generate();
        assertEquals(a.categorical("region").levels(), b.categorical("region").levels());
        assertEquals(a.categorical("city").levels(), b.categorical("city").levels());
    }

    @Test
    void different_seeds_give_different_datasets() {
        Dataset a = SyntheticCustomers.builder().n(500).seed(1).build().generate();
        Dataset b = SyntheticCustomers.builder().n(500).seed(2).build().generate();

        assertNotEquals(a, b);
        assertNotEquals(a.column("monetary"), b.column("monetary"));
        assertNotEquals(a.column("true_segment"), b.column("true_segment"));
    }

    @Test
    void the_number_of_customers_is_respected_and_defaults_to_two_thousand() {
        assertEquals(2_000, SyntheticCustomers.builder().build().n());
        assertEquals(2_000, SyntheticCustomers.builder().build().generate().rowCount());
        assertEquals(1, SyntheticCustomers.builder().n(1).build().generate().rowCount());
        assertEquals(N, CUSTOMERS.rowCount());
    }

    @Test
    void columns_are_an_id_then_at_least_22_typed_features_then_the_true_segment() {
        List<String> names = CUSTOMERS.columnNames();
        List<String> features = SyntheticCustomers.featureNames();

        assertThat(features).hasSizeGreaterThanOrEqualTo(22).doesNotHaveDuplicates();
        assertEquals("customer_id", names.get(0));
        assertEquals("true_segment", names.get(names.size() - 1));
        assertEquals(features, names.subList(1, names.size() - 1));
        assertEquals(ColumnType.ID, CUSTOMERS.column("customer_id").type());
        assertEquals(ColumnType.CATEGORICAL, CUSTOMERS.column("true_segment").type());
        assertThat(CUSTOMERS.schema().names(ColumnType.CATEGORICAL)).containsExactly("gender", "education",
                "marital_status", "region", "city", "preferred_channel", "preferred_category", "loyalty_member",
                "true_segment");
        assertThat(CUSTOMERS.schema().names(ColumnType.NUMERIC)).contains("age", "income", "recency_days",
                "frequency", "monetary", "web_visits", "email_open_rate", "avg_order_value", "tenure_months");
    }

    @Test
    void ids_are_unique_and_numbered_from_one() {
        IdColumn ids = CUSTOMERS.id("customer_id");

        assertEquals("C0000001", ids.get(0));
        assertEquals("C0020000", ids.get(N - 1));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < N; i++) {
            seen.add(ids.get(i));
        }
        assertEquals(N, seen.size());
    }

    @Test
    void values_lie_in_their_ranges() {
        for (String rate : RATES) {
            assertEvery(present(rate), v -> v >= 0.0 && v <= 1.0, rate);
        }
        for (String count : COUNTS) {
            assertEvery(present(count), v -> v >= 0.0 && v == Math.rint(v), count);
        }
        assertEvery(present("age"), v -> v >= 18 && v <= 90, "age");
        assertEvery(present("satisfaction"), v -> v >= 1 && v <= 5, "satisfaction");
        assertEvery(present("frequency"), v -> v >= 1, "frequency");
        assertEvery(present("household_size"), v -> v >= 1, "household_size");
        assertEvery(present("tenure_months"), v -> v >= 1 && v <= 240, "tenure_months");
        assertEvery(present("income"), v -> v > 0, "income");
        assertEvery(present("monetary"), v -> v > 0, "monetary");
        assertEvery(present("avg_order_value"), v -> v > 0, "avg_order_value");
        assertEvery(present("avg_session_minutes"), v -> v >= 0.5, "avg_session_minutes");
    }

    @Test
    void values_are_consistent_between_columns() {
        double[] recency = CUSTOMERS.numeric("recency_days").toArray();
        double[] tenure = CUSTOMERS.numeric("tenure_months").toArray();
        double[] open = CUSTOMERS.numeric("email_open_rate").toArray();
        double[] click = CUSTOMERS.numeric("email_click_rate").toArray();
        for (int i = 0; i < N; i++) {
            // Nobody bought longer ago than they joined; nobody clicks more emails than they open
            // (rates are rounded to 4 decimals, hence the 1e-4).
            assertThat(recency[i]).as("row %d", i).isLessThanOrEqualTo(30.0 * tenure[i]);
            if (!Double.isNaN(open[i]) && !Double.isNaN(click[i])) {
                assertThat(click[i]).as("row %d", i).isLessThanOrEqualTo(open[i] + 1e-4);
            }
        }
        // Cities nest in regions: every city is seen with one region only.
        CategoricalColumn region = CUSTOMERS.categorical("region");
        CategoricalColumn city = CUSTOMERS.categorical("city");
        Map<String, String> regionOf = new HashMap<>();
        for (int i = 0; i < N; i++) {
            if (region.get(i) != null && city.get(i) != null) {
                String previous = regionOf.putIfAbsent(city.get(i), region.get(i));
                assertThat(previous).as("city %s", city.get(i)).isIn(null, region.get(i));
            }
        }
        assertEquals(8, distinct(region));
        assertEquals(48, distinct(city));
    }

    @Test
    void missing_cells_appear_at_the_configured_rates() {
        // Each column's missing count is binomial(n, p): within 4 sd (sd = √(p(1 − p)/n), 0.19 points
        // at p = 0.08), and exactly 0 where p = 0.
        SyntheticCustomers config = SyntheticCustomers.builder().n(N).seed(2024).build();
        for (String name : SyntheticCustomers.featureNames()) {
            double p = config.missingRate(name);
            double observed = (double) CUSTOMERS.column(name).missingCount() / N;
            if (p == 0.0) {
                assertEquals(0.0, observed, name);
            } else {
                assertEquals(p, observed, 4.0 * Math.sqrt(p * (1.0 - p) / N), name);
            }
        }
        assertEquals(0, CUSTOMERS.column("customer_id").missingCount());
        assertEquals(0, CUSTOMERS.column("true_segment").missingCount());
        assertThat(config.missingRate("income")).isEqualTo(0.08);
        assertThat(config.missingRate("monetary")).isZero();
    }

    @Test
    void configured_missing_rates_are_applied_and_leave_the_other_cells_alone() {
        Dataset changed = SyntheticCustomers.builder().n(N).seed(2024).missingRate("monetary", 0.3)
                .missingRate("preferred_channel", 0.1).missingRate("income", 0.0).build().generate();

        assertEquals(0.3, changed.column("monetary").missingCount() / (double) N, 4.0 * Math.sqrt(0.3 * 0.7 / N));
        assertEquals(0.1, changed.column("preferred_channel").missingCount() / (double) N,
                4.0 * Math.sqrt(0.1 * 0.9 / N));
        assertEquals(0, changed.column("income").missingCount());
        // Missing cells have their own random streams: every cell present in both datasets is equal, and
        // the columns whose rates did not change are identical.
        double[] before = CUSTOMERS.numeric("monetary").toArray();
        double[] after = changed.numeric("monetary").toArray();
        for (int i = 0; i < N; i++) {
            if (!Double.isNaN(after[i])) {
                assertEquals(before[i], after[i], "row " + i);
            }
        }
        assertEquals(CUSTOMERS.column("age"), changed.column("age"));
        assertEquals(CUSTOMERS.column("true_segment"), changed.column("true_segment"));
    }

    @Test
    void no_missing_values_when_asked() {
        Dataset complete = SyntheticCustomers.builder().n(2_000).noMissingValues().build().generate();

        for (Column c : complete.columns()) {
            assertEquals(0, c.missingCount(), c.name());
        }
    }

    @Test
    void every_segment_is_present_at_its_expected_share() {
        // Segments are drawn independently per customer: each count is binomial(n, share); 4 sd.
        CategoricalColumn segment = CUSTOMERS.categorical("true_segment");
        Map<String, Integer> counts = counts(segment);
        assertThat(counts.keySet()).hasSize(7);
        for (Segment s : Segment.values()) {
            double p = s.defaultShare();
            assertEquals(p, counts.getOrDefault(s.label(), 0) / (double) N, 4.0 * Math.sqrt(p * (1.0 - p) / N),
                    s.label());
        }
        double total = 0.0;
        for (Segment s : Segment.values()) {
            total += s.defaultShare();
        }
        assertEquals(1.0, total, 1e-12);
    }

    @Test
    void segment_weights_change_the_mix_and_zero_leaves_a_segment_out() {
        SyntheticCustomers config = SyntheticCustomers.builder().n(5_000).segmentWeight(Segment.NEW, 0.0)
                .segmentWeight(Segment.CHAMPIONS, 0.24).build();
        Map<String, Integer> counts = counts(config.generate().categorical("true_segment"));

        // Weights now sum to 1 − 0.10 + 0.12 = 1.02, so champions have 0.24 / 1.02.
        assertEquals(0.24 / 1.02, config.segmentShare(Segment.CHAMPIONS), 1e-15);
        assertThat(counts).doesNotContainKey("new").hasSize(6);
        double p = 0.24 / 1.02;
        assertEquals(p, counts.get("champions") / 5_000.0, 4.0 * Math.sqrt(p * (1.0 - p) / 5_000));

        Dataset onlyHibernating = SyntheticCustomers.builder().n(300).segmentWeights(Map.of(Segment.HIBERNATING, 1.0))
                .build().generate();
        assertEquals(Map.of("hibernating", 300), counts(onlyHibernating.categorical("true_segment")));
    }

    @Test
    void segments_differ_where_their_descriptions_say() {
        Map<String, Double> recency = segmentMedians("recency_days");
        Map<String, Double> frequency = segmentMedians("frequency");
        Map<String, Double> orderValue = segmentMedians("avg_order_value");
        Map<String, Double> discount = segmentMedians("discount_usage");
        Map<String, Double> tenure = segmentMedians("tenure_months");
        Map<String, Double> tickets = segmentMeans("support_tickets");

        assertThat(recency.get("champions")).isLessThan(recency.get("loyal"));
        assertThat(recency.get("loyal")).isLessThan(recency.get("at_risk"));
        assertThat(recency.get("at_risk")).isLessThan(recency.get("hibernating"));
        assertThat(frequency.get("champions")).isGreaterThan(frequency.get("loyal"));
        assertThat(frequency.get("hibernating")).isLessThan(frequency.get("at_risk"));
        assertThat(orderValue.get("big_spenders")).isGreaterThan(3.0 * orderValue.get("champions"));
        assertThat(discount.get("bargain_hunters")).isGreaterThan(0.6);
        assertThat(tenure.get("new")).isLessThanOrEqualTo(6.0);
        assertThat(tickets.get("at_risk")).isGreaterThan(2.0 * tickets.get("loyal"));
    }

    @Test
    void key_correlations_have_the_natural_signs_and_sizes() {
        // Bands of about ±0.1 around the values the design gives (measured on seeds 1, 2, 3 and 2024:
        // they agree within 0.02, except raw frequency–monetary, 0.42–0.51, which outliers move).
        // With n = 20,000 the sampling sd of r is below 0.01. Spend is log-normal, so its relations are
        // measured on log scales.
        assertThat(pearson(log("income"), log("avg_order_value"))).isBetween(0.45, 0.7);          // 0.58
        assertThat(pearson(log("frequency"), log("monetary"))).isBetween(0.65, 0.88);             // 0.76
        assertThat(pearson(raw("frequency"), raw("monetary"))).isBetween(0.3, 0.65);              // 0.42–0.51
        assertThat(pearson(log("recency_days"), raw("email_open_rate"))).isBetween(-0.85, -0.65); // -0.76
        assertThat(pearson(log("recency_days"), log("web_visits"))).isBetween(-0.85, -0.6);       // -0.73
        assertThat(pearson(raw("recency_days"), raw("cart_abandonment_rate"))).isBetween(0.45, 0.7); // 0.59
        assertThat(pearson(raw("email_open_rate"), raw("email_click_rate"))).isBetween(0.75, 0.95); // 0.85
        assertThat(pearson(raw("frequency"), raw("satisfaction"))).isBetween(0.25, 0.5);          // 0.39
        // Unrelated by design: household size and spend (4 sd of r = 0 is 0.028).
        assertThat(pearson(raw("household_size"), log("monetary"))).isBetween(-0.03, 0.03);
    }

    @Test
    void spend_is_right_skewed_and_rates_are_not() {
        // The mean of a log-normal exceeds its median; counts and spend have a long right tail.
        double[] monetary = sorted("monetary");
        assertThat(mean(monetary)).isGreaterThan(1.5 * monetary[monetary.length / 2]);
        assertThat(mean(sorted("income"))).isGreaterThan(sorted("income")[monetary.length / 2]);
        double[] open = sorted("email_open_rate");
        assertThat(Math.abs(mean(open) - open[open.length / 2])).isLessThan(0.05);
    }

    @Test
    void outliers_appear_at_the_configured_share() {
        // Bot-like visitors get ≥ 150 web visits, which no regular customer reaches; they are one of
        // three outlier kinds (weight 0.3), so their count is binomial(n, 0.05 · 0.3); 4 sd.
        Dataset clean = SyntheticCustomers.builder().n(N).seed(5).outlierShare(0.0).build().generate();
        Dataset noisy = SyntheticCustomers.builder().n(N).seed(5).outlierShare(0.05).build().generate();

        assertEvery(clean.numeric("web_visits").toArray(), v -> v < 150, "web_visits");
        long bots = Arrays.stream(noisy.numeric("web_visits").toArray()).filter(v -> v >= 150).count();
        double p = 0.05 * 0.3;
        assertEquals(p * N, bots, 4.0 * Math.sqrt(N * p * (1.0 - p)));
        assertEquals(clean.column("true_segment"), noisy.column("true_segment"));
        assertEquals(0.005, SyntheticCustomers.builder().build().outlierShare());
    }

    @Test
    void segments_are_recoverable_from_scaled_numeric_features_but_not_trivially() {
        // GIVEN the numeric features, median-imputed and standardized (z-scores);
        // THEN the nearest true segment centre is right for most but not all customers, and a plain
        // k-means (k-means++ seeding, Lloyd, best of 5) finds a partition with ARI well above chance.
        Dataset data = SyntheticCustomers.builder().n(5_000).seed(11).build().generate();
        List<String> names = data.schema().names(ColumnType.NUMERIC);
        int n = data.rowCount();
        int d = names.size();
        double[] x = standardized(data, names);
        int[] truth = data.categorical("true_segment").codes();
        int k = 7;

        double[] centres = new double[k * d];
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            sizes[truth[i]]++;
            for (int j = 0; j < d; j++) {
                centres[truth[i] * d + j] += x[i * d + j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                centres[c * d + j] /= sizes[c];
            }
        }
        int right = 0;
        for (int i = 0; i < n; i++) {
            if (nearest(x, i, centres, d, k) == truth[i]) {
                right++;
            }
        }
        assertThat(right / (double) n).isBetween(0.85, 0.98);
        assertThat(adjustedRandIndex(truth, kMeans(x, n, d, k, new SplittableRandom(3)), k)).isGreaterThan(0.55);
    }

    @Test
    void the_builder_rejects_bad_settings_by_name() {
        assertThatThrownBy(() -> SyntheticCustomers.builder().n(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be >= 1 (was 0)");
        assertThatThrownBy(() -> SyntheticCustomers.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be >= 1 (was 0)");
        assertThatThrownBy(() -> SyntheticCustomers.builder().missingRate("income", 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing rate of \"income\" must be between 0.0 and 1.0 (was 1.5)");
        assertThatThrownBy(() -> SyntheticCustomers.builder().missingRate("salary", 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("column \"salary\" is not a feature of SyntheticCustomers; the features are [age,");
        assertThatThrownBy(() -> SyntheticCustomers.builder().missingRate("true_segment", 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"true_segment\"");
        assertThatThrownBy(() -> SyntheticCustomers.builder().outlierShare(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outlierShare must be between 0.0 and 1.0 (was -0.1)");
        assertThatThrownBy(() -> SyntheticCustomers.builder().segmentWeight(Segment.LOYAL, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight of loyal must be finite and >= 0.0 (was NaN)");
        assertThatThrownBy(() -> SyntheticCustomers.builder().segmentWeights(Map.of()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("every segment weight is 0");
    }

    @Test
    void to_builder_keeps_every_setting() {
        SyntheticCustomers config = SyntheticCustomers.builder().n(123).seed(9).threads(2).outlierShare(0.01)
                .missingRate("age", 0.2).segmentWeight(Segment.NEW, 0.0).build();

        SyntheticCustomers copy = config.toBuilder().build();

        assertEquals(123, copy.n());
        assertEquals(9, copy.seed());
        assertEquals(2, copy.threads());
        assertEquals(0.01, copy.outlierShare());
        assertEquals(0.2, copy.missingRate("age"));
        assertEquals(0.0, copy.segmentShare(Segment.NEW));
        assertEquals(config.generate(), copy.generate());
    }

    // ---- helpers: independent, naive statistics ------------------------------------------------

    private static void assertEvery(double[] values, DoublePredicate ok, String column) {
        for (int i = 0; i < values.length; i++) {
            if (!ok.test(values[i])) {
                throw new AssertionError(column + ": value " + values[i] + " at index " + i + " is out of range");
            }
        }
    }

    private static double[] present(String column) {
        return Arrays.stream(CUSTOMERS.numeric(column).toArray()).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static double[] sorted(String column) {
        double[] v = present(column);
        Arrays.sort(v);
        return v;
    }

    private static double mean(double[] v) {
        double s = 0.0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double[] raw(String column) {
        return CUSTOMERS.numeric(column).toArray();
    }

    private static double[] log(String column) {
        double[] v = raw(column);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.log1p(v[i]);
        }
        return v;
    }

    /** Pearson's r over rows where both are present, by the textbook two-pass formula. */
    private static double pearson(double[] a, double[] b) {
        double sa = 0.0;
        double sb = 0.0;
        int m = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                sa += a[i];
                sb += b[i];
                m++;
            }
        }
        double ma = sa / m;
        double mb = sb / m;
        double saa = 0.0;
        double sbb = 0.0;
        double sab = 0.0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                saa += (a[i] - ma) * (a[i] - ma);
                sbb += (b[i] - mb) * (b[i] - mb);
                sab += (a[i] - ma) * (b[i] - mb);
            }
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private static int distinct(CategoricalColumn c) {
        return counts(c).size();
    }

    private static Map<String, Integer> counts(CategoricalColumn c) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i) != null) {
                counts.merge(c.get(i), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, Double> segmentMedians(String column) {
        Map<String, Double> medians = new HashMap<>();
        for (Map.Entry<String, List<Double>> e : bySegment(column).entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            medians.put(e.getKey(), v[v.length / 2]);
        }
        return medians;
    }

    private static Map<String, Double> segmentMeans(String column) {
        Map<String, Double> means = new HashMap<>();
        for (Map.Entry<String, List<Double>> e : bySegment(column).entrySet()) {
            means.put(e.getKey(), e.getValue().stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        }
        return means;
    }

    private static Map<String, List<Double>> bySegment(String column) {
        CategoricalColumn segment = CUSTOMERS.categorical("true_segment");
        NumericColumn values = CUSTOMERS.numeric(column);
        Map<String, List<Double>> groups = new HashMap<>();
        for (int i = 0; i < N; i++) {
            if (!values.isMissing(i)) {
                groups.computeIfAbsent(segment.get(i), s -> new ArrayList<>()).add(values.get(i));
            }
        }
        return groups;
    }

    private static double[] standardized(Dataset data, List<String> names) {
        int n = data.rowCount();
        int d = names.size();
        double[] x = new double[n * d];
        for (int j = 0; j < d; j++) {
            double[] v = data.numeric(names.get(j)).toArray();
            double[] sortedPresent = Arrays.stream(v).filter(q -> !Double.isNaN(q)).sorted().toArray();
            double median = sortedPresent[sortedPresent.length / 2];
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(v[i])) {
                    v[i] = median;
                }
            }
            double mean = mean(v);
            double ss = 0.0;
            for (double q : v) {
                ss += (q - mean) * (q - mean);
            }
            double sd = Math.sqrt(ss / (n - 1));
            for (int i = 0; i < n; i++) {
                x[i * d + j] = (v[i] - mean) / sd;
            }
        }
        return x;
    }

    private static double squared(double[] x, int i, double[] centres, int c, int d) {
        double s = 0.0;
        for (int j = 0; j < d; j++) {
            double diff = x[i * d + j] - centres[c * d + j];
            s += diff * diff;
        }
        return s;
    }

    private static int nearest(double[] x, int i, double[] centres, int d, int k) {
        int best = 0;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = squared(x, i, centres, c, d);
            if (s < bestDist) {
                bestDist = s;
                best = c;
            }
        }
        return best;
    }

    /** A deliberately plain k-means: k-means++ seeding, 100 Lloyd iterations, best inertia of 5 starts. */
    private static int[] kMeans(double[] x, int n, int d, int k, SplittableRandom random) {
        int[] bestLabels = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        for (int start = 0; start < 5; start++) {
            double[] centres = new double[k * d];
            System.arraycopy(x, random.nextInt(n) * d, centres, 0, d);
            double[] dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            for (int c = 1; c < k; c++) {
                double total = 0.0;
                for (int i = 0; i < n; i++) {
                    dist[i] = Math.min(dist[i], squared(x, i, centres, c - 1, d));
                    total += dist[i];
                }
                double u = random.nextDouble() * total;
                int pick = 0;
                while (pick < n - 1 && (u -= dist[pick]) > 0) {
                    pick++;
                }
                System.arraycopy(x, pick * d, centres, c * d, d);
            }
            int[] labels = new int[n];
            double inertia = 0.0;
            for (int iteration = 0; iteration < 100; iteration++) {
                inertia = 0.0;
                double[] sums = new double[k * d];
                int[] sizes = new int[k];
                for (int i = 0; i < n; i++) {
                    labels[i] = nearest(x, i, centres, d, k);
                    inertia += squared(x, i, centres, labels[i], d);
                    sizes[labels[i]]++;
                    for (int j = 0; j < d; j++) {
                        sums[labels[i] * d + j] += x[i * d + j];
                    }
                }
                for (int c = 0; c < k; c++) {
                    for (int j = 0; j < d && sizes[c] > 0; j++) {
                        centres[c * d + j] = sums[c * d + j] / sizes[c];
                    }
                }
            }
            if (inertia < bestInertia) {
                bestInertia = inertia;
                bestLabels = labels;
            }
        }
        return bestLabels;
    }

    /** Hubert and Arabie's adjusted Rand index from the contingency table. */
    private static double adjustedRandIndex(int[] a, int[] b, int k) {
        long[][] table = new long[k][k];
        long[] rows = new long[k];
        long[] cols = new long[k];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
            rows[a[i]]++;
            cols[b[i]]++;
        }
        double index = 0.0;
        double sumRows = 0.0;
        double sumCols = 0.0;
        for (int r = 0; r < k; r++) {
            sumRows += rows[r] * (rows[r] - 1) / 2.0;
            sumCols += cols[r] * (cols[r] - 1) / 2.0;
            for (int c = 0; c < k; c++) {
                index += table[r][c] * (table[r][c] - 1) / 2.0;
            }
        }
        double pairs = a.length * (a.length - 1) / 2.0;
        double expected = sumRows * sumCols / pairs;
        double max = (sumRows + sumCols) / 2.0;
        return (index - expected) / (max - expected);
    }
}
