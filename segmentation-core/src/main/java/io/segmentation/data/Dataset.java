package io.segmentation.data;

import io.segmentation.internal.Check;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;

/**
 * An immutable, columnar table of customers: numeric, categorical and id columns of equal length, with
 * missing cells explicit. Selecting or dropping columns shares the columns; filtering rows copies only
 * the chosen rows.
 *
 * <pre>{@code
 * Dataset customers = Dataset.readCsv(Path.of("customers.csv"));
 * Dataset adults = customers.filter(i -> customers.numeric("age").get(i) >= 18).drop("true_segment");
 * Dataset mine = Dataset.of(myCustomers)
 *         .id("customer_id", Customer::id)
 *         .numeric("age", Customer::age)
 *         .categorical("channel", Customer::channel)
 *         .build();
 * }</pre>
 */
public final class Dataset {
    private final List<Column> columns;
    private final Map<String, Integer> index;
    private final int rowCount;

    private Dataset(List<Column> columns, int rowCount) {
        this.columns = List.copyOf(columns);
        this.rowCount = rowCount;
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (int c = 0; c < this.columns.size(); c++) {
            Column col = this.columns.get(c);
            if (idx.put(col.name(), c) != null) {
                throw new IllegalArgumentException("column name \"" + col.name() + "\" appears twice");
            }
            if (col.size() != rowCount) {
                throw new IllegalArgumentException("column \"" + col.name() + "\" has " + col.size()
                        + " rows, expected " + rowCount);
            }
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /** A dataset of the given columns, which must have equal lengths and distinct names. */
    public static Dataset ofColumns(List<? extends Column> columns) {
        Objects.requireNonNull(columns, "columns");
        int n = columns.isEmpty() ? 0 : columns.get(0).size();
        return new Dataset(new ArrayList<>(columns), n);
    }

    /** A dataset of the given columns, which must have equal lengths and distinct names. */
    public static Dataset ofColumns(Column... columns) {
        return ofColumns(Arrays.asList(columns));
    }

    /**
     * A numeric dataset from rows of equal length; NaN marks a missing cell.
     *
     * @param rows  one array per row, not modified
     * @param names one name per column
     * @throws IllegalArgumentException when a row's length differs from the number of names
     */
    public static Dataset of(double[][] rows, String... names) {
        Objects.requireNonNull(rows, "rows");
        int d = names.length;
        double[][] cols = new double[d][rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("rows[" + i + "] has " + rows[i].length + " values, expected "
                        + d + " (one per name)");
            }
            for (int j = 0; j < d; j++) {
                cols[j][i] = rows[i][j];
            }
        }
        List<Column> columns = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            columns.add(NumericColumn.wrap(names[j], cols[j]));
        }
        return new Dataset(columns, rows.length);
    }

    /** Starts a dataset with one row per object of {@code items}, with columns mapped by functions. */
    public static <T> Mapping<T> of(List<T> items) {
        return new Mapping<>(items);
    }

    /**
     * Reads a CSV file with the default {@link CsvOptions}, as {@link Csv#read(Path)} does.
     *
     * @param path a UTF-8 CSV file with a header line
     * @return the dataset, with the file's columns in order
     * @throws CsvFormatException when the file breaks a rule of {@link Csv}
     * @throws IOException        when the file cannot be read
     */
    public static Dataset readCsv(Path path) throws IOException {
        return Csv.read(path);
    }

    /**
     * Reads a CSV file, as {@link Csv#read(Path, CsvOptions)} does.
     *
     * @param path    a UTF-8 CSV file with a header line
     * @param options delimiter, missing markers, types, schema
     * @return the dataset, with the file's columns in order
     * @throws CsvFormatException when the file breaks a rule of {@link Csv} or of the options
     * @throws IOException        when the file cannot be read
     */
    public static Dataset readCsv(Path path, CsvOptions options) throws IOException {
        return Csv.read(path, options);
    }

    /**
     * Writes this dataset as a CSV file, atomically, as {@link Csv#write(Dataset, Path)} does.
     *
     * @param path the file to create or replace
     * @throws IOException when the file cannot be written
     */
    public void writeCsv(Path path) throws IOException {
        Csv.write(this, path);
    }

    /** The number of rows. */
    public int rowCount() {
        return rowCount;
    }

    /** The number of columns. */
    public int columnCount() {
        return columns.size();
    }

    /** The columns' names and types, in order. */
    public Schema schema() {
        List<Schema.Field> fields = new ArrayList<>(columns.size());
        for (Column c : columns) {
            fields.add(new Schema.Field(c.name(), c.type()));
        }
        return new Schema(fields);
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return List.copyOf(index.keySet());
    }

    /** The columns, in order. */
    public List<Column> columns() {
        return columns;
    }

    /** Whether a column of this name exists. */
    public boolean has(String name) {
        return index.containsKey(name);
    }

    /**
     * The named column.
     *
     * @throws IllegalArgumentException when there is no such column
     */
    public Column column(String name) {
        Integer c = index.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no column \"" + name + "\"; the columns are " + index.keySet());
        }
        return columns.get(c);
    }

    /**
     * The named numeric column.
     *
     * @throws IllegalArgumentException when there is no such column or it is not numeric
     */
    public NumericColumn numeric(String name) {
        return as(name, NumericColumn.class, ColumnType.NUMERIC);
    }

    /**
     * The named categorical column.
     *
     * @throws IllegalArgumentException when there is no such column or it is not categorical
     */
    public CategoricalColumn categorical(String name) {
        return as(name, CategoricalColumn.class, ColumnType.CATEGORICAL);
    }

    /**
     * The named id column.
     *
     * @throws IllegalArgumentException when there is no such column or it is not an id column
     */
    public IdColumn id(String name) {
        return as(name, IdColumn.class, ColumnType.ID);
    }

    private <C extends Column> C as(String name, Class<C> kind, ColumnType type) {
        Column c = column(name);
        if (!kind.isInstance(c)) {
            throw new IllegalArgumentException("column \"" + name + "\" is " + c.type().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not " + type.name().toLowerCase(java.util.Locale.ROOT));
        }
        return kind.cast(c);
    }

    /** A dataset of the named columns, in the given order; the columns are shared, not copied. */
    public Dataset select(String... names) {
        return select(Arrays.asList(names));
    }

    /** A dataset of the named columns, in the given order; the columns are shared, not copied. */
    public Dataset select(List<String> names) {
        List<Column> picked = new ArrayList<>(names.size());
        for (String name : names) {
            picked.add(column(name));
        }
        return new Dataset(picked, rowCount);
    }

    /**
     * A dataset without the named columns; the others are shared, not copied.
     *
     * @throws IllegalArgumentException when a named column does not exist
     */
    public Dataset drop(String... names) {
        return drop(Arrays.asList(names));
    }

    /**
     * A dataset without the named columns; the others are shared, not copied.
     *
     * @throws IllegalArgumentException when a named column does not exist
     */
    public Dataset drop(List<String> names) {
        for (String name : names) {
            column(name);
        }
        List<Column> kept = new ArrayList<>(columns.size());
        for (Column c : columns) {
            if (!names.contains(c.name())) {
                kept.add(c);
            }
        }
        return new Dataset(kept, rowCount);
    }

    /** A dataset with {@code column} added at the end, or in place of the column of the same name. */
    public Dataset withColumn(Column column) {
        Objects.requireNonNull(column, "column");
        List<Column> next = new ArrayList<>(columns);
        Integer at = index.get(column.name());
        if (at == null) {
            next.add(column);
        } else {
            next.set(at, column);
        }
        return new Dataset(next, rowCount);
    }

    /** The rows for which {@code keep} is true, in order. */
    public Dataset filter(IntPredicate keep) {
        int[] rows = new int[rowCount];
        int m = 0;
        for (int i = 0; i < rowCount; i++) {
            if (keep.test(i)) {
                rows[m++] = i;
            }
        }
        return rows(Arrays.copyOf(rows, m));
    }

    /**
     * The given rows, in the given order (repeats allowed); {@code rows} is not modified.
     *
     * @throws IllegalArgumentException when an index is outside [0, rowCount)
     */
    public Dataset rows(int[] rows) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] < 0 || rows[r] >= rowCount) {
                throw new IllegalArgumentException("rows[" + r + "] must be in [0, " + rowCount + ") (was "
                        + rows[r] + ")");
            }
        }
        List<Column> picked = new ArrayList<>(columns.size());
        for (Column c : columns) {
            picked.add(c.rows(rows));
        }
        return new Dataset(picked, rows.length);
    }

    /** The first {@code count} rows (all of them when there are fewer). */
    public Dataset head(int count) {
        Check.atLeast("count", count, 0);
        int m = Math.min(count, rowCount);
        int[] rows = new int[m];
        for (int i = 0; i < m; i++) {
            rows[i] = i;
        }
        return rows(rows);
    }

    /**
     * Row {@code i} as an unmodifiable map from column name to a {@code Double} or {@code String}, with
     * {@code null} for a missing cell, in column order.
     */
    public Map<String, Object> row(int i) {
        Objects.checkIndex(i, rowCount);
        Map<String, Object> row = new LinkedHashMap<>();
        for (Column c : columns) {
            row.put(c.name(), c.value(i));
        }
        return Collections.unmodifiableMap(row);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset other && rowCount == other.rowCount && columns.equals(other.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return "Dataset[" + rowCount + " rows, columns " + index.keySet() + "]";
    }

    /**
     * Builds a {@link Dataset} from the user's own objects, one row per object, one function per column.
     *
     * @param <T> the type of the objects
     */
    public static final class Mapping<T> {
        private final List<T> items;
        private final List<Column> columns = new ArrayList<>();

        private Mapping(List<T> items) {
            this.items = List.copyOf(Objects.requireNonNull(items, "items"));
        }

        /** Adds an id column; the function may return {@code null} for a missing id. */
        public Mapping<T> id(String name, Function<? super T, String> id) {
            List<String> ids = new ArrayList<>(items.size());
            for (T item : items) {
                ids.add(id.apply(item));
            }
            columns.add(IdColumn.of(name, ids));
            return this;
        }

        /** Adds a numeric column; the function may return NaN for a missing value. */
        public Mapping<T> numeric(String name, ToDoubleFunction<? super T> value) {
            double[] values = new double[items.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value.applyAsDouble(items.get(i));
            }
            columns.add(NumericColumn.wrap(name, values));
            return this;
        }

        /** Adds a categorical column; the function may return {@code null} for a missing value. */
        public Mapping<T> categorical(String name, Function<? super T, String> value) {
            List<String> values = new ArrayList<>(items.size());
            for (T item : items) {
                values.add(value.apply(item));
            }
            columns.add(CategoricalColumn.of(name, values));
            return this;
        }

        /**
         * The dataset.
         *
         * @throws IllegalArgumentException when two columns share a name
         */
        public Dataset build() {
            return new Dataset(columns, items.size());
        }
    }
}
