package io.segmentation.data;

import io.segmentation.internal.Check;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How {@link Csv} reads and writes a CSV file: the delimiter (given, or detected from the header line),
 * the cells that mean "missing", per-column types that override inference, an optional {@link Schema}
 * to enforce, and the name used in error messages. Immutable; made by {@link #builder()}.
 *
 * <pre>{@code
 * CsvOptions options = CsvOptions.builder()
 *         .delimiter(';')
 *         .idColumn("customer_id")
 *         .type("zip", ColumnType.CATEGORICAL)   // digits, but not a quantity
 *         .missingMarkers("", "n/a")
 *         .build();
 * Dataset customers = Csv.read(Path.of("customers.csv"), options);
 * }</pre>
 */
public final class CsvOptions {
    /** The delimiters that {@link Builder#detectDelimiter()} chooses from: comma, semicolon, tab. */
    public static final List<Character> DETECTED_DELIMITERS = List.of(',', ';', '\t');

    /** The default missing markers: the empty cell, {@code NA}, {@code null}, {@code NaN} and {@code ?}. */
    public static final Set<String> DEFAULT_MISSING_MARKERS =
            Collections.unmodifiableSet(new LinkedHashSet<>(List.of("", "NA", "null", "NaN", "?")));

    private static final CsvOptions DEFAULTS = builder().build();

    /** What to do with header columns that neither the schema nor a {@link Builder#type} names. */
    public enum OtherColumns {
        /** Read them, with types inferred (from the first chunk when streaming): the default. */
        READ,
        /**
         * Leave them out without parsing a cell: only the schema's columns and the typed ones are read, so a stray
         * column can neither fail a row nor cost memory. Batch scoring reads this way.
         */
        SKIP
    }

    private final Character delimiter;
    private final Set<String> missingMarkers;
    private final Map<String, ColumnType> types;
    private final Schema schema;
    private final String name;
    private final OtherColumns otherColumns;

    private CsvOptions(Builder b) {
        this.delimiter = b.delimiter;
        this.missingMarkers = Collections.unmodifiableSet(new LinkedHashSet<>(b.missingMarkers));
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(b.types));
        this.schema = b.schema;
        this.name = b.name;
        this.otherColumns = b.otherColumns;
    }

    /** The defaults: detected delimiter, the default missing markers, inferred types, no schema. */
    public static CsvOptions defaults() {
        return DEFAULTS;
    }

    /** Starts options from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.delimiter = delimiter;
        b.missingMarkers = new LinkedHashSet<>(missingMarkers);
        b.types = new LinkedHashMap<>(types);
        b.schema = schema;
        b.name = name;
        b.otherColumns = otherColumns;
        return b;
    }

    /** The given delimiter, or empty when it is detected from the header line (and a comma is written). */
    public Optional<Character> delimiter() {
        return Optional.ofNullable(delimiter);
    }

    /** The cells read as missing in numeric and categorical columns; compared exactly, case-sensitive. */
    public Set<String> missingMarkers() {
        return missingMarkers;
    }

    /** The per-column types that override inference, by column name, in the order given. */
    public Map<String, ColumnType> types() {
        return types;
    }

    /** The schema to enforce, if any. */
    public Optional<Schema> schema() {
        return Optional.ofNullable(schema);
    }

    /** The name of the input used in error messages, if set; otherwise a file's name or {@code "input"}. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** Whether header columns that neither the schema nor a type names are read or skipped. */
    public OtherColumns otherColumns() {
        return otherColumns;
    }

    /**
     * The type a column must have: its override, else its schema type, else {@code null} (inferred).
     * {@link Builder#build()} has checked that the two agree.
     */
    ColumnType declaredType(String column) {
        ColumnType t = types.get(column);
        if (t == null && schema != null) {
            int at = schema.indexOf(column);
            if (at >= 0) {
                t = schema.columns().get(at).type();
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return "CsvOptions[delimiter=" + (delimiter == null ? "detected" : "'" + delimiter + "'")
                + ", missingMarkers=" + missingMarkers + ", types=" + types
                + ", schema=" + (schema == null ? "none" : schema.names()) + ", otherColumns=" + otherColumns + "]";
    }

    /** Collects {@link CsvOptions}; each setter checks its argument at once. */
    public static final class Builder {
        private Character delimiter;
        private Set<String> missingMarkers = new LinkedHashSet<>(DEFAULT_MISSING_MARKERS);
        private Map<String, ColumnType> types = new LinkedHashMap<>();
        private Schema schema;
        private String name;
        private OtherColumns otherColumns = OtherColumns.READ;

        private Builder() {
        }

        /**
         * Uses {@code delimiter} instead of detecting one.
         *
         * @param delimiter any character except the quote {@code "}, CR and LF
         * @throws IllegalArgumentException when {@code delimiter} is a quote, CR or LF
         */
        public Builder delimiter(char delimiter) {
            if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
                throw new IllegalArgumentException("delimiter must not be a quote, CR or LF (was "
                        + Csv.describe(String.valueOf(delimiter)) + ")");
            }
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Detects the delimiter (the default): whichever of comma, semicolon and tab occurs most often
         * outside quotes in the header line; a comma on a tie or when none occurs.
         */
        public Builder detectDelimiter() {
            this.delimiter = null;
            return this;
        }

        /**
         * Replaces the missing markers.
         *
         * @param markers cells that mean "missing", compared exactly; none may be {@code null}; may be
         *                empty, and then even an empty cell is a value (an empty string, or an error in a
         *                numeric column)
         * @throws NullPointerException when a marker is {@code null}
         */
        public Builder missingMarkers(String... markers) {
            Set<String> set = new LinkedHashSet<>();
            for (int m = 0; m < markers.length; m++) {
                set.add(Objects.requireNonNull(markers[m], "missing marker " + m));
            }
            this.missingMarkers = set;
            return this;
        }

        /**
         * Gives a column's type instead of inferring it; the last call for a column wins.
         *
         * @param column the header name; it must exist in the file
         * @param type   the type to read the column as
         * @throws IllegalArgumentException when {@code column} is blank
         */
        public Builder type(String column, ColumnType type) {
            Check.notBlank("column", column);
            types.put(column, Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Reads {@code column} as the id column, like {@code type(column, ColumnType.ID)}: every row
         * must have an id.
         *
         * @param column the header name; it must exist in the file
         * @throws IllegalArgumentException when {@code column} is blank
         */
        public Builder idColumn(String column) {
            return type(column, ColumnType.ID);
        }

        /**
         * Enforces a schema, as batch scoring does: every column of the schema must be in the header,
         * and is read as the schema's type (a numeric column must parse). Columns not in the schema are
         * read as usual, or skipped with {@link #otherColumns(OtherColumns)}.
         *
         * @param schema the schema, or {@code null} to enforce none
         */
        public Builder schema(Schema schema) {
            this.schema = schema;
            return this;
        }

        /**
         * What to do with header columns that neither the schema nor a {@link #type} names.
         *
         * @param otherColumns {@link OtherColumns#READ} (the default) or {@link OtherColumns#SKIP}
         */
        public Builder otherColumns(OtherColumns otherColumns) {
            this.otherColumns = Objects.requireNonNull(otherColumns, "otherColumns");
            return this;
        }

        /**
         * Names the input in error messages ({@code "customers.csv"}).
         *
         * @param name the name, not blank
         * @throws IllegalArgumentException when {@code name} is blank
         */
        public Builder name(String name) {
            this.name = Check.notBlank("name", name);
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalStateException when a type override contradicts the schema, or a missing marker
         *                               contains the delimiter; every problem is listed
         */
        public CsvOptions build() {
            List<String> problems = new ArrayList<>();
            if (schema != null) {
                for (Map.Entry<String, ColumnType> e : types.entrySet()) {
                    int at = schema.indexOf(e.getKey());
                    if (at >= 0 && schema.columns().get(at).type() != e.getValue()) {
                        problems.add("type(\"" + e.getKey() + "\", " + e.getValue() + ") contradicts the schema, "
                                + "which says " + schema.columns().get(at).type());
                    }
                }
            }
            if (delimiter != null) {
                for (String m : missingMarkers) {
                    if (m.indexOf(delimiter) >= 0) {
                        problems.add("missing marker \"" + m + "\" contains the delimiter "
                                + Csv.describe(String.valueOf(delimiter)));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("CsvOptions are inconsistent:\n  - " + String.join("\n  - ", problems));
            }
            return new CsvOptions(this);
        }
    }
}
