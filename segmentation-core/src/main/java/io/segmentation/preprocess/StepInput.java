package io.segmentation.preprocess;

import io.segmentation.internal.Workers;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.ColumnType;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The checks every step makes on the tables it is given, worded once: each message starts with the step
 * and the column ({@code scale step, column "age", row 3: NaN; impute missing values before this step}).
 */
final class StepInput {
    /** Tables with fewer rows are processed on the calling thread. */
    static final int PARALLEL_ROWS = 1 << 16;

    private StepInput() {
    }

    /** Fails when {@code data} is null or has no rows; the step cannot learn anything from it. */
    static Dataset requireRows(String step, Dataset data) {
        Objects.requireNonNull(data, "data");
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException(step + " step: cannot fit on a table with no rows");
        }
        return data;
    }

    /** The named column, which must exist and have the given type. */
    static Column column(String step, Dataset data, String name, ColumnType type) {
        if (!data.has(name)) {
            throw new IllegalArgumentException(step + " step, column \"" + name
                    + "\": not in the table (the step was fitted on it); the columns are " + data.columnNames());
        }
        Column c = data.column(name);
        if (c.type() != type) {
            throw new IllegalArgumentException(step + " step, column \"" + name + "\": expected "
                    + lower(type) + ", found " + lower(c.type()));
        }
        return c;
    }

    /** The named numeric column, which must exist. */
    static NumericColumn numeric(String step, Dataset data, String name) {
        return (NumericColumn) column(step, data, name, ColumnType.NUMERIC);
    }

    /** The named categorical column, which must exist. */
    static CategoricalColumn categorical(String step, Dataset data, String name) {
        return (CategoricalColumn) column(step, data, name, ColumnType.CATEGORICAL);
    }

    /** The names of the columns of {@code data} of one type, in order. */
    static List<String> names(Dataset data, ColumnType type) {
        List<String> names = new ArrayList<>();
        for (Column c : data.columns()) {
            if (c.type() == type) {
                names.add(c.name());
            }
        }
        return names;
    }

    /** Fails when every cell of a column is missing at fit time. */
    static void requireSomeValue(String step, Column column) {
        if (column.missingCount() == column.size()) {
            throw new IllegalArgumentException(step + " step, column \"" + column.name()
                    + "\": every value is missing; drop the column or fill it before this step");
        }
    }

    /** Fails at the first NaN or infinite value of {@code values}, naming the row. */
    static void requireFinite(String step, String column, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw notFinite(step, column, i, values[i]);
            }
        }
    }

    /** The failure for a NaN or infinite cell. */
    static IllegalArgumentException notFinite(String step, String column, int row, double value) {
        String what = Double.isNaN(value) ? "NaN (missing); impute missing values before this step"
                : value + "; only finite values can be used";
        return new IllegalArgumentException(step + " step, column \"" + column + "\", row " + row + ": " + what);
    }

    /**
     * Runs {@code task} for every column index in [0, count), on one thread per processor when the table has at
     * least {@value #PARALLEL_ROWS} rows (one thread otherwise, as for a single customer). Tasks write only their
     * own slots. When tasks fail, the failure of the lowest index is thrown, so the message does not depend on
     * the threads.
     */
    static void forEachColumn(int rows, int count, IntConsumer task) {
        int threads = rows >= PARALLEL_ROWS ? Math.min(Runtime.getRuntime().availableProcessors(), count) : 1;
        if (threads <= 1) {
            for (int j = 0; j < count; j++) {
                task.accept(j);
            }
            return;
        }
        RuntimeException[] failures = new RuntimeException[count];
        try (Workers workers = Workers.of(threads)) {
            workers.forEach(count, j -> {
                try {
                    task.accept(j);
                } catch (RuntimeException e) {
                    failures[j] = e;
                }
            });
        }
        for (RuntimeException e : failures) {
            if (e != null) {
                throw e;
            }
        }
    }

    private static String lower(ColumnType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
