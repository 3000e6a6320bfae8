package io.segmentation.data;

/**
 * One immutable column of a {@link Dataset}: a name, a type and one cell per row, some of which may be
 * missing. Columns are shared between datasets (selecting columns copies nothing).
 */
public sealed interface Column permits NumericColumn, CategoricalColumn, IdColumn {
    /** The column's name, unique within a dataset. */
    String name();

    /** What the column holds. */
    ColumnType type();

    /** The number of cells (rows). */
    int size();

    /** Whether the cell of row {@code i} is missing. */
    boolean isMissing(int i);

    /** The number of missing cells. */
    int missingCount();

    /** The cell of row {@code i} as a {@code Double} or a {@code String}, or {@code null} when missing. */
    Object value(int i);

    /** A column with the cells of the given rows, in that order; {@code rows} is not modified. */
    Column rows(int[] rows);

    /** The same cells under another name. */
    Column rename(String newName);
}
