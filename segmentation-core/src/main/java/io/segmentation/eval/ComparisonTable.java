package io.segmentation.eval;

import io.segmentation.cluster.ClusterModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of a {@link Comparison}: one {@link ComparisonRow} per clusterer and its fitted model,
 * sortable and printable as aligned text. Immutable; sorting returns a new table.
 */
public final class ComparisonTable {
    /** Orders for {@link #sortedBy(Order)}: best first, NaN last, ties in the original order. */
    public enum Order {
        /** Highest silhouette first. */
        SILHOUETTE(ComparisonRow::silhouette, true),
        /** Highest Calinski–Harabasz first. */
        CALINSKI_HARABASZ(ComparisonRow::calinskiHarabasz, true),
        /** Lowest Davies–Bouldin first. */
        DAVIES_BOULDIN(ComparisonRow::daviesBouldin, false),
        /** Lowest noise share first. */
        NOISE_SHARE(ComparisonRow::noiseShare, false),
        /** Most even sizes first. */
        SIZE_SPREAD(ComparisonRow::sizeSpread, true),
        /** Fastest fit first. */
        FIT_TIME(r -> r.fitTime().toNanos(), false);

        private final Comparator<ComparisonRow> comparator;

        Order(ToDoubleFunction<ComparisonRow> score, boolean higherIsBetter) {
            Comparator<ComparisonRow> nanLast = Comparator.comparing(r -> Double.isNaN(score.applyAsDouble(r)));
            Comparator<ComparisonRow> byScore = Comparator.comparingDouble(score);
            this.comparator = nanLast.thenComparing(higherIsBetter ? byScore.reversed() : byScore);
        }
    }

    private final List<ComparisonRow> rows;
    private final List<ClusterModel> models;

    ComparisonTable(List<ComparisonRow> rows, List<ClusterModel> models) {
        this.rows = List.copyOf(rows);
        this.models = List.copyOf(models);
    }

    /** The rows, in the table's order. */
    public List<ComparisonRow> rows() {
        return rows;
    }

    /** The fitted model of row i. */
    public ClusterModel model(int i) {
        return models.get(i);
    }

    /** The table sorted by one of the usual orders; see {@link Order}. */
    public ComparisonTable sortedBy(Order order) {
        Objects.requireNonNull(order, "order");
        return sortedBy(order.comparator);
    }

    /** The table sorted by any order of rows (a stable sort: ties keep their order). */
    public ComparisonTable sortedBy(Comparator<ComparisonRow> order) {
        Objects.requireNonNull(order, "order");
        List<Integer> index = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            index.add(i);
        }
        index.sort((a, b) -> order.compare(rows.get(a), rows.get(b)));
        List<ComparisonRow> sortedRows = new ArrayList<>(rows.size());
        List<ClusterModel> sortedModels = new ArrayList<>(rows.size());
        for (int i : index) {
            sortedRows.add(rows.get(i));
            sortedModels.add(models.get(i));
        }
        return new ComparisonTable(sortedRows, sortedModels);
    }

    /** The table as aligned text: one header line, one line per row. */
    public String toText() {
        int algorithmWidth = "algorithm".length();
        int parameterWidth = "parameters".length();
        for (ComparisonRow r : rows) {
            algorithmWidth = Math.max(algorithmWidth, r.algorithm().length());
            parameterWidth = Math.max(parameterWidth, r.parameters().length());
        }
        String format = "%-" + algorithmWidth + "s  %-" + parameterWidth + "s  %8s  %6s  %10s  %12s  %8s  %6s  %10s";
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, format, "algorithm", "parameters", "clusters",
                "noise", "silhouette", "CH", "DB", "spread", "fit ms"));
        for (ComparisonRow r : rows) {
            s.append('\n').append(String.format(Locale.ROOT, format, r.algorithm(), r.parameters(), r.clusters(),
                    String.format(Locale.ROOT, "%.1f%%", 100.0 * r.noiseShare()),
                    String.format(Locale.ROOT, "%.4f%s", r.silhouette(), r.silhouetteSampled() ? "*" : ""),
                    String.format(Locale.ROOT, "%.1f", r.calinskiHarabasz()),
                    String.format(Locale.ROOT, "%.4f", r.daviesBouldin()),
                    String.format(Locale.ROOT, "%.3f", r.sizeSpread()),
                    String.format(Locale.ROOT, "%.1f", r.fitTime().toNanos() / 1e6)));
        }
        if (rows.stream().anyMatch(ComparisonRow::silhouetteSampled)) {
            s.append("\n* silhouette estimated from a stratified sample");
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return "ComparisonTable of " + rows.size() + " clusterers";
    }
}
