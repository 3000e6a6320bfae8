package io.segmentation.data;

import io.segmentation.internal.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, dictionary-coded column of strings. Each cell holds a code into {@link #levels()} (in
 * order of first appearance), or {@link #MISSING}.
 */
public final class CategoricalColumn implements Column {
    /** The code of a missing cell. */
    public static final int MISSING = -1;

    private final String name;
    private final int[] codes;
    private final List<String> levels;
    private final int missing;

    private CategoricalColumn(String name, int[] codes, List<String> levels) {
        this.name = Check.notBlank("column name", name);
        this.codes = codes;
        this.levels = List.copyOf(levels);
        int m = 0;
        for (int c : codes) {
            if (c == MISSING) {
                m++;
            }
        }
        this.missing = m;
    }

    /** A column of the given cells; a {@code null} cell is missing. {@code values} is not modified. */
    public static CategoricalColumn of(String name, String... values) {
        return of(name, Arrays.asList(values));
    }

    /** A column of the given cells; a {@code null} cell is missing. {@code values} is not modified. */
    public static CategoricalColumn of(String name, List<String> values) {
        Map<String, Integer> index = new HashMap<>();
        List<String> levels = new ArrayList<>();
        int[] codes = new int[values.size()];
        for (int i = 0; i < codes.length; i++) {
            String v = values.get(i);
            if (v == null) {
                codes[i] = MISSING;
            } else {
                Integer code = index.get(v);
                if (code == null) {
                    code = levels.size();
                    index.put(v, code);
                    levels.add(v);
                }
                codes[i] = code;
            }
        }
        return new CategoricalColumn(name, codes, levels);
    }

    /**
     * A column from codes into {@code levels}; {@code codes} is copied, and every code must be
     * {@link #MISSING} or an index of {@code levels}.
     */
    public static CategoricalColumn ofCodes(String name, int[] codes, List<String> levels) {
        int[] copy = codes.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] != MISSING && (copy[i] < 0 || copy[i] >= levels.size())) {
                throw new IllegalArgumentException("codes[" + i + "] must be -1 or in [0, " + levels.size()
                        + ") (was " + copy[i] + ")");
            }
        }
        return new CategoricalColumn(name, copy, levels);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.CATEGORICAL;
    }

    @Override
    public int size() {
        return codes.length;
    }

    /** The code of row {@code i}: an index into {@link #levels()}, or {@link #MISSING}. */
    public int code(int i) {
        return codes[i];
    }

    /** The string of row {@code i}, or {@code null} when missing. */
    public String get(int i) {
        int c = codes[i];
        return c == MISSING ? null : levels.get(c);
    }

    /** The distinct values, in order of first appearance. */
    public List<String> levels() {
        return levels;
    }

    /** A copy of the codes. */
    public int[] codes() {
        return codes.clone();
    }

    @Override
    public boolean isMissing(int i) {
        return codes[i] == MISSING;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public Object value(int i) {
        return get(i);
    }

    @Override
    public CategoricalColumn rows(int[] rows) {
        int[] picked = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            picked[r] = codes[rows[r]];
        }
        return new CategoricalColumn(name, picked, levels);
    }

    @Override
    public CategoricalColumn rename(String newName) {
        return new CategoricalColumn(newName, codes, levels);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CategoricalColumn other) || !name.equals(other.name) || codes.length != other.codes.length) {
            return false;
        }
        for (int i = 0; i < codes.length; i++) {
            if (!java.util.Objects.equals(get(i), other.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = name.hashCode();
        for (int i = 0; i < codes.length; i++) {
            h = 31 * h + java.util.Objects.hashCode(get(i));
        }
        return h;
    }

    @Override
    public String toString() {
        return "CategoricalColumn[" + name + ", " + codes.length + " rows, " + levels.size() + " levels, "
                + missing + " missing]";
    }
}
