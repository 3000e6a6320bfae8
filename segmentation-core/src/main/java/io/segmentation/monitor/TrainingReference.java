package io.segmentation.monitor;

import com.google.gson.JsonObject;
import io.segmentation.cluster.ClusterModel;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Quantiles;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the training customers looked like, kept in the model so that later batches can be compared with
 * them ({@link DriftMonitor}): per numeric input column, decile bin edges with the training share of each bin
 * (for the population stability index) and the 101 percentiles (for a Kolmogorov–Smirnov estimate); per
 * categorical input column, the share of each level; the share of each segment and of noise; each segment's
 * centre and spread in feature space; and the distance to the nearest centre beyond which a customer counts as
 * far from every centre (the training 99th percentile). Immutable. Built once per fit, in O(n log n) per
 * numeric column (a sort) plus O(n·k·d) for the distances.
 *
 * <p>Percentiles are R-7 quantiles (Hyndman and Fan, 1996) of the non-missing values. Bin {@code b} of a
 * numeric column holds the values {@code v} with {@code edge[b-1] < v <= edge[b]}; the last bin holds the
 * missing values. Equal deciles (a column with many ties) are merged, so a column may have fewer than ten bins.
 */
public final class TrainingReference {
    /** The number of quantile bins of a numeric column before merging equal edges. */
    public static final int PSI_BINS = 10;
    /** The number of percentiles kept per numeric column for the Kolmogorov–Smirnov estimate (0% to 100%). */
    public static final int KS_POINTS = 101;
    /** The quantile of the training distance to the nearest centre used as the "far" threshold. */
    public static final double FAR_QUANTILE = 0.99;

    private final long rows;
    private final List<NumericReference> numeric;
    private final List<CategoricalReference> categorical;
    private final double[] segmentShares;
    private final double noiseShare;
    private final double[] centres;
    private final int d;
    private final double[] spreads;
    private final double farThreshold;
    private final double farShare;

    /** One numeric input column: edges, bin shares (last = missing) and percentiles; arrays copied in and out. */
    static final class NumericReference {
        private final String name;
        private final double[] edges;
        private final double[] shares;
        private final double[] percentiles;

        NumericReference(String name, double[] edges, double[] shares, double[] percentiles) {
            this.name = name;
            this.edges = edges.clone();
            this.shares = shares.clone();
            this.percentiles = percentiles.clone();
        }

        String name() {
            return name;
        }

        double[] edges() {
            return edges.clone();
        }

        double[] shares() {
            return shares.clone();
        }

        double[] percentiles() {
            return percentiles.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NumericReference r && name.equals(r.name) && Arrays.equals(edges, r.edges)
                    && Arrays.equals(shares, r.shares) && Arrays.equals(percentiles, r.percentiles);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(edges), Arrays.hashCode(shares), Arrays.hashCode(percentiles));
        }
    }

    /** One categorical input column: its levels and their shares, then the missing share; arrays copied. */
    static final class CategoricalReference {
        private final String name;
        private final List<String> levels;
        private final double[] shares;

        CategoricalReference(String name, List<String> levels, double[] shares) {
            this.name = name;
            this.levels = List.copyOf(levels);
            this.shares = shares.clone();
        }

        String name() {
            return name;
        }

        List<String> levels() {
            return levels;
        }

        double[] shares() {
            return shares.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CategoricalReference r && name.equals(r.name) && levels.equals(r.levels)
                    && Arrays.equals(shares, r.shares);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, levels, Arrays.hashCode(shares));
        }
    }

    private TrainingReference(long rows, List<NumericReference> numeric, List<CategoricalReference> categorical,
            double[] segmentShares, double noiseShare, double[] centres, int d, double[] spreads,
            double farThreshold, double farShare) {
        this.rows = rows;
        this.numeric = List.copyOf(numeric);
        this.categorical = List.copyOf(categorical);
        this.segmentShares = segmentShares;
        this.noiseShare = noiseShare;
        this.centres = centres;
        this.d = d;
        this.spreads = spreads;
        this.farThreshold = farThreshold;
        this.farShare = farShare;
    }

    /**
     * The reference of a fit.
     *
     * @param input    the training customers' input columns, in original units (id columns are skipped); not
     *                 modified
     * @param features the features of the same rows, n×d; not modified
     * @param labels   the segment of each row, in [0, k) or {@link ClusterModel#NOISE}; not modified
     * @param clusters the fitted model whose centres are kept
     * @throws IllegalArgumentException when the row counts or the dimension disagree
     */
    public static TrainingReference of(Dataset input, FeatureMatrix features, int[] labels, ClusterModel clusters) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(clusters, "clusters");
        int n = features.rowCount();
        if (input.rowCount() != n || labels.length != n || clusters.dimension() != features.columnCount()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "input, features and labels must describe the same rows (were %d, %d and %d rows; "
                            + "dimension %d, model dimension %d)", input.rowCount(), n, labels.length,
                    features.columnCount(), clusters.dimension()));
        }
        List<NumericReference> numeric = new ArrayList<>();
        List<CategoricalReference> categorical = new ArrayList<>();
        for (Column column : input.columns()) {
            if (column instanceof NumericColumn nc) {
                double[] present = nc.presentValues();
                if (present.length > 0) {   // an all-missing column has no distribution to compare with
                    numeric.add(numericReference(nc, present));
                }
            } else if (column instanceof CategoricalColumn cc) {
                categorical.add(new CategoricalReference(cc.name(), cc.levels(), categoryShares(cc, cc.levels())));
            }
        }
        int k = clusters.clusterCount();
        int d = features.columnCount();
        double[] centres = clusters.centres();
        SegmentSums sums = SegmentSums.of(features.toArray(), d, labels, k, centres);
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            nearest[i] = Math.sqrt(sums.nearestSquared(i));
        }
        double[] shares = new double[k];
        double[] spreads = new double[k];
        for (int c = 0; c < k; c++) {
            shares[c] = (double) sums.count(c) / n;
            spreads[c] = sums.spread(c);
        }
        Arrays.sort(nearest);
        double threshold = Quantiles.r7Sorted(nearest, FAR_QUANTILE);
        return new TrainingReference(n, numeric, categorical, shares, (double) sums.count(k) / n, centres, d, spreads,
                threshold, farShare(nearest, threshold));
    }

    private static NumericReference numericReference(NumericColumn column, double[] sorted) {
        Arrays.sort(sorted);
        double[] percentiles = new double[KS_POINTS];
        for (int p = 0; p < KS_POINTS; p++) {
            percentiles[p] = Quantiles.r7Sorted(sorted, p / (double) (KS_POINTS - 1));
        }
        double[] edges = new double[PSI_BINS - 1];
        int e = 0;
        for (int b = 1; b < PSI_BINS; b++) {
            double q = percentiles[b * (KS_POINTS - 1) / PSI_BINS];
            // Edges strictly increase; an edge at the maximum would leave the last bin empty, so it is dropped.
            if ((e == 0 || q > edges[e - 1]) && q < sorted[sorted.length - 1]) {
                edges[e++] = q;
            }
        }
        edges = Arrays.copyOf(edges, e);
        return new NumericReference(column.name(), edges, binShares(column, edges), percentiles);
    }

    /** The share of {@code column}'s rows in each bin of {@code edges}, then the missing share. */
    static double[] binShares(NumericColumn column, double[] edges) {
        long[] counts = new long[edges.length + 2];
        int n = column.size();
        for (int i = 0; i < n; i++) {
            counts[bin(edges, column.get(i))]++;
        }
        return toShares(counts, n);
    }

    /** The bin of {@code v}: the number of edges below it, or {@code edges.length + 1} when missing. */
    static int bin(double[] edges, double v) {
        if (Double.isNaN(v)) {
            return edges.length + 1;
        }
        int lo = 0;
        int hi = edges.length;   // the first edge >= v is in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The share of each of {@code levels}, then of levels not among them, then of missing values. */
    static double[] categoryShares(CategoricalColumn column, List<String> levels) {
        List<String> own = column.levels();
        int[] map = new int[own.size()];
        for (int l = 0; l < own.size(); l++) {
            int at = levels.indexOf(own.get(l));
            map[l] = at < 0 ? levels.size() : at;
        }
        long[] counts = new long[levels.size() + 2];
        int n = column.size();
        for (int i = 0; i < n; i++) {
            int code = column.code(i);
            counts[code == CategoricalColumn.MISSING ? levels.size() + 1 : map[code]]++;
        }
        return toShares(counts, n);
    }

    private static double[] toShares(long[] counts, long n) {
        double[] shares = new double[counts.length];
        for (int b = 0; b < counts.length; b++) {
            shares[b] = n == 0 ? 0.0 : (double) counts[b] / n;
        }
        return shares;
    }

    /** The share of {@code sorted} strictly above {@code threshold}. */
    static double farShare(double[] sorted, double threshold) {
        int above = 0;
        for (int i = sorted.length - 1; i >= 0 && sorted[i] > threshold; i--) {
            above++;
        }
        return sorted.length == 0 ? 0.0 : (double) above / sorted.length;
    }

    /** The number of training rows. */
    public long rows() {
        return rows;
    }

    /** The numeric input columns kept, in input order. */
    public List<String> numericColumns() {
        List<String> names = new ArrayList<>(numeric.size());
        for (NumericReference r : numeric) {
            names.add(r.name());
        }
        return List.copyOf(names);
    }

    /** The categorical input columns kept, in input order. */
    public List<String> categoricalColumns() {
        List<String> names = new ArrayList<>(categorical.size());
        for (CategoricalReference r : categorical) {
            names.add(r.name());
        }
        return List.copyOf(names);
    }

    /**
     * A copy of the bin edges of a numeric column (at most {@link #PSI_BINS} − 1, increasing).
     *
     * @throws IllegalArgumentException when {@code column} is not a numeric column of the reference
     */
    public double[] binEdges(String column) {
        return numeric(column).edges();
    }

    /**
     * A copy of the training share of each bin of a numeric column, then of missing values.
     *
     * @throws IllegalArgumentException when {@code column} is not a numeric column of the reference
     */
    public double[] binShares(String column) {
        return numeric(column).shares();
    }

    /**
     * A copy of the 101 training percentiles (0%, 1%, ..., 100%) of a numeric column.
     *
     * @throws IllegalArgumentException when {@code column} is not a numeric column of the reference
     */
    public double[] percentiles(String column) {
        return numeric(column).percentiles();
    }

    /** A copy of the training share of each segment (noise excluded), by segment id. */
    public double[] segmentShares() {
        return segmentShares.clone();
    }

    /** The training share of noise (0 unless the model marks noise). */
    public double noiseShare() {
        return noiseShare;
    }

    /** A copy of the k×d centres, row-major, in feature space. */
    public double[] centres() {
        return centres.clone();
    }

    /** A copy of each segment's spread: the root mean squared distance of its training rows to its centre. */
    public double[] spreads() {
        return spreads.clone();
    }

    /** The distance to the nearest centre beyond which a customer is far from every centre. */
    public double farThreshold() {
        return farThreshold;
    }

    /** The training share of customers beyond {@link #farThreshold()} (about 1%). */
    public double farShare() {
        return farShare;
    }

    List<NumericReference> numeric() {
        return numeric;
    }

    List<CategoricalReference> categorical() {
        return categorical;
    }

    /** The number of features d of the centres. */
    public int dimension() {
        return d;
    }

    private NumericReference numeric(String column) {
        for (NumericReference r : numeric) {
            if (r.name().equals(column)) {
                return r;
            }
        }
        throw new IllegalArgumentException("column \"" + column + "\" is not a numeric column of the reference "
                + numericColumns());
    }

    /** The reference's state for the model file; {@link #read(StateReader)} reads it back. */
    public JsonObject toState() {
        StateWriter w = new StateWriter();
        w.put("rows", rows);
        List<JsonObject> nums = new ArrayList<>();
        for (NumericReference r : numeric) {
            nums.add(new StateWriter().put("name", r.name()).put("edges", r.edges()).put("shares", r.shares())
                    .put("percentiles", r.percentiles()).toJson());
        }
        List<JsonObject> cats = new ArrayList<>();
        for (CategoricalReference r : categorical) {
            cats.add(new StateWriter().put("name", r.name()).put("levels", r.levels()).put("shares", r.shares())
                    .toJson());
        }
        w.putAll("numeric", nums).putAll("categorical", cats);
        w.put("segmentShares", segmentShares).put("noiseShare", noiseShare).put("dimension", (long) d)
                .put("centres", centres).put("spreads", spreads).put("farThreshold", farThreshold)
                .put("farShare", farShare);
        return w.toJson();
    }

    /**
     * Reads a reference written by {@link #toState()}, checking shapes and values: bin edges increase,
     * percentiles never decrease, every share is in [0, 1], spreads and the far threshold are >= 0. Whether its
     * columns and sizes fit a model is checked by the model that reads it.
     *
     * @throws IllegalArgumentException naming the JSON path of whatever is wrong
     */
    public static TrainingReference read(StateReader state) {
        long rows = state.longValue("rows");
        if (rows < 1) {
            throw state.fail("rows", "expected at least 1, found " + rows);
        }
        List<NumericReference> numeric = new ArrayList<>();
        for (StateReader r : state.children("numeric")) {
            double[] edges = r.doubles("edges");
            for (int b = 1; b < edges.length; b++) {
                if (!(edges[b] > edges[b - 1])) {
                    throw r.fail("edges[" + b + "]", "expected increasing values, found " + edges[b - 1] + " then "
                            + edges[b]);
                }
            }
            double[] percentiles = r.doubles("percentiles", KS_POINTS);
            for (int p = 1; p < percentiles.length; p++) {
                if (percentiles[p] < percentiles[p - 1]) {
                    throw r.fail("percentiles[" + p + "]", "expected values that never decrease, found "
                            + percentiles[p - 1] + " then " + percentiles[p]);
                }
            }
            numeric.add(new NumericReference(r.string("name"), edges, shares(r, "shares", edges.length + 2),
                    percentiles));
        }
        List<CategoricalReference> categorical = new ArrayList<>();
        for (StateReader r : state.children("categorical")) {
            List<String> levels = r.strings("levels");
            categorical.add(new CategoricalReference(r.string("name"), levels, shares(r, "shares", levels.size() + 2)));
        }
        int d = state.integer("dimension", 1, Integer.MAX_VALUE);
        double[] segmentShares = shares(state, "segmentShares", -1);
        int k = segmentShares.length;
        if (k < 1) {
            throw state.fail("segmentShares", "expected at least 1 value, found 0");
        }
        double[] spreads = state.doubles("spreads", k);
        for (int c = 0; c < k; c++) {
            if (spreads[c] < 0.0) {
                throw state.fail("spreads[" + c + "]", "expected a distance >= 0, found " + spreads[c]);
            }
        }
        double farThreshold = state.number("farThreshold");
        if (farThreshold < 0.0) {
            throw state.fail("farThreshold", "expected a distance >= 0, found " + farThreshold);
        }
        return new TrainingReference(rows, numeric, categorical, segmentShares, share(state, "noiseShare"),
                state.doubles("centres", k * d), d, spreads, farThreshold, share(state, "farShare"));
    }

    private static double share(StateReader r, String key) {
        double s = r.number(key);
        if (s < 0.0 || s > 1.0) {
            throw r.fail(key, "expected a share in [0, 1], found " + s);
        }
        return s;
    }

    /** The shares at {@code key}: {@code length} of them (any number when negative), each in [0, 1]. */
    private static double[] shares(StateReader r, String key, int length) {
        double[] s = length < 0 ? r.doubles(key) : r.doubles(key, length);
        for (int b = 0; b < s.length; b++) {
            if (s[b] < 0.0 || s[b] > 1.0) {
                throw r.fail(key + "[" + b + "]", "expected a share in [0, 1], found " + s[b]);
            }
        }
        return s;
    }

    /** Whether {@code o} is a reference with the same content, every number compared exactly. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingReference r && rows == r.rows && d == r.d && numeric.equals(r.numeric)
                && categorical.equals(r.categorical) && Arrays.equals(segmentShares, r.segmentShares)
                && Double.compare(noiseShare, r.noiseShare) == 0 && Arrays.equals(centres, r.centres)
                && Arrays.equals(spreads, r.spreads) && Double.compare(farThreshold, r.farThreshold) == 0
                && Double.compare(farShare, r.farShare) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, numeric, categorical, Arrays.hashCode(segmentShares), Arrays.hashCode(centres));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TrainingReference[%d rows, %d numeric, %d categorical, %d segments]",
                rows, numeric.size(), categorical.size(), segmentShares.length);
    }
}
