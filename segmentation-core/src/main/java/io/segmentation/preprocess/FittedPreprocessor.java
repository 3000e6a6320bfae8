package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.ColumnType;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.NumericColumn;
import io.segmentation.data.Schema;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The preprocessing chain fitted by {@link Preprocessor#fit(Dataset)}: the fitted steps in their fixed order,
 * applied identically to any table of customers or to one customer. Rows are never dropped here: under
 * {@link Outliers.Treatment#DROP_ROWS} new customers are clipped to the fences instead. Immutable and
 * thread-safe.
 */
public final class FittedPreprocessor {
    private final Schema inputs;
    private final FittedImpute impute;
    private final FittedOutliers outliers;
    private final FittedEncode encode;
    private final FittedScale scale;
    private final FittedPca pca;
    private final List<String> encoded;
    private final List<String> sources;
    private final PreprocessReport report;

    FittedPreprocessor(Schema inputs, FittedImpute impute, FittedOutliers outliers, FittedEncode encode,
            FittedScale scale, FittedPca pca, List<String> encoded, List<String> sources, PreprocessReport report) {
        this.inputs = inputs;
        this.impute = impute;
        this.outliers = outliers;
        this.encode = encode;
        this.scale = scale;
        this.pca = pca;
        this.encoded = List.copyOf(encoded);
        this.sources = List.copyOf(sources);
        this.report = report;
    }

    /** The input columns the chain was fitted on and needs, with their types, in order. */
    public Schema inputSchema() {
        return inputs;
    }

    /** The names of the output features: the encoded features, or {@code pc1..pck} after PCA. */
    public List<String> featureNames() {
        return pca == null ? encoded : pca.outputFeatures();
    }

    /** For each output feature, its input column (after PCA, each {@code pcN} is its own source). */
    public List<String> sourceColumns() {
        return pca == null ? sources : pca.outputFeatures();
    }

    /** The fitted imputation. */
    public FittedImpute impute() {
        return impute;
    }

    /** The fitted outlier fences. */
    public FittedOutliers outliers() {
        return outliers;
    }

    /** The fitted encoding. */
    public FittedEncode encode() {
        return encode;
    }

    /** The fitted scaling. */
    public FittedScale scale() {
        return scale;
    }

    /** The fitted PCA, when the chain has one. */
    public Optional<FittedPca> pca() {
        return Optional.ofNullable(pca);
    }

    /** What fitting did to the training customers. */
    public PreprocessReport report() {
        return report;
    }

    /**
     * The features of every row of {@code data}.
     *
     * @param data customers with at least the input columns (other columns are ignored); not modified
     * @return one row per row of {@code data}
     * @throws IllegalArgumentException naming the step and the column when an input column is absent or has
     *                                  another type, or a value cannot be taken (an unseen level under
     *                                  {@link Encode.Unseen#ERROR}, an infinite value)
     */
    public FeatureMatrix transform(Dataset data) {
        Objects.requireNonNull(data, "data");
        for (Schema.Field f : inputs.columns()) {
            StepInput.column(Preprocessor.STEP, data, f.name(), f.type());
        }
        Dataset ds = data.select(inputs.names());
        ds = impute.transform(ds);
        ds = outliers.transform(ds);
        ds = encode.transform(ds);
        ds = scale.transform(ds);
        double[] x = Preprocessor.toArray(ds, encoded);
        int n = ds.rowCount();
        if (pca == null) {
            return FeatureMatrix.wrap(x, n, encoded.size(), encoded, sources);
        }
        return FeatureMatrix.wrap(pca.project(x, n), n, pca.componentCount(), pca.outputFeatures(),
                pca.outputFeatures());
    }

    /**
     * The features of one customer, given as a map from column name to value: a {@code Number} for a numeric
     * column, a {@code String} for a categorical one, {@code null} for a missing cell. Other keys are ignored.
     *
     * @param row one customer; not modified
     * @return a new array of {@code featureNames().size()} values
     * @throws IllegalArgumentException when an input column has no key, a value has the wrong type, or a step
     *                                  rejects the value
     */
    public double[] transformRow(Map<String, ?> row) {
        Objects.requireNonNull(row, "row");
        List<Column> columns = new ArrayList<>(inputs.columns().size());
        for (Schema.Field f : inputs.columns()) {
            if (!row.containsKey(f.name())) {
                throw new IllegalArgumentException(Preprocessor.STEP + " step, column \"" + f.name()
                        + "\": not in the row (use null for a missing value); the keys are " + row.keySet());
            }
            Object v = row.get(f.name());
            if (f.type() == ColumnType.NUMERIC) {
                if (v != null && !(v instanceof Number)) {
                    throw new IllegalArgumentException(Preprocessor.STEP + " step, column \"" + f.name()
                            + "\": expected a number, found \"" + v + "\"");
                }
                columns.add(NumericColumn.of(f.name(), v == null ? Double.NaN : ((Number) v).doubleValue()));
            } else {
                if (v != null && !(v instanceof String)) {
                    throw new IllegalArgumentException(Preprocessor.STEP + " step, column \"" + f.name()
                            + "\": expected a string, found " + v);
                }
                columns.add(CategoricalColumn.of(f.name(), (String) v));
            }
        }
        return transform(Dataset.ofColumns(columns)).row(0);
    }

    /** The state of the whole chain; {@link #read(StateReader)} turns it back into an equal chain. */
    public JsonObject toState() {
        List<String> types = new ArrayList<>();
        for (Schema.Field f : inputs.columns()) {
            types.add(f.type().name());
        }
        StateWriter w = new StateWriter().put("step", Preprocessor.STEP).put("inputs", inputs.names())
                .put("types", types).put("impute", impute.toState()).put("outliers", outliers.toState())
                .put("encode", encode.toState()).put("scale", scale.toState()).put("features", encoded)
                .put("sources", sources).put("rows", report.rows()).put("rowsDropped", report.rowsDropped());
        if (pca != null) {
            w.put("pca", pca.toState());
        }
        return w.toJson();
    }

    /**
     * Reads the state written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path when the state is malformed
     */
    public static FittedPreprocessor read(StateReader state) {
        List<String> names = state.strings("inputs");
        List<String> types = state.strings("types");
        if (types.size() != names.size()) {
            throw state.fail("types", "expected " + names.size() + " values, found " + types.size());
        }
        List<Schema.Field> fields = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            ColumnType type;
            try {
                type = ColumnType.valueOf(types.get(j));
            } catch (IllegalArgumentException e) {
                type = null;
            }
            if (type == null || type == ColumnType.ID) {
                throw state.fail("types[" + j + "]", "expected NUMERIC or CATEGORICAL, found \"" + types.get(j) + "\"");
            }
            fields.add(new Schema.Field(names.get(j), type));
        }
        FittedImpute impute = FittedImpute.read(state.child("impute"));
        FittedOutliers outliers = FittedOutliers.read(state.child("outliers"));
        FittedEncode encode = FittedEncode.read(state.child("encode"));
        FittedScale scale = FittedScale.read(state.child("scale"));
        FittedPca pca = state.has("pca") ? FittedPca.read(state.child("pca")) : null;
        List<String> features = state.strings("features");
        List<String> sources = state.strings("sources");
        if (sources.size() != features.size()) {
            throw state.fail("sources", "expected " + features.size() + " values, found " + sources.size());
        }
        if (pca != null && !pca.inputFeatures().equals(features)) {
            throw state.fail("pca", "expected inputs equal to the features " + features + ", found "
                    + pca.inputFeatures());
        }
        int rows = state.integer("rows", 0, Integer.MAX_VALUE);
        int dropped = state.integer("rowsDropped", 0, rows);
        PreprocessReport report = new PreprocessReport(rows, dropped, impute.missingAtFit(),
                outliers.outliersAtFit(), outliers.treatment(), pca == null ? features : pca.outputFeatures());
        return new FittedPreprocessor(new Schema(fields), impute, outliers, encode, scale, pca, features, sources,
                report);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedPreprocessor p && inputs.equals(p.inputs) && impute.equals(p.impute)
                && outliers.equals(p.outliers) && encode.equals(p.encode) && scale.equals(p.scale)
                && Objects.equals(pca, p.pca) && encoded.equals(p.encoded) && sources.equals(p.sources)
                && report.equals(p.report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inputs, impute, outliers, encode, scale, pca, encoded);
    }

    @Override
    public String toString() {
        return "FittedPreprocessor[" + inputs.names() + " -> " + featureNames() + "]";
    }
}
