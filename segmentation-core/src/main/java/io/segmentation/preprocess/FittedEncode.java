package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Encoding fitted by {@link Encode#fit(Dataset)}: for each categorical column its kept levels (in output
 * order, {@value Encode#OTHER} last when rare levels were pooled) and the pooled training levels. Numeric
 * and id columns pass through. Immutable and thread-safe.
 */
public final class FittedEncode implements FittedStep {
    static final String STEP = "encode";

    private final Encode.Kind kind;
    private final Encode.Unseen unseen;
    private final List<String> columns;
    private final List<List<String>> kept;
    private final List<List<String>> pooled;
    private final List<Map<String, Integer>> index;
    private final List<List<String>> outputs;

    FittedEncode(Encode.Kind kind, Encode.Unseen unseen, List<String> columns, List<List<String>> kept,
            List<List<String>> pooled) {
        this.kind = kind;
        this.unseen = unseen;
        this.columns = List.copyOf(columns);
        List<List<String>> k = new ArrayList<>(kept.size());
        List<List<String>> p = new ArrayList<>(pooled.size());
        List<Map<String, Integer>> idx = new ArrayList<>(kept.size());
        for (int j = 0; j < kept.size(); j++) {
            List<String> levels = List.copyOf(kept.get(j));
            k.add(levels);
            p.add(List.copyOf(pooled.get(j)));
            Map<String, Integer> m = new HashMap<>();
            for (int l = 0; l < levels.size(); l++) {
                m.put(levels.get(l), l);
            }
            if (!pooled.get(j).isEmpty()) {
                int other = levels.size() - 1;
                for (String level : pooled.get(j)) {
                    m.put(level, other);
                }
            }
            idx.add(Map.copyOf(m));
        }
        this.kept = List.copyOf(k);
        this.pooled = List.copyOf(p);
        this.index = List.copyOf(idx);
        List<List<String>> names = new ArrayList<>(this.columns.size());
        for (int j = 0; j < this.columns.size(); j++) {
            List<String> out = new ArrayList<>();
            if (kind == Encode.Kind.LABEL) {
                out.add(this.columns.get(j));
            } else {
                for (String level : this.kept.get(j)) {
                    out.add(this.columns.get(j) + "=" + level);
                }
            }
            names.add(List.copyOf(out));
        }
        this.outputs = List.copyOf(names);
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    /** The kind of encoding. */
    public Encode.Kind kind() {
        return kind;
    }

    /** The policy for unseen levels. */
    public Encode.Unseen unseen() {
        return unseen;
    }

    /** The kept levels of a fitted column, in output order ({@value Encode#OTHER} last when there is a pool). */
    public List<String> levels(String column) {
        return kept.get(indexOf(column));
    }

    /** The training levels of a fitted column that were pooled into {@value Encode#OTHER}, sorted. */
    public List<String> pooledLevels(String column) {
        return pooled.get(indexOf(column));
    }

    /** The names of the columns that replace {@code column}: {@code column=level} (one-hot) or itself. */
    public List<String> outputColumns(String column) {
        return outputs.get(indexOf(column));
    }

    /**
     * Replaces each fitted categorical column, in place, by its encoding.
     *
     * @throws IllegalArgumentException when a fitted column is absent or not categorical, or (under
     *                                  {@link Encode.Unseen#ERROR}) holds a level not seen in training or a
     *                                  missing cell
     */
    @Override
    public Dataset transform(Dataset data) {
        Objects.requireNonNull(data, "data");
        CategoricalColumn[] in = new CategoricalColumn[columns.size()];
        for (int j = 0; j < in.length; j++) {
            in[j] = StepInput.categorical(STEP, data, columns.get(j));
        }
        List<List<Column>> done = new ArrayList<>(java.util.Collections.nCopies(in.length, (List<Column>) null));
        StepInput.forEachColumn(data.rowCount(), in.length, j -> done.set(j, encode(j, in[j])));
        Map<String, List<Column>> encoded = new HashMap<>();
        for (int j = 0; j < in.length; j++) {
            encoded.put(in[j].name(), done.get(j));
        }
        List<Column> out = new ArrayList<>(data.columnCount());
        for (Column c : data.columns()) {
            List<Column> e = encoded.get(c.name());
            if (e == null) {
                out.add(c);
            } else {
                out.addAll(e);
            }
        }
        return Dataset.ofColumns(out);
    }

    private List<Column> encode(int j, CategoricalColumn c) {
        // Map the column's own dictionary once; the row loop then reads an int array.
        List<String> levels = c.levels();
        int[] map = new int[levels.size()];
        Map<String, Integer> known = index.get(j);
        for (int l = 0; l < map.length; l++) {
            Integer to = known.get(levels.get(l));
            map[l] = to == null ? -1 : to;
        }
        int n = c.size();
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            int code = c.code(i);
            int to = code == CategoricalColumn.MISSING ? -1 : map[code];
            if (to < 0 && unseen == Encode.Unseen.ERROR) {
                throw unseenError(c, i);
            }
            codes[i] = to;
        }
        if (kind == Encode.Kind.LABEL) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = codes[i];
            }
            return List.of(NumericColumn.wrap(c.name(), v));
        }
        List<String> names = outputs.get(j);
        double[][] indicators = new double[names.size()][n];
        for (int i = 0; i < n; i++) {
            if (codes[i] >= 0) {
                indicators[codes[i]][i] = 1.0;
            }
        }
        List<Column> out = new ArrayList<>(names.size());
        for (int l = 0; l < names.size(); l++) {
            out.add(NumericColumn.wrap(names.get(l), indicators[l]));
        }
        return out;
    }

    private IllegalArgumentException unseenError(CategoricalColumn c, int row) {
        String value = c.get(row);
        if (value == null) {
            return new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s step, column \"%s\", row %d: missing; impute missing values before this step", STEP,
                    c.name(), row));
        }
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "%s step, column \"%s\", row %d: level \"%s\" was not seen in training (unseen policy ERROR); "
                        + "the levels are %s", STEP, c.name(), row, value, kept.get(columns.indexOf(c.name()))));
    }

    private int indexOf(String column) {
        int j = columns.indexOf(column);
        if (j < 0) {
            throw new IllegalArgumentException("column \"" + column + "\" was not fitted; the fitted columns are "
                    + columns);
        }
        return j;
    }

    @Override
    public JsonObject toState() {
        List<JsonObject> cols = new ArrayList<>(columns.size());
        for (int j = 0; j < columns.size(); j++) {
            cols.add(new StateWriter().put("name", columns.get(j)).put("levels", kept.get(j))
                    .put("pooled", pooled.get(j)).toJson());
        }
        return new StateWriter().put("step", STEP).put("kind", kind.name()).put("unseen", unseen.name())
                .putAll("columns", cols).toJson();
    }

    /**
     * Reads the state written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path when the state is malformed
     */
    public static FittedEncode read(StateReader state) {
        Encode.Kind kind = state.enumValue("kind", Encode.Kind.class);
        Encode.Unseen unseen = state.enumValue("unseen", Encode.Unseen.class);
        List<String> names = new ArrayList<>();
        List<List<String>> kept = new ArrayList<>();
        List<List<String>> pooled = new ArrayList<>();
        for (StateReader c : state.children("columns")) {
            names.add(c.string("name"));
            List<String> levels = c.strings("levels");
            List<String> pool = c.strings("pooled");
            if (levels.isEmpty()) {
                throw c.fail("levels", "expected at least one level, found none");
            }
            if (!pool.isEmpty() && !levels.get(levels.size() - 1).equals(Encode.OTHER)) {
                throw c.fail("levels", "expected \"" + Encode.OTHER + "\" last since levels are pooled, found \""
                        + levels.get(levels.size() - 1) + "\"");
            }
            kept.add(levels);
            pooled.add(pool);
        }
        return new FittedEncode(kind, unseen, names, kept, pooled);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedEncode other && kind == other.kind && unseen == other.unseen
                && columns.equals(other.columns) && kept.equals(other.kept) && pooled.equals(other.pooled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, unseen, columns, kept, pooled);
    }

    @Override
    public String toString() {
        return "FittedEncode[" + kind + ", " + columns + "]";
    }
}
