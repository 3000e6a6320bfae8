package io.segmentation.monitor;

import io.segmentation.SegmentationModel;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.eval.MigrationMatrix;
import io.segmentation.eval.SegmentMatching;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How segments hold over time. {@link #of} aligns the segments of a retrained model with those of the model it
 * replaces and says where the same customers went; {@link #migration} says where customers went between two
 * snapshots scored by one model. Immutable.
 *
 * <p>Alignment: the two models may scale features differently, so their centres are not comparable as they
 * are. Both are put in the previous model's feature space: the previous centres as fitted, and each new
 * segment's centre as the mean, in that space, of the customers the new model puts in it. The Hungarian
 * matching of {@link SegmentMatching} then pairs them at least total distance; a new segment with no partner
 * takes a fresh id. The migration matrix compares the previous labels with the relabelled new ones. O(n·d +
 * k³).
 *
 * <pre>{@code
 * SegmentStability s = SegmentStability.of(lastQuarter, retrained, customers);
 * int[] stableIds = s.matching().relabel(retrained.assignAll(customers));
 * s.migration().stayedShare();   // 0.93: 93% of customers kept their segment
 * }</pre>
 */
public final class SegmentStability {
    private final SegmentMatching matching;
    private final MigrationMatrix migration;

    private SegmentStability(SegmentMatching matching, MigrationMatrix migration) {
        this.matching = matching;
        this.migration = migration;
    }

    /**
     * Aligns {@code current}'s segments with {@code previous}'s on {@code customers}.
     *
     * @param previous  the model in use
     * @param current   the retrained model
     * @param customers customers with both models' input columns; not modified
     * @throws IllegalArgumentException when a model rejects {@code customers}, the models keep different numbers
     *                                  of rows, or a segment of {@code current} has none of the customers
     */
    public static SegmentStability of(SegmentationModel previous, SegmentationModel current, Dataset customers) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(customers, "customers");
        FeatureMatrix x = previous.features(customers);
        int[] before = previous.clusterModel().predictAll(x);
        int[] after = current.assignAll(customers);
        if (before.length != after.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "previous and current must score the same "
                    + "customers (kept %d and %d rows)", before.length, after.length));
        }
        int d = x.columnCount();
        int k = current.clusterModel().clusterCount();
        SegmentSums sums = SegmentSums.of(x.toArray(), d, after, k, null);
        for (int c = 0; c < k; c++) {
            if (sums.count(c) == 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "segment %d of current has none of "
                        + "the %d customers, so it cannot be placed; pass more customers", c, after.length));
            }
        }
        SegmentMatching matching = SegmentMatching.of(previous.clusterModel().centres(),
                previous.clusterModel().clusterCount(), sums.means(), k, d);
        return new SegmentStability(matching, MigrationMatrix.of(before, matching.relabel(after)));
    }

    /**
     * Where customers went between two snapshots scored by one model, matched by the model's id column;
     * customers present in only one snapshot are not counted.
     *
     * @param model  the model; it must have an id column
     * @param before the earlier snapshot; not modified
     * @param after  the later snapshot; not modified
     * @throws IllegalArgumentException when the model has no id column, a snapshot lacks it or repeats an id, or
     *                                  the snapshots share no customer
     */
    public static MigrationMatrix migration(SegmentationModel model, Dataset before, Dataset after) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        String id = model.idColumn().orElseThrow(() -> new IllegalArgumentException(
                "model must have an id column to match customers between snapshots"));
        Map<String, Integer> earlier = segmentsById(model, before, id, "before");
        Map<String, Integer> later = segmentsById(model, after, id, "after");
        int common = 0;
        for (String key : earlier.keySet()) {
            if (later.containsKey(key)) {
                common++;
            }
        }
        if (common == 0) {
            throw new IllegalArgumentException("before and after must share at least one customer id (shared none)");
        }
        int[] from = new int[common];
        int[] to = new int[common];
        int t = 0;
        for (Map.Entry<String, Integer> e : earlier.entrySet()) {
            Integer next = later.get(e.getKey());
            if (next != null) {
                from[t] = e.getValue();
                to[t++] = next;
            }
        }
        return MigrationMatrix.of(from, to);
    }

    private static Map<String, Integer> segmentsById(SegmentationModel model, Dataset customers, String id,
            String name) {
        if (!customers.has(id)) {
            throw new IllegalArgumentException(name + " must have the id column \"" + id + "\"");
        }
        Column ids = customers.column(id);
        int[] segments = model.assignAll(customers);
        if (segments.length != customers.rowCount()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: the model kept %d of %d rows; "
                    + "snapshots need every row scored", name, segments.length, customers.rowCount()));
        }
        Map<String, Integer> map = new HashMap<>(2 * segments.length);
        for (int i = 0; i < segments.length; i++) {
            Object value = ids.value(i);
            if (value == null) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s row %d: the id \"%s\" is missing",
                        name, i, id));
            }
            if (map.put(value.toString(), segments[i]) != null) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s row %d: id \"%s\" appears twice",
                        name, i, value));
            }
        }
        return map;
    }

    /** Which previous segment each new segment continues. */
    public SegmentMatching matching() {
        return matching;
    }

    /** Where the customers went, previous segments down the side, relabelled new segments across. */
    public MigrationMatrix migration() {
        return migration;
    }

    /** The aligned ids and a migration table as plain text. */
    public String toText() {
        StringBuilder s = new StringBuilder("new segment -> previous segment (centre distance)\n");
        int[] ids = matching.previousIds();
        for (int c = 0; c < ids.length; c++) {
            s.append(String.format(Locale.ROOT, "%11d -> %d%s%n", c, ids[c], matching.isMatched(c)
                    ? String.format(Locale.ROOT, " (%.4f)", matching.distance(c)) : " (new)"));
        }
        return s.append('\n').append(migration.toText()).append('\n').append(String.format(Locale.ROOT,
                "%.1f%% of customers kept their segment%n", 100.0 * migration.stayedShare())).toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SegmentStability[%.1f%% stayed]", 100.0 * migration.stayedShare());
    }
}
