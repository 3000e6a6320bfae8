package io.segmentation.data;

import io.segmentation.internal.Check;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable column of identifiers (customer ids). It travels with the rows into results and is
 * never used as a feature. Identifiers may be missing ({@code null}) but are not checked for
 * uniqueness.
 */
public final class IdColumn implements Column {
    private final String name;
    private final String[] ids;
    private final int missing;

    private IdColumn(String name, String[] ids) {
        this.name = Check.notBlank("column name", name);
        this.ids = ids;
        int m = 0;
        for (String id : ids) {
            if (id == null) {
                m++;
            }
        }
        this.missing = m;
    }

    /** A column of copies of {@code ids}; a {@code null} is missing. */
    public static IdColumn of(String name, String... ids) {
        return new IdColumn(name, ids.clone());
    }

    /** A column of the given ids; a {@code null} is missing. {@code ids} is not modified. */
    public static IdColumn of(String name, List<String> ids) {
        return new IdColumn(name, ids.toArray(new String[0]));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.ID;
    }

    @Override
    public int size() {
        return ids.length;
    }

    /** The id of row {@code i}, or {@code null} when missing. */
    public String get(int i) {
        return ids[i];
    }

    @Override
    public boolean isMissing(int i) {
        return ids[i] == null;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public Object value(int i) {
        return ids[i];
    }

    @Override
    public IdColumn rows(int[] rows) {
        String[] picked = new String[rows.length];
        for (int r = 0; r < rows.length; r++) {
            picked[r] = ids[rows[r]];
        }
        return new IdColumn(name, picked);
    }

    @Override
    public IdColumn rename(String newName) {
        return new IdColumn(newName, ids);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdColumn other && name.equals(other.name) && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return "IdColumn[" + name + ", " + ids.length + " rows]";
    }
}
