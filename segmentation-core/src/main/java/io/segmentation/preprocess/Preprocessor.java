package io.segmentation.preprocess;

import io.segmentation.data.Column;
import io.segmentation.data.ColumnType;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The preprocessing chain: an immutable configuration that picks the feature columns of a customer table and
 * runs, in this fixed order, Impute → Outliers → Encode → Scale → (PCA), ending in a {@link FeatureMatrix}.
 *
 * <p>Features: the columns listed with {@link Builder#include(String...)}, or else every numeric and
 * categorical column, minus {@link Builder#drop(String...)} and the id column; id columns are never
 * features. Outlier fences are fitted on the numeric input features only, and scaling applies to numeric
 * features except the 0/1 columns made by the chain (missing indicators, outlier flags, one-hot columns),
 * which stay 0/1. Feature names keep their origin: {@code age}, {@code age_missing}, {@code age_outlier},
 * {@code channel=web}; {@link FeatureMatrix#sourceColumns()} gives each one's input column. PCA features are
 * named {@code pc1..pck} and are their own sources.
 *
 * <p>Defaults: {@code Impute.median()}, {@code Outliers.none()}, {@code Encode.oneHot()},
 * {@code Scale.standard()}, no PCA.
 *
 * <pre>{@code
 * Preprocessor prep = Preprocessor.builder().idColumn("customer_id")
 *         .impute(Impute.median())
 *         .outliers(Outliers.iqr(1.5).clip())
 *         .encode(Encode.oneHot())
 *         .scale(Scale.standard())
 *         .pca(Pca.keepVariance(0.90))
 *         .build();
 * FittedPreprocessor fitted = prep.fit(customers);
 * FeatureMatrix x = fitted.transform(newCustomers);
 * double[] one = fitted.transformRow(Map.of("age", 34.0, "channel", "web"));
 * }</pre>
 */
public final class Preprocessor {
    static final String STEP = "preprocessor";
    private static final int MATRIX_BLOCK = 128;

    private final String idColumn;
    private final List<String> include;
    private final List<String> drop;
    private final Impute impute;
    private final Outliers outliers;
    private final Encode encode;
    private final Scale scale;
    private final Pca pca;

    private Preprocessor(Builder b) {
        this.idColumn = b.idColumn;
        this.include = List.copyOf(b.include);
        this.drop = List.copyOf(b.drop);
        this.impute = b.impute;
        this.outliers = b.outliers;
        this.encode = b.encode;
        this.scale = b.scale;
        this.pca = b.pca;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.idColumn = idColumn;
        b.include.addAll(include);
        b.drop.addAll(drop);
        b.impute = impute;
        b.outliers = outliers;
        b.encode = encode;
        b.scale = scale;
        b.pca = pca;
        return b;
    }

    /**
     * Fits every step on {@code data}.
     *
     * @param data training customers; not modified
     * @return the fitted chain
     * @throws IllegalArgumentException as {@link #fitTransform(Dataset)}
     */
    public FittedPreprocessor fit(Dataset data) {
        return fitTransform(data).fitted();
    }

    /**
     * Fits every step on {@code data} and returns the fitted chain together with the training features:
     * unlike {@code fit(data).transform(data)}, rows dropped as outliers are left out here.
     *
     * @param data training customers; not modified
     * @throws IllegalArgumentException when {@code data} has no rows, a listed column is absent or is an id
     *                                  column, no feature is left, a step rejects the data (naming the step and
     *                                  the column), or every row is dropped as an outlier
     */
    public Preprocessed fitTransform(Dataset data) {
        StepInput.requireRows(STEP, data);
        List<String> features = chooseFeatures(data);
        Dataset ds = data.select(features);
        int rows = ds.rowCount();

        FittedImpute fi = impute.fit(ds);
        ds = fi.transform(ds);

        FittedOutliers fo = outliers.fit(ds, StepInput.names(data.select(features), ColumnType.NUMERIC));
        int[] kept;
        if (fo.treatment() == Outliers.Treatment.DROP_ROWS) {
            kept = fo.keptRows(ds);
            if (kept.length == 0) {
                throw new IllegalArgumentException(FittedOutliers.STEP
                        + " step: every row holds an outlier, so dropping them leaves nothing; widen the fences");
            }
            ds = ds.rows(kept);
        } else {
            kept = new int[rows];
            for (int i = 0; i < rows; i++) {
                kept[i] = i;
            }
            ds = fo.transform(ds);
        }

        FittedEncode fe = encode.fit(ds);
        ds = fe.transform(ds);

        Map<String, String> sources = new LinkedHashMap<>();
        for (String f : features) {
            sources.put(f, f);
        }
        Set<String> binary = new HashSet<>();
        for (String f : fi.columns()) {
            if (fi.indicatorColumns().contains(f + FittedImpute.INDICATOR_SUFFIX)) {
                sources.put(f + FittedImpute.INDICATOR_SUFFIX, f);
                binary.add(f + FittedImpute.INDICATOR_SUFFIX);
            }
        }
        for (String f : fo.columns()) {
            if (fo.treatment() == Outliers.Treatment.FLAG) {
                sources.put(f + FittedOutliers.FLAG_SUFFIX, f);
                binary.add(f + FittedOutliers.FLAG_SUFFIX);
            }
        }
        for (String f : fe.columns()) {
            for (String out : fe.outputColumns(f)) {
                sources.put(out, f);
                if (fe.kind() == Encode.Kind.ONE_HOT) {
                    binary.add(out);
                }
            }
        }
        List<String> toScale = new ArrayList<>();
        for (String name : StepInput.names(ds, ColumnType.NUMERIC)) {
            if (!binary.contains(name)) {
                toScale.add(name);
            }
        }
        FittedScale fs = scale.fit(ds, toScale);
        ds = fs.transform(ds);

        List<String> names = ds.columnNames();
        List<String> src = new ArrayList<>(names.size());
        for (String name : names) {
            src.add(sources.get(name));
        }
        double[] values = toArray(ds, names);
        int n = ds.rowCount();
        FittedPca fp = null;
        FeatureMatrix x;
        if (pca != null) {
            fp = pca.fit(values, n, names.size(), names);
            x = FeatureMatrix.wrap(fp.project(values, n), n, fp.componentCount(), fp.outputFeatures(),
                    fp.outputFeatures());
        } else {
            x = FeatureMatrix.wrap(values, n, names.size(), names, src);
        }
        PreprocessReport report = new PreprocessReport(rows, rows - kept.length, fi.missingAtFit(),
                fo.outliersAtFit(), fo.treatment(), x.featureNames());
        FittedPreprocessor fitted = new FittedPreprocessor(data.select(features).schema(), fi, fo, fe, fs, fp,
                names, src, report);
        return new Preprocessed(fitted, x, kept);
    }

    private List<String> chooseFeatures(Dataset data) {
        for (String name : drop) {
            requirePresent(data, name, "drop");
        }
        if (idColumn != null) {
            requirePresent(data, idColumn, "idColumn");
        }
        List<String> features = new ArrayList<>();
        if (!include.isEmpty()) {
            for (String name : include) {
                requirePresent(data, name, "include");
                if (data.column(name).type() == ColumnType.ID) {
                    throw new IllegalArgumentException(STEP + " step, column \"" + name
                            + "\": is an id column and cannot be a feature");
                }
                features.add(name);
            }
        } else {
            for (Column c : data.columns()) {
                if (c.type() != ColumnType.ID && !drop.contains(c.name()) && !c.name().equals(idColumn)) {
                    features.add(c.name());
                }
            }
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException(STEP + " step: no feature columns are left (the columns are "
                    + data.schema().columns() + ")");
        }
        return features;
    }

    private static void requirePresent(Dataset data, String name, String list) {
        if (!data.has(name)) {
            throw new IllegalArgumentException(STEP + " step, column \"" + name + "\": named in " + list
                    + " but not in the table; the columns are " + data.columnNames());
        }
    }

    /** Copies the named numeric columns of {@code ds} into a new row-major array, rejecting NaN and infinity. */
    static double[] toArray(Dataset ds, List<String> names) {
        int n = ds.rowCount();
        int d = names.size();
        NumericColumn[] columns = new NumericColumn[d];
        for (int j = 0; j < d; j++) {
            columns[j] = StepInput.numeric(STEP, ds, names.get(j));
        }
        double[] x = new double[n * d];
        // Transposed block by block, so the block of x being written stays in cache; blocks run in parallel on
        // large tables, and the lowest failing block reports, whatever the threads.
        int blocks = (n + MATRIX_BLOCK - 1) / MATRIX_BLOCK;
        StepInput.forEachColumn(n, blocks, b -> {
            int from = b * MATRIX_BLOCK;
            int to = Math.min(n, from + MATRIX_BLOCK);
            for (int j = 0; j < d; j++) {
                NumericColumn c = columns[j];
                for (int i = from; i < to; i++) {
                    double v = c.get(i);
                    if (!Double.isFinite(v)) {
                        throw StepInput.notFinite(STEP, names.get(j), i, v);
                    }
                    x[i * d + j] = v;
                }
            }
        });
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Preprocessor p && Objects.equals(idColumn, p.idColumn) && include.equals(p.include)
                && drop.equals(p.drop) && impute.equals(p.impute) && outliers.equals(p.outliers)
                && encode.equals(p.encode) && scale.equals(p.scale) && Objects.equals(pca, p.pca);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idColumn, include, drop, impute, outliers, encode, scale, pca);
    }

    @Override
    public String toString() {
        return "Preprocessor[" + impute + " -> " + outliers + " -> " + encode + " -> " + scale
                + (pca == null ? "" : " -> " + pca) + "]";
    }

    /** Collects the configuration; setters check their argument, {@link #build()} how they fit together. */
    public static final class Builder {
        private String idColumn;
        private final List<String> include = new ArrayList<>();
        private final List<String> drop = new ArrayList<>();
        private Impute impute = Impute.median();
        private Outliers outliers = Outliers.none();
        private Encode encode = Encode.oneHot();
        private Scale scale = Scale.standard();
        private Pca pca;

        private Builder() {
        }

        /** The id column, never a feature (id-typed columns are excluded anyway). */
        public Builder idColumn(String name) {
            this.idColumn = Check.notBlank("idColumn", name);
            return this;
        }

        /** Uses only these columns as features (added to any earlier list). */
        public Builder include(String... names) {
            for (String name : names) {
                include.add(Check.notBlank("include", name));
            }
            return this;
        }

        /** Never uses these columns as features (added to any earlier list). */
        public Builder drop(String... names) {
            for (String name : names) {
                drop.add(Check.notBlank("drop", name));
            }
            return this;
        }

        /** The imputation step. */
        public Builder impute(Impute impute) {
            this.impute = Objects.requireNonNull(impute, "impute");
            return this;
        }

        /** The outlier step; {@link Outliers#none()} to skip it. */
        public Builder outliers(Outliers outliers) {
            this.outliers = Objects.requireNonNull(outliers, "outliers");
            return this;
        }

        /** The encoding of categorical columns. */
        public Builder encode(Encode encode) {
            this.encode = Objects.requireNonNull(encode, "encode");
            return this;
        }

        /** The scaling step; {@link Scale#none()} to skip it. */
        public Builder scale(Scale scale) {
            this.scale = Objects.requireNonNull(scale, "scale");
            return this;
        }

        /** Adds PCA as the last step. */
        public Builder pca(Pca pca) {
            this.pca = Objects.requireNonNull(pca, "pca");
            return this;
        }

        /** Removes PCA. */
        public Builder noPca() {
            this.pca = null;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalStateException listing every conflict: a column both included and dropped, the id
         *                               column included or dropped, a column listed twice
         */
        public Preprocessor build() {
            List<String> problems = new ArrayList<>();
            for (String name : include) {
                if (drop.contains(name)) {
                    problems.add("column \"" + name + "\" is listed in both include(...) and drop(...)");
                }
            }
            if (idColumn != null && include.contains(idColumn)) {
                problems.add("idColumn \"" + idColumn + "\" is also listed in include(...)");
            }
            if (idColumn != null && drop.contains(idColumn)) {
                problems.add("idColumn \"" + idColumn + "\" is also listed in drop(...)");
            }
            if (new LinkedHashSet<>(include).size() != include.size()) {
                problems.add("include(...) lists a column twice: " + include);
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Preprocessor is invalid:\n  - " + String.join("\n  - ", problems));
            }
            return new Preprocessor(this);
        }
    }
}
