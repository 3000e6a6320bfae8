package io.segmentation.preprocess;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.ColumnType;
import io.segmentation.data.Dataset;
import io.segmentation.internal.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How categorical columns become numbers: the immutable configuration of the encoding step.
 * {@link #fit(Dataset)} learns each categorical column's levels from the training customers.
 *
 * <p>Levels kept: those holding at least {@link #minShare(double)} of the column's present cells, at most
 * {@link #maxCategories(int)} of them, the most frequent first (ties: the smaller string). The rest are pooled
 * into one level named {@value #OTHER}. Kept levels are ordered by frequency, descending (ties: the smaller
 * string), with {@value #OTHER} last, so the result does not depend on row order.
 *
 * <ul>
 *   <li>{@link #oneHot()}: the column is replaced, in place, by one 0/1 column per level, named
 *       {@code <column>=<level>}.</li>
 *   <li>{@link #label()}: the column is replaced by a numeric column of codes 0, 1, ... in the level order
 *       above.</li>
 * </ul>
 *
 * <p>A level never seen in training (or a missing cell, when nothing was imputed) follows {@link Unseen}:
 * {@link Unseen#IGNORE} gives a row of zeros (one-hot) or code -1 (label); {@link Unseen#ERROR} throws,
 * naming the column, the row and the value. Cost O(n) per column plus O(L log L) for L levels.
 *
 * <pre>{@code
 * FittedEncode encode = Encode.oneHot().maxCategories(10).minShare(0.01).unseen(Encode.Unseen.ERROR)
 *         .fit(customers);
 * }</pre>
 */
public final class Encode implements PreprocessStep {
    /** The name of the pooled level of rare categories. */
    public static final String OTHER = "other";

    /** The kind of encoding. */
    public enum Kind {
        /** One 0/1 column per level. */
        ONE_HOT,
        /** One numeric column of level codes. */
        LABEL
    }

    /** What a level never seen in training becomes. */
    public enum Unseen {
        /** All zeros (one-hot) or code -1 (label). */
        IGNORE,
        /** An {@link IllegalArgumentException} naming the column, row and value. */
        ERROR
    }

    private final Kind kind;
    private final int maxCategories;
    private final double minShare;
    private final Unseen unseen;

    private Encode(Kind kind, int maxCategories, double minShare, Unseen unseen) {
        this.kind = kind;
        this.maxCategories = maxCategories;
        this.minShare = minShare;
        this.unseen = unseen;
    }

    /** One-hot encoding; at most 20 kept levels, no share threshold, unseen levels ignored. */
    public static Encode oneHot() {
        return new Encode(Kind.ONE_HOT, 20, 0.0, Unseen.IGNORE);
    }

    /** Label encoding; at most 20 kept levels, no share threshold, unseen levels ignored (code -1). */
    public static Encode label() {
        return new Encode(Kind.LABEL, 20, 0.0, Unseen.IGNORE);
    }

    /**
     * A copy keeping at most {@code max} levels per column (the most frequent); the others are pooled into
     * {@value #OTHER}, which does not count towards {@code max}.
     *
     * @param max >= 1
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public Encode maxCategories(int max) {
        return new Encode(kind, Check.atLeast("maxCategories", max, 1), minShare, unseen);
    }

    /**
     * A copy pooling into {@value #OTHER} every level that holds less than {@code share} of the column's
     * present training cells.
     *
     * @param share in [0, 1)
     * @throws IllegalArgumentException when {@code share} is outside [0, 1) or NaN
     */
    public Encode minShare(double share) {
        Check.between("minShare", share, 0.0, 1.0);
        if (share == 1.0) {
            throw new IllegalArgumentException("minShare must be < 1.0 (was 1.0)");
        }
        return new Encode(kind, maxCategories, share, unseen);
    }

    /** A copy with the given policy for levels never seen in training. */
    public Encode unseen(Unseen policy) {
        return new Encode(kind, maxCategories, minShare, Objects.requireNonNull(policy, "policy"));
    }

    /** The kind of encoding. */
    public Kind kind() {
        return kind;
    }

    /** The cap on kept levels per column. */
    public int maxCategories() {
        return maxCategories;
    }

    /** The share below which a level is pooled. */
    public double minShare() {
        return minShare;
    }

    /** The policy for unseen levels. */
    public Unseen unseen() {
        return unseen;
    }

    /**
     * Learns the kept levels of every categorical column of {@code data}.
     *
     * @param data training customers; not modified
     * @throws IllegalArgumentException when {@code data} has no rows or a categorical column is entirely
     *                                  missing
     */
    @Override
    public FittedEncode fit(Dataset data) {
        StepInput.requireRows(FittedEncode.STEP, data);
        List<String> names = StepInput.names(data, ColumnType.CATEGORICAL);
        List<List<String>> kept = new ArrayList<>(names.size());
        List<List<String>> pooled = new ArrayList<>(names.size());
        for (String name : names) {
            CategoricalColumn c = data.categorical(name);
            StepInput.requireSomeValue(FittedEncode.STEP, c);
            List<String> k = new ArrayList<>();
            List<String> p = new ArrayList<>();
            splitLevels(c, k, p);
            kept.add(k);
            pooled.add(p);
        }
        return new FittedEncode(kind, unseen, names, kept, pooled);
    }

    /** Fills {@code kept} (ending in OTHER when anything is pooled) and {@code pooled} (sorted). */
    private void splitLevels(CategoricalColumn column, List<String> kept, List<String> pooled) {
        int[] counts = Impute.levelCounts(column);
        List<String> levels = column.levels();
        Integer[] order = new Integer[counts.length];
        for (int l = 0; l < order.length; l++) {
            order[l] = l;
        }
        java.util.Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
                : levels.get(a).compareTo(levels.get(b)));
        int present = column.size() - column.missingCount();
        for (int r = 0; r < order.length; r++) {
            int l = order[r];
            if (counts[l] == 0) {
                continue; // a level of the dictionary that no row uses (after filtering rows)
            }
            boolean rare = counts[l] < minShare * present;
            if (kept.size() < maxCategories && !rare && !levels.get(l).equals(OTHER)) {
                kept.add(levels.get(l));
            } else {
                pooled.add(levels.get(l)); // a real level named "other" joins the pool of the same name
            }
        }
        if (!pooled.isEmpty()) {
            kept.add(OTHER);
            java.util.Collections.sort(pooled);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Encode other && kind == other.kind && maxCategories == other.maxCategories
                && Double.compare(minShare, other.minShare) == 0 && unseen == other.unseen;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, maxCategories, minShare, unseen);
    }

    @Override
    public String toString() {
        return "Encode[" + kind + ", maxCategories " + maxCategories + ", minShare " + minShare + ", unseen "
                + unseen + "]";
    }
}
