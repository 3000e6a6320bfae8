package io.segmentation;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.GaussianMixtureModel;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.ColumnType;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import io.segmentation.data.Schema;
import io.segmentation.internal.Chunks;
import io.segmentation.internal.Workers;
import io.segmentation.io.ModelDocument;
import io.segmentation.io.ModelFile;
import io.segmentation.io.ModelFileException;
import io.segmentation.io.ModelMetadata;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import io.segmentation.monitor.TrainingReference;
import io.segmentation.preprocess.FittedPreprocessor;
import io.segmentation.preprocess.FittedStep;
import io.segmentation.profile.SegmentProfile;
import io.segmentation.profile.SegmentProfiler;
import io.segmentation.profile.SegmentProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/**
 * A fitted segmentation: every fitted step of a {@link Pipeline}, the cluster model and the segments, ready
 * to assign new customers exactly as the training ones were treated. Immutable and safe to share between
 * threads; {@link #assign(Map)} and {@link #assignAll(Dataset)} may run concurrently.
 *
 * <pre>{@code
 * SegmentationModel model = Pipeline.builder().idColumn("customer_id").build().fit(customers);
 * Assignment a = model.assign(Map.of("age", 34, "recency_days", 12, "monetary", 830.0));
 * a.segment(); a.segmentName(); a.confidence();
 * int[] segments = model.assignAll(newCustomers);
 * model.save(Path.of("model.json"));
 * SegmentationModel same = SegmentationModel.load(Path.of("model.json"));
 * }</pre>
 *
 * <p>The model file is one JSON document ({@code docs/model-file.md}): the metadata, then the sections
 * {@code preprocessing} (id column, derived steps, the chain; the input columns are in the metadata),
 * {@code clusters},
 * {@code profiles}, {@code metrics} and {@code reference} (the training reference for drift monitoring,
 * optional on load). Loading checks every section and how they fit together, and a
 * damaged or hand-edited file fails with a {@link ModelFileException} naming the JSON path.
 */
public final class SegmentationModel {
    /** The name of the noise group in assignments, as in the profiles. */
    public static final String NOISE_NAME = SegmentProfiler.NOISE_NAME;

    private final ModelMetadata metadata;
    private final Schema inputSchema;
    private final String idColumn;
    private final List<FittedStep> derived;
    private final FittedPreprocessor preprocessor;
    private final ClusterModel clusters;
    private final SegmentProfiles profiles;
    private final List<Segment> segments;
    private final TrainingMetrics metrics;
    private final TrainingReference reference;   // null for a model file written before monitoring existed

    SegmentationModel(ModelMetadata metadata, String idColumn, List<FittedStep> derived,
            FittedPreprocessor preprocessor, ClusterModel clusters, SegmentProfiles profiles, TrainingMetrics metrics,
            TrainingReference reference) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.inputSchema = metadata.schema();
        this.idColumn = idColumn;
        this.derived = List.copyOf(derived);
        this.preprocessor = Objects.requireNonNull(preprocessor, "preprocessor");
        this.clusters = Objects.requireNonNull(clusters, "clusters");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.reference = reference;
        List<Segment> list = new ArrayList<>(clusters.clusterCount());
        for (SegmentProfile p : profiles.segments()) {
            if (p.id() != list.size()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "profiles must hold segments 0..%d in order (found segment %d at position %d)",
                        clusters.clusterCount() - 1, p.id(), list.size()));
            }
            list.add(Segment.of(p));
        }
        this.segments = List.copyOf(list);
    }

    /**
     * The segment of one customer, given as a map from column name to value: a {@code Number} for a numeric
     * column, a {@code String} for a categorical or id column. An absent key or a {@code null} value is a
     * missing value (imputed as in training); keys that are not input columns are ignored.
     *
     * @param customer one customer; not modified
     * @throws IllegalArgumentException naming the column when a value has the wrong type or a step rejects it
     */
    public Assignment assign(Map<String, ?> customer) {
        Objects.requireNonNull(customer, "customer");
        FeatureMatrix features = features(oneRow(customer));
        return assignFeatures(features.row(0));
    }

    /**
     * The segment of row {@code i} of {@code customers}; see {@link #assign(Map)}.
     *
     * @throws IllegalArgumentException when {@code customers} lacks an input column or a value is rejected
     */
    public Assignment assign(Dataset customers, int i) {
        Objects.requireNonNull(customers, "customers");
        if (i < 0 || i >= customers.rowCount()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "i must be in [0, %d) (was %d)",
                    customers.rowCount(), i));
        }
        return assignFeatures(features(customers.rows(new int[] {i})).row(0));
    }

    /**
     * The segment of every customer of {@code customers}, in row order ({@link Segment#NOISE} for noise),
     * computed in parallel over fixed chunks of rows (the preprocessing chain is parallel too).
     *
     * @param customers customers with the model's input columns (the id column and extra columns are
     *                  optional and ignored); not modified
     * @throws IllegalArgumentException naming the step and the column when an input column is absent, has
     *                                  another type, or holds a value a step cannot take
     */
    public int[] assignAll(Dataset customers) {
        Objects.requireNonNull(customers, "customers");
        DMatrixRMaj x = features(customers).toMatrix();
        int n = x.numRows;
        int d = x.numCols;
        int[] segments = new int[n];
        // Fixed chunks on as many threads as there are processors (no pool when one chunk covers the table);
        // each chunk writes only its own rows, so the result does not depend on the thread count.
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Chunks.count(n));
        try (Workers workers = Workers.of(Math.max(1, threads))) {
            workers.forEachChunk(n, ch -> {
                int from = Chunks.from(ch);
                int rows = Chunks.to(ch, n) - from;
                DMatrixRMaj part = new DMatrixRMaj(rows, d);
                System.arraycopy(x.data, from * d, part.data, 0, rows * d);
                System.arraycopy(clusters.predictAll(part), 0, segments, from, rows);
            });
        }
        return segments;
    }

    /**
     * The features the cluster model sees for {@code customers}: the derived steps, then the preprocessing
     * chain, exactly as in training.
     *
     * @throws IllegalArgumentException as {@link #assignAll(Dataset)}
     */
    public FeatureMatrix features(Dataset customers) {
        Dataset data = Objects.requireNonNull(customers, "customers");
        for (FittedStep step : derived) {
            data = step.transform(data);
        }
        return preprocessor.transform(data);
    }

    private Assignment assignFeatures(double[] row) {
        int k = clusters.clusterCount();
        int d = clusters.dimension();
        double[] centres = clusters.centres();
        double[] distances = new double[k];
        for (int c = 0; c < k; c++) {
            double s = 0.0;
            for (int j = 0; j < d; j++) {
                double diff = row[j] - centres[c * d + j];
                s += diff * diff;
            }
            distances[c] = Math.sqrt(s);
        }
        int segment = clusters.predict(row);
        if (segment == ClusterModel.NOISE) {
            return new Assignment(segment, NOISE_NAME, distances, null, 0.0);
        }
        String name = segments.get(segment).name();
        if (clusters instanceof GaussianMixtureModel mixture) {
            double[] p = mixture.predictProbabilities(row);
            return new Assignment(segment, name, distances, p, p[segment]);
        }
        return new Assignment(segment, name, distances, null, marginConfidence(distances, segment));
    }

    /** 1 − d1 / d2 for the chosen segment's distance d1 and the smallest other distance d2. */
    static double marginConfidence(double[] distances, int segment) {
        if (distances.length == 1) {
            return 1.0;
        }
        double second = Double.POSITIVE_INFINITY;
        for (int c = 0; c < distances.length; c++) {
            if (c != segment) {
                second = Math.min(second, distances[c]);
            }
        }
        if (second == 0.0) {
            return 0.0;
        }
        return Math.max(0.0, 1.0 - distances[segment] / second);
    }

    private Dataset oneRow(Map<String, ?> customer) {
        List<Column> columns = new ArrayList<>(inputSchema.columns().size());
        for (Schema.Field f : inputSchema.columns()) {
            Object v = customer.get(f.name());
            if (f.type() == ColumnType.NUMERIC) {
                if (v != null && !(v instanceof Number)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "customer field \"%s\": expected a number, found \"%s\"", f.name(), v));
                }
                columns.add(NumericColumn.of(f.name(), v == null ? Double.NaN : ((Number) v).doubleValue()));
            } else {
                if (v != null && !(v instanceof String)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "customer field \"%s\": expected a string, found %s", f.name(), v));
                }
                columns.add(f.type() == ColumnType.ID ? IdColumn.of(f.name(), (String) v)
                        : CategoricalColumn.of(f.name(), (String) v));
            }
        }
        return Dataset.ofColumns(columns);
    }

    /** The segments, by id. */
    public List<Segment> segments() {
        return segments;
    }

    /**
     * One segment.
     *
     * @throws IllegalArgumentException when there is no segment {@code id}
     */
    public Segment segment(int id) {
        if (id < 0 || id >= segments.size()) {
            throw new IllegalArgumentException("segment must be in [0, " + segments.size() + ") (was " + id + ")");
        }
        return segments.get(id);
    }

    /** How good the segments are on the training data, and how k was chosen. */
    public TrainingMetrics metrics() {
        return metrics;
    }

    /** The columns a customer table must hold (names and types), after the pipeline's drops. */
    public Schema inputSchema() {
        return inputSchema;
    }

    /** The id column, when the pipeline named one. */
    public Optional<String> idColumn() {
        return Optional.ofNullable(idColumn);
    }

    /** The fitted derived-feature steps, in order. */
    public List<FittedStep> derivedSteps() {
        return derived;
    }

    /** The fitted preprocessing chain. */
    public FittedPreprocessor preprocessor() {
        return preprocessor;
    }

    /** The fitted cluster model. */
    public ClusterModel clusterModel() {
        return clusters;
    }

    /** The profiles of the segments (and of noise, when there is any), in original units. */
    public SegmentProfiles profiles() {
        return profiles;
    }

    /**
     * What the training customers looked like, for drift monitoring ({@link io.segmentation.monitor.DriftMonitor});
     * empty for a model loaded from a file written before the library kept it.
     */
    public Optional<TrainingReference> trainingReference() {
        return Optional.ofNullable(reference);
    }

    /** Library version, creation time, seed, input schema, fingerprint of the training data, platform. */
    public ModelMetadata metadata() {
        return metadata;
    }

    /** A Markdown summary a marketer can read: one section per segment, then how good the segments are. */
    public String report() {
        return profiles.toMarkdown() + "\n## How good the segments are\n\n```\n" + metrics.toText() + "```\n";
    }

    /**
     * Writes the model as one JSON file, atomically (a temporary file, then a move).
     *
     * @param file the target; its directory must exist
     * @throws IOException when the file cannot be written
     */
    public void save(Path file) throws IOException {
        ModelFile.standard().write(file, metadata, sections());
    }

    /** The model file's text, as {@link #save(Path)} writes it. */
    public String toJson() {
        return ModelFile.standard().toJson(metadata, sections());
    }

    private Map<String, JsonObject> sections() {
        JsonArray steps = new JsonArray();
        for (FittedStep step : derived) {
            steps.add(step.toState());
        }
        StateWriter prep = new StateWriter();
        if (idColumn != null) {
            prep.put("idColumn", idColumn);
        }
        prep.put("derived", steps).put("chain", preprocessor.toState());
        Map<String, JsonObject> sections = new LinkedHashMap<>();
        sections.put("preprocessing", prep.toJson());
        sections.put("clusters", clusters.toState());
        sections.put("profiles", profiles.toState());
        sections.put("metrics", metrics.toState());
        if (reference != null) {
            sections.put("reference", reference.toState());
        }
        return sections;
    }

    /**
     * Reads a model written by {@link #save(Path)}.
     *
     * @throws ModelFileException naming the file and the JSON path when the file is not a valid model file: not
     *                            JSON, truncated, a newer format version, a missing or malformed section, or
     *                            sections that do not fit together
     * @throws IOException        when the file cannot be read
     */
    public static SegmentationModel load(Path file) throws IOException {
        return of(ModelFile.standard().read(file));
    }

    /**
     * Reads a model from a stream; see {@link #load(Path)}.
     *
     * @param in         UTF-8 JSON text; read to its end, not closed
     * @param sourceName what to call the stream in messages
     */
    public static SegmentationModel load(InputStream in, String sourceName) throws IOException {
        return of(ModelFile.standard().read(in, sourceName));
    }

    private static SegmentationModel of(ModelDocument doc) throws ModelFileException {
        StateReader prep = doc.section("preprocessing");
        String idColumn = doc.read("preprocessing", r -> r.has("idColumn") ? r.string("idColumn") : null);
        List<FittedStep> derived = doc.read("preprocessing", r -> {
            List<FittedStep> steps = new ArrayList<>();
            for (StateReader step : r.children("derived")) {
                steps.add(FittedStep.read(step));
            }
            return steps;
        });
        FittedPreprocessor chain = doc.read("preprocessing", r -> FittedPreprocessor.read(r.child("chain")));
        ClusterModel clusters = doc.read("clusters", ClusterModel::read);
        SegmentProfiles profiles = doc.read("profiles", SegmentProfiles::read);
        if (!doc.has("metrics")) {
            throw ModelFileException.of(doc.source(), new IllegalArgumentException("$.metrics: missing"));
        }
        TrainingMetrics metrics = doc.read("metrics", TrainingMetrics::read);
        // Each section is valid on its own; now check that they fit together.
        StateReader clusterState = doc.section("clusters");
        int features = chain.featureNames().size();
        if (clusters.dimension() != features) {
            throw ModelFileException.of(doc.source(), clusterState.fail("dimension", String.format(Locale.ROOT,
                    "expected %d (the preprocessing chain's features), found %d", features, clusters.dimension())));
        }
        if (profiles.segments().size() != clusters.clusterCount()) {
            throw ModelFileException.of(doc.source(), doc.section("profiles").fail("segments", String.format(
                    Locale.ROOT, "expected %d profiles (one per cluster), found %d", clusters.clusterCount(),
                    profiles.segments().size())));
        }
        for (int c = 0; c < profiles.segments().size(); c++) {
            if (profiles.segments().get(c).id() != c) {
                throw ModelFileException.of(doc.source(), new IllegalArgumentException(String.format(Locale.ROOT,
                        "$.profiles.segments[%d].id: expected %d (segments in order), found %d", c, c,
                        profiles.segments().get(c).id())));
            }
        }
        if (metrics.segments() != clusters.clusterCount()) {
            throw ModelFileException.of(doc.source(), doc.section("metrics").fail("segments", String.format(
                    Locale.ROOT, "expected %d (the clusters), found %d", clusters.clusterCount(), metrics.segments())));
        }
        if (idColumn != null && doc.metadata().schema().indexOf(idColumn) < 0) {
            throw ModelFileException.of(doc.source(), prep.fail("idColumn", "\"" + idColumn
                    + "\" is not a column of the schema"));
        }
        TrainingReference reference = null;
        if (doc.has("reference")) {
            // The sizes first, read straight from the section: TrainingReference.read takes k from segmentShares,
            // so a wrong count would otherwise surface at whichever later field disagrees with it.
            checkReferenceSizes(doc, clusters.clusterCount(), features);
            reference = doc.read("reference", TrainingReference::read);
            checkReferenceColumns(doc, reference);
        }
        return new SegmentationModel(doc.metadata(), idColumn, derived, chain, clusters, profiles, metrics,
                reference);
    }

    /** Checks that the reference has one share per cluster and the model's dimension, naming the JSON path. */
    private static void checkReferenceSizes(ModelDocument doc, int k, int features) throws ModelFileException {
        StateReader section = doc.section("reference");
        try {
            int found = section.doubles("segmentShares").length;
            if (found != k) {
                throw section.fail("segmentShares", String.format(Locale.ROOT,
                        "expected %d values (one per cluster), found %d", k, found));
            }
            long dimension = section.longValue("dimension");
            if (dimension != features) {
                throw section.fail("dimension", String.format(Locale.ROOT,
                        "expected %d (the preprocessing chain's features), found %d", features, dimension));
            }
        } catch (IllegalArgumentException e) {
            throw ModelFileException.of(doc.source(), e);
        }
    }

    /** Checks that every column of the reference is an input column of the same kind, naming the JSON path. */
    private static void checkReferenceColumns(ModelDocument doc, TrainingReference reference)
            throws ModelFileException {
        StateReader section = doc.section("reference");
        Schema schema = doc.metadata().schema();
        List<String> numeric = reference.numericColumns();
        for (int r = 0; r < numeric.size(); r++) {
            checkReferenceColumn(doc, section, schema, "numeric[" + r + "].name", numeric.get(r), ColumnType.NUMERIC);
        }
        List<String> categorical = reference.categoricalColumns();
        for (int r = 0; r < categorical.size(); r++) {
            checkReferenceColumn(doc, section, schema, "categorical[" + r + "].name", categorical.get(r),
                    ColumnType.CATEGORICAL);
        }
    }

    private static void checkReferenceColumn(ModelDocument doc, StateReader section, Schema schema, String key,
            String name, ColumnType type) throws ModelFileException {
        int at = schema.indexOf(name);
        if (at < 0 || schema.columns().get(at).type() != type) {
            throw ModelFileException.of(doc.source(), section.fail(key, String.format(Locale.ROOT,
                    "expected a %s column of the input schema, found \"%s\"%s", type.name().toLowerCase(Locale.ROOT),
                    name, at < 0 ? " (not in the schema)" : " (" + schema.columns().get(at).type() + " in the schema)")));
        }
    }

    @Override
    public String toString() {
        return "SegmentationModel[" + segments.size() + " segments, " + metrics.algorithm() + ", features "
                + preprocessor.featureNames().size() + "]";
    }
}
