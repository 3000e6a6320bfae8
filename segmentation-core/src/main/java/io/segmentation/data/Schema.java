package io.segmentation.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The names and types of a dataset's columns, in order. Pipelines store it to check that new customers
 * come with the columns the model was fitted on.
 *
 * @param columns the columns, in order
 */
public record Schema(List<Field> columns) {
    /** One column's name and type. */
    public record Field(String name, ColumnType type) {
    }

    /** Makes an immutable copy of {@code columns}. */
    public Schema {
        columns = List.copyOf(columns);
    }

    /** The column names, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(columns.size());
        for (Field f : columns) {
            names.add(f.name());
        }
        return List.copyOf(names);
    }

    /** The names of the columns of one type, in order. */
    public List<String> names(ColumnType type) {
        List<String> names = new ArrayList<>();
        for (Field f : columns) {
            if (f.type() == type) {
                names.add(f.name());
            }
        }
        return List.copyOf(names);
    }

    /** This schema without the named column; the same columns when there is none of that name (or it is null). */
    public Schema without(String name) {
        List<Field> kept = new ArrayList<>(columns.size());
        for (Field f : columns) {
            if (!f.name().equals(name)) {
                kept.add(f);
            }
        }
        return kept.size() == columns.size() ? this : new Schema(kept);
    }

    /** The index of the named column, or -1 when there is none. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
