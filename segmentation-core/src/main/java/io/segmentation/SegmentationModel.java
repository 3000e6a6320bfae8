package io.segmentation;

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
import io.segmentation.preprocess.FittedPreprocessor;
import io.segmentation.preprocess.FittedStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * }</pre>
 */
public final class SegmentationModel {
    /** The name of the noise group in assignments. */
    public static final String NOISE_NAME = "noise";

    private final Schema inputSchema;
    private final String idColumn;
    private final List<FittedStep> derived;
    private final FittedPreprocessor preprocessor;
    private final ClusterModel clusters;
    private final List<Segment> segments;
    private final TrainingMetrics metrics;

    private SegmentationModel(Schema inputSchema, String idColumn, List<FittedStep> derived,
            FittedPreprocessor preprocessor, ClusterModel clusters, List<Segment> segments, TrainingMetrics metrics) {
        this.inputSchema = inputSchema;
        this.idColumn = idColumn;
        this.derived = List.copyOf(derived);
        this.preprocessor = preprocessor;
        this.clusters = clusters;
        this.segments = List.copyOf(segments);
        this.metrics = metrics;
    }

    static SegmentationModel fitted(Schema inputSchema, String idColumn, List<FittedStep> derived,
            FittedPreprocessor preprocessor, ClusterModel clusters, int[] labels, TrainingMetrics metrics,
            Dataset training) {
        int k = clusters.clusterCount();
        int[] sizes = new int[k];
        for (int label : labels) {
            if (label != ClusterModel.NOISE) {
                sizes[label]++;
            }
        }
        List<Segment> segments = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            segments.add(new Segment(c, "Segment " + (c + 1), sizes[c], (double) sizes[c] / labels.length));
        }
        return new SegmentationModel(inputSchema, idColumn, derived, preprocessor, clusters, segments, metrics);
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
        return assignFeatures(features(customers.rows(new int[] {i})).row(0));
    }

    /**
     * The segment of every customer of {@code customers}, in row order ({@link Segment#NOISE} for noise).
     *
     * @param customers customers with the model's input columns (the id column and extra columns are
     *                  optional and ignored); not modified
     * @throws IllegalArgumentException naming the step and the column when an input column is absent, has
     *                                  another type, or holds a value a step cannot take
     */
    public int[] assignAll(Dataset customers) {
        Objects.requireNonNull(customers, "customers");
        return clusters.predictAll(features(customers).toMatrix());
    }

    /**
     * The features the cluster model sees for {@code customers}: the derived steps, then the preprocessing
     * chain, exactly as in training.
     *
     * @throws IllegalArgumentException as {@link #assignAll(Dataset)}
     */
    public FeatureMatrix features(Dataset customers) {
        Dataset data = customers;
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

    @Override
    public String toString() {
        return "SegmentationModel[" + segments.size() + " segments, " + metrics.algorithm() + ", features "
                + preprocessor.featureNames().size() + "]";
    }
}
