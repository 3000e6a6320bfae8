package io.segmentation.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.segmentation.data.ColumnType;
import io.segmentation.data.Dataset;
import io.segmentation.data.Schema;
import io.segmentation.internal.Check;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a model file says about itself: the format and library versions that wrote it, when, with which
 * seed and thread count, the input columns, a fingerprint of the training data, the platform, and a
 * free-form description. Immutable.
 *
 * <p>In the file these are top-level fields beside the sections ({@code "formatVersion": 1,
 * "libraryVersion": "0.1.0", "createdAt": "2026-01-31T12:00:00Z", ...}); see {@code docs/model-file.md}.
 *
 * <pre>{@code
 * ModelMetadata metadata = ModelMetadata.builder()
 *         .trainingData(customers)        // schema, row count and fingerprint
 *         .seed(42)
 *         .threads(4)
 *         .description("churn segments, weekly refit")
 *         .build();
 * }</pre>
 */
public final class ModelMetadata {
    /** The top-level fields that belong to the metadata, in the order they are written. */
    static final List<String> FIELDS = List.of("formatVersion", "libraryVersion", "createdAt", "seed", "threads",
            "description", "platform", "trainingData", "schema");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final int formatVersion;
    private final String libraryVersion;
    private final Instant createdAt;
    private final long seed;
    private final OptionalInt threads;
    private final String description;
    private final Platform platform;
    private final int trainingRows;
    private final String trainingFingerprint;
    private final Schema schema;

    /**
     * The Java runtime and operating system a model was fitted on.
     *
     * @param javaVersion the {@code java.version} system property, such as {@code 17.0.12}
     * @param javaVendor the {@code java.vendor} system property
     * @param os the {@code os.name} system property, such as {@code Linux}
     * @param arch the {@code os.arch} system property, such as {@code amd64}
     */
    public record Platform(String javaVersion, String javaVendor, String os, String arch) {
        /** Checks that no part is null. */
        public Platform {
            Objects.requireNonNull(javaVersion, "javaVersion");
            Objects.requireNonNull(javaVendor, "javaVendor");
            Objects.requireNonNull(os, "os");
            Objects.requireNonNull(arch, "arch");
        }

        /** The platform this code runs on. */
        public static Platform current() {
            return new Platform(System.getProperty("java.version", ""), System.getProperty("java.vendor", ""),
                    System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        }
    }

    private ModelMetadata(Builder b) {
        this.formatVersion = b.formatVersion;
        this.libraryVersion = b.libraryVersion;
        this.createdAt = b.createdAt;
        this.seed = b.seed;
        this.threads = b.threads;
        this.description = b.description;
        this.platform = b.platform;
        this.trainingRows = b.trainingRows;
        this.trainingFingerprint = b.trainingFingerprint;
        this.schema = b.schema;
    }

    /**
     * A builder with the current format version, {@link Version#library()}, the current time (to the
     * millisecond), {@link Platform#current()}, no thread count and an empty description; the training
     * data and the seed must be set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The version of the file format, {@code 1} up to {@link ModelFile#FORMAT_VERSION}. */
    public int formatVersion() {
        return formatVersion;
    }

    /** The version of the library that wrote the file (see {@link Version#library()}). */
    public String libraryVersion() {
        return libraryVersion;
    }

    /** When the model was made; written in ISO-8601 UTC ({@code 2026-01-31T12:00:00Z}). */
    public Instant createdAt() {
        return createdAt;
    }

    /** The seed of the fit, which makes it repeatable. */
    public long seed() {
        return seed;
    }

    /** The number of threads of the fit, when recorded (results do not depend on it). */
    public OptionalInt threads() {
        return threads;
    }

    /** A free-form description; empty when none was given. */
    public String description() {
        return description;
    }

    /** The Java runtime and operating system the model was made on. */
    public Platform platform() {
        return platform;
    }

    /** The number of rows of the training data. */
    public int trainingRows() {
        return trainingRows;
    }

    /** The {@link DatasetFingerprint} of the training data: 64 lowercase hexadecimal digits. */
    public String trainingFingerprint() {
        return trainingFingerprint;
    }

    /** The names and types of the input columns, in order. */
    public Schema schema() {
        return schema;
    }

    /** A builder that starts from this metadata, to change a field or two. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.formatVersion = formatVersion;
        b.libraryVersion = libraryVersion;
        b.createdAt = createdAt;
        b.seed = seed;
        b.seedSet = true;
        b.threads = threads;
        b.description = description;
        b.platform = platform;
        b.trainingRows = trainingRows;
        b.trainingFingerprint = trainingFingerprint;
        b.schema = schema;
        return b;
    }

    /**
     * The metadata as the top-level fields of a model file, in the order of the format (threads only
     * when recorded).
     */
    public JsonObject toState() {
        StateWriter w = new StateWriter()
                .put("formatVersion", (long) formatVersion)
                .put("libraryVersion", libraryVersion)
                .put("createdAt", createdAt.toString())
                .put("seed", seed);
        if (threads.isPresent()) {
            w.put("threads", (long) threads.getAsInt());
        }
        w.put("description", description)
                .put("platform", new StateWriter()
                        .put("javaVersion", platform.javaVersion())
                        .put("javaVendor", platform.javaVendor())
                        .put("os", platform.os())
                        .put("arch", platform.arch())
                        .toJson())
                .put("trainingData", new StateWriter()
                        .put("rows", (long) trainingRows)
                        .put("fingerprint", trainingFingerprint)
                        .toJson());
        List<JsonObject> fields = new ArrayList<>(schema.columns().size());
        for (Schema.Field f : schema.columns()) {
            fields.add(new StateWriter().put("name", f.name()).put("type", f.type().name()).toJson());
        }
        return w.putAll("schema", fields).toJson();
    }

    /**
     * Reads the metadata fields of {@code state} (the top level of a model file); other fields, such as
     * the sections, are left to the caller.
     *
     * @throws IllegalArgumentException naming the JSON path when a field is missing or wrong
     */
    public static ModelMetadata read(StateReader state) {
        Builder b = new Builder();
        b.formatVersion = state.integer("formatVersion", 1, ModelFile.FORMAT_VERSION);
        b.libraryVersion = state.string("libraryVersion");
        if (b.libraryVersion.isBlank()) {
            throw state.fail("libraryVersion", "expected a version, found \"" + b.libraryVersion + "\"");
        }
        String created = state.string("createdAt");
        try {
            b.createdAt = Instant.parse(created);
        } catch (DateTimeParseException e) {
            throw state.fail("createdAt", "expected an ISO-8601 UTC time such as 2026-01-31T12:00:00Z, found \""
                    + created + "\"");
        }
        b.seed = exactLong(state, "seed");
        b.seedSet = true;
        if (state.has("threads")) {
            b.threads = OptionalInt.of(state.integer("threads", 1, Integer.MAX_VALUE));
        }
        b.description = state.string("description");
        StateReader p = state.child("platform");
        p.rejectUnknownKeys(List.of("javaVersion", "javaVendor", "os", "arch"));
        b.platform = new Platform(p.string("javaVersion"), p.string("javaVendor"), p.string("os"), p.string("arch"));
        StateReader t = state.child("trainingData");
        t.rejectUnknownKeys(List.of("rows", "fingerprint"));
        b.trainingRows = t.integer("rows", 0, Integer.MAX_VALUE);
        b.trainingFingerprint = t.string("fingerprint");
        if (!SHA256_HEX.matcher(b.trainingFingerprint).matches()) {
            throw t.fail("fingerprint", "expected 64 lowercase hexadecimal digits, found \""
                    + b.trainingFingerprint + "\"");
        }
        List<StateReader> columns = state.children("schema");
        List<Schema.Field> fields = new ArrayList<>(columns.size());
        Set<String> seen = new HashSet<>();
        for (StateReader c : columns) {
            c.rejectUnknownKeys(List.of("name", "type"));
            String name = c.string("name");
            if (name.isBlank()) {
                throw c.fail("name", "expected a column name, found \"" + name + "\"");
            }
            if (!seen.add(name)) {
                throw c.fail("name", "duplicate column name \"" + name + "\"");
            }
            fields.add(new Schema.Field(name, c.enumValue("type", ColumnType.class)));
        }
        b.schema = new Schema(fields);
        return new ModelMetadata(b);
    }

    /** A JSON integer read exactly over the whole range of long (seeds often exceed 2^53). */
    private static long exactLong(StateReader state, String key) {
        JsonElement e = state.json().get(key);
        if (e == null || e.isJsonNull()) {
            throw state.fail(key, "missing");
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            String text = e.getAsString();
            try {
                return new BigDecimal(text).longValueExact();
            } catch (NumberFormatException | ArithmeticException ignored) {
                // reported below with the value found
            }
        }
        String found = e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? "\"" + e.getAsString() + "\""
                : e.isJsonArray() ? "an array" : e.isJsonObject() ? "an object" : e.toString();
        throw state.fail(key, "expected an integer in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "], found "
                + found);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelMetadata m && formatVersion == m.formatVersion && seed == m.seed
                && trainingRows == m.trainingRows && libraryVersion.equals(m.libraryVersion)
                && createdAt.equals(m.createdAt) && threads.equals(m.threads) && description.equals(m.description)
                && platform.equals(m.platform) && trainingFingerprint.equals(m.trainingFingerprint)
                && schema.equals(m.schema);
    }

    @Override
    public int hashCode() {
        return Objects.hash(formatVersion, libraryVersion, createdAt, seed, threads, description, platform,
                trainingRows, trainingFingerprint, schema);
    }

    @Override
    public String toString() {
        return "ModelMetadata[format " + formatVersion + ", library " + libraryVersion + ", created " + createdAt
                + ", seed " + seed + ", " + trainingRows + " training rows, " + schema.columns().size()
                + " input columns]";
    }

    /** Collects the metadata of a model; {@link #build()} checks that the training data and seed are set. */
    public static final class Builder {
        private int formatVersion = ModelFile.FORMAT_VERSION;
        private String libraryVersion = Version.library();
        private Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        private long seed;
        private boolean seedSet;
        private OptionalInt threads = OptionalInt.empty();
        private String description = "";
        private Platform platform = Platform.current();
        private int trainingRows = -1;
        private String trainingFingerprint;
        private Schema schema;

        private Builder() {
        }

        /**
         * Records the training data: its schema, row count and {@link DatasetFingerprint}.
         *
         * @param data the table the model was fitted on; not modified
         */
        public Builder trainingData(Dataset data) {
            Objects.requireNonNull(data, "data");
            return trainingData(data.schema(), data.rowCount(), DatasetFingerprint.of(data));
        }

        /**
         * Records the training data from parts computed elsewhere.
         *
         * @param schema the input columns, in order
         * @param rows the number of training rows, at least 0
         * @param fingerprint the {@link DatasetFingerprint} of the training data
         * @throws IllegalArgumentException when rows is negative or the fingerprint is not 64 lowercase hex digits
         */
        public Builder trainingData(Schema schema, int rows, String fingerprint) {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Check.atLeast("rows", rows, 0);
            if (!SHA256_HEX.matcher(fingerprint).matches()) {
                throw new IllegalArgumentException(
                        "fingerprint must be 64 lowercase hexadecimal digits (was \"" + fingerprint + "\")");
            }
            Set<String> seen = new HashSet<>();
            for (Schema.Field f : schema.columns()) {
                if (!seen.add(f.name())) {
                    throw new IllegalArgumentException("schema must not repeat a column (was \"" + f.name()
                            + "\" twice)");
                }
            }
            this.schema = schema;
            this.trainingRows = rows;
            this.trainingFingerprint = fingerprint;
            return this;
        }

        /** The seed of the fit. */
        public Builder seed(long seed) {
            this.seed = seed;
            this.seedSet = true;
            return this;
        }

        /**
         * The number of threads of the fit.
         *
         * @param threads at least 1
         */
        public Builder threads(int threads) {
            this.threads = OptionalInt.of(Check.atLeast("threads", threads, 1));
            return this;
        }

        /** A free-form description (may be empty). */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** When the model was made; the default is when the builder was made. */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        /** The library version to record; the default is {@link Version#library()}. */
        public Builder libraryVersion(String libraryVersion) {
            this.libraryVersion = Check.notBlank("libraryVersion", libraryVersion);
            return this;
        }

        /** The platform to record; the default is {@link Platform#current()}. */
        public Builder platform(Platform platform) {
            this.platform = Objects.requireNonNull(platform, "platform");
            return this;
        }

        /**
         * The metadata.
         *
         * @throws IllegalStateException listing every field that was not set
         */
        public ModelMetadata build() {
            List<String> problems = new ArrayList<>();
            if (schema == null) {
                problems.add("trainingData(...) was not called");
            }
            if (!seedSet) {
                problems.add("seed(...) was not called");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("ModelMetadata is incomplete:\n  - " + String.join("\n  - ", problems));
            }
            return new ModelMetadata(this);
        }
    }
}
