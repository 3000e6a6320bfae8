package io.segmentation;

import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.Clusterer;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.ColumnType;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.monitor.TrainingReference;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.eval.KSelection;
import io.segmentation.eval.KSelectionReport;
import io.segmentation.internal.Check;
import io.segmentation.io.ModelMetadata;
import io.segmentation.preprocess.Encode;
import io.segmentation.preprocess.FittedStep;
import io.segmentation.preprocess.Impute;
import io.segmentation.preprocess.Outliers;
import io.segmentation.preprocess.Pca;
import io.segmentation.preprocess.PreprocessStep;
import io.segmentation.preprocess.Preprocessed;
import io.segmentation.preprocess.Preprocessor;
import io.segmentation.preprocess.Scale;
import io.segmentation.profile.SegmentProfiler;
import io.segmentation.profile.SegmentProfiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.ejml.data.DMatrixRMaj;

/**
 * The front door: an immutable, validated recipe that turns a table of customers into a
 * {@link SegmentationModel}. Derived features (RFM scores, engagement, ratios) are added first, then the
 * preprocessing chain runs (Impute → Outliers → Encode → Scale → PCA), then the clusterer, or an automatic
 * choice of k; the model keeps every fitted step, so new customers are treated exactly like the training ones.
 *
 * <p>Defaults: the generator's {@code true_segment} column is left out when present; median imputation,
 * outliers clipped to the IQR fences (factor 1.5), one-hot encoding, standard scaling, no PCA, and K-Means
 * with k from 2 to 8 chosen by the gap statistic; seed 42, given to the clusterer in place of its own. The gap
 * statistic is the default because on customer data the silhouette tends to favour two coarse segments: on
 * the synthetic customers (seven hidden segments, seeds 3, 7, 11, 1,500 and 5,000 rows) it chose k = 6 or 7 in
 * five of six cases (ARI 0.70 to 0.88 against the truth), where the silhouette chose k = 2 in five (ARI 0.22).
 *
 * <pre>{@code
 * SegmentationModel model = Pipeline.builder()
 *         .idColumn("customer_id")
 *         .impute(Impute.median())
 *         .outliers(Outliers.iqr(1.5).clip())
 *         .scale(Scale.standard())
 *         .cluster(KMeans.builder().k(5).seed(42).build())
 *         .build()
 *         .fit(customers);
 * }</pre>
 */
public final class Pipeline {
    /** Columns left out unless listed with {@link Builder#columns(String...)}: the generator's true segments. */
    public static final List<String> DEFAULT_DROPPED = List.of(SyntheticCustomers.SEGMENT_COLUMN);
    /** The default range of k for the automatic choice. */
    public static final int DEFAULT_K_MIN = 2;
    /** The default range of k for the automatic choice. */
    public static final int DEFAULT_K_MAX = 8;
    static final long DEFAULT_SEED = 42;

    private final String idColumn;
    private final List<String> columns;
    private final List<String> dropColumns;
    private final List<PreprocessStep> derived;
    private final Preprocessor preprocessor;
    private final Clusterer clusterer;
    private final IntFunction<? extends Clusterer> family;
    private final KSelection selection;
    private final SegmentProfiler profiler;
    private final String description;
    private final long seed;
    private final Integer threads;
    private final ProgressListener progress;
    private final Consumer<? super KSelectionReport> onKSelection;

    private Pipeline(Builder b) {
        this.idColumn = b.idColumn;
        this.columns = List.copyOf(b.columns);
        this.dropColumns = List.copyOf(b.dropColumns);
        this.derived = List.copyOf(b.derived);
        this.clusterer = b.clusterer;
        this.family = b.family;
        this.profiler = b.profiler;
        this.description = b.description;
        this.seed = b.seed;
        this.threads = b.threads;
        this.progress = b.progress;
        this.onKSelection = b.onKSelection;
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        KSelection.Builder sel = b.selection == null
                ? KSelection.builder().kBetween(DEFAULT_K_MIN, DEFAULT_K_MAX).criterion(KSelection.Criterion.GAP)
                : b.selection.toBuilder();
        sel.seed(seed);
        if (b.selection == null || threads != null) {
            sel.threads(t);
        }
        this.selection = sel.progress(progress).build();
        Preprocessor.Builder prep = Preprocessor.builder().impute(b.impute).outliers(b.outliers).encode(b.encode)
                .scale(b.scale);
        if (idColumn != null) {
            prep.idColumn(idColumn);
        }
        if (b.pca != null) {
            prep.pca(b.pca);
        }
        this.preprocessor = prep.build();
    }

    /** A builder with the defaults described above. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fits every step on {@code customers} and returns the model.
     *
     * @param customers the training customers, in original units; not modified
     * @return an immutable, thread-safe model
     * @throws IllegalArgumentException naming the column, the step or the parameter when the table does not fit
     *                                  the recipe (a named column is absent, no feature is left, fewer rows than
     *                                  clusters, a value a step cannot take)
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public SegmentationModel fit(Dataset customers) {
        Objects.requireNonNull(customers, "customers");
        long start = System.nanoTime();
        if (customers.rowCount() < 2) {
            throw new IllegalArgumentException("customers must have at least 2 rows (was "
                    + customers.rowCount() + ")");
        }
        Dataset input = inputColumns(customers);
        List<FittedStep> fittedDerived = new ArrayList<>(derived.size());
        Dataset data = derive(input, fittedDerived);
        Preprocessed pre = preprocessor.fitTransform(data);
        FeatureMatrix features = pre.features();
        DMatrixRMaj x = features.toMatrix();

        ClusterModel clusters;
        String parameters;
        String choice;
        if (clusterer != null) {
            Clusterer configured = configure(clusterer);
            clusters = configured.fit(x);
            parameters = configured.describe();
            choice = "given";
        } else {
            KSelectionReport report = selection.run(k -> configure(family.apply(k)), x);
            clusters = report.recommendedModel();
            parameters = configure(family.apply(report.recommendedK())).describe();
            choice = report.reason();
            onKSelection.accept(report);
        }
        int[] trainingLabels = clusters.labels();
        FeatureMatrix allFeatures = pre.keptRows().length == input.rowCount()
                ? features
                : pre.fitted().transform(data);
        int[] labels = allFeatures == features ? trainingLabels : clusters.predictAll(allFeatures);
        int[] sizes = new int[clusters.clusterCount()];
        for (int label : labels) {
            if (label >= 0) {
                sizes[label]++;
            }
        }
        for (int c = 0; c < sizes.length; c++) {
            if (sizes[c] == 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "segment %d of %d has no customers "
                        + "after fitting (%s); choose fewer segments", c, sizes.length, parameters));
            }
        }
        // An id column read from CSV without CsvOptions.idColumn is categorical: never profile it.
        SegmentProfiler profiling = idColumn != null && input.column(idColumn).type() != ColumnType.ID
                ? profiler.toBuilder().ignore(idColumn).build()
                : profiler;
        SegmentProfiles profiles = profiling.profile(input, labels);
        TrainingMetrics metrics = TrainingMetrics.of(x, trainingLabels, clusters, parameters, choice, seed,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                Duration.ofNanos(System.nanoTime() - start));
        ModelMetadata.Builder metadata = ModelMetadata.builder().trainingData(input).seed(seed)
                .description(description);
        if (threads != null) {
            metadata.threads(threads);
        }
        TrainingReference reference = TrainingReference.of(idColumn == null ? input : input.drop(idColumn),
                allFeatures, labels, clusters);
        return new SegmentationModel(metadata.build(), idColumn, fittedDerived, pre.fitted(), clusters, profiles,
                metrics, reference);
    }

    /**
     * The features this pipeline would cluster: its column choice, derived steps and preprocessing fitted on
     * {@code customers}, without clustering. Use it to look at the features, or to choose k, eps or an
     * algorithm on them, before {@link #fit}; {@code fit} fits the same steps again in the same way.
     *
     * @param customers the training customers, in original units; not modified
     * @return the n×d features (rows dropped by an outlier policy left out)
     * @throws IllegalArgumentException as {@link #fit} does, for the columns and the steps
     */
    public FeatureMatrix features(Dataset customers) {
        Objects.requireNonNull(customers, "customers");
        return preprocessor.fitTransform(derive(inputColumns(customers), new ArrayList<>())).features();
    }

    /** Fits the derived steps in order on {@code input}, adding each to {@code fitted}; returns their output. */
    private Dataset derive(Dataset input, List<FittedStep> fitted) {
        Dataset data = input;
        for (PreprocessStep step : derived) {
            FittedStep f = step.fit(data);
            data = f.transform(data);
            fitted.add(f);
        }
        return data;
    }

    private Dataset inputColumns(Dataset customers) {
        Set<String> drop = new LinkedHashSet<>();
        for (String name : DEFAULT_DROPPED) {
            if (customers.has(name) && !columns.contains(name)) {
                drop.add(name);
            }
        }
        drop.addAll(dropColumns);
        List<String> problems = new ArrayList<>();
        for (String name : dropColumns) {
            if (!customers.has(name)) {
                problems.add("dropColumns lists \"" + name + "\"");
            }
        }
        for (String name : columns) {
            if (!customers.has(name)) {
                problems.add("columns lists \"" + name + "\"");
            }
        }
        if (idColumn != null && !customers.has(idColumn)) {
            problems.add("idColumn is \"" + idColumn + "\"");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("customers lack columns the pipeline names: "
                    + String.join("; ", problems) + "; the columns are " + customers.columnNames());
        }
        Dataset data = customers.drop(new ArrayList<>(drop));
        if (!columns.isEmpty()) {
            List<String> keep = new ArrayList<>(columns);
            if (idColumn != null && !keep.contains(idColumn)) {
                keep.add(0, idColumn);
            }
            data = data.select(keep);
        }
        return data;
    }

    private Clusterer configure(Clusterer c) {
        Clusterer configured = c.withSeed(seed);
        if (threads != null) {
            configured = configured.withThreads(threads);
        }
        return configured.withProgress(progress);
    }

    @Override
    public String toString() {
        return "Pipeline[id=" + idColumn + ", drop=" + dropColumns + ", derived=" + derived.size() + ", "
                + preprocessor + ", " + (clusterer != null ? clusterer.describe() : "k chosen in ["
                + selection.kMin() + ", " + selection.kMax() + "] by " + selection.criterion()) + "]";
    }

    /**
     * Collects the steps of a {@link Pipeline}. Each setter checks its own argument at once;
     * {@link #build()} checks how they fit together and reports every problem in one exception.
     */
    public static final class Builder {
        private String idColumn;
        private final List<String> columns = new ArrayList<>();
        private final List<String> dropColumns = new ArrayList<>();
        private final List<PreprocessStep> derived = new ArrayList<>();
        private Impute impute = Impute.median();
        private Outliers outliers = Outliers.iqr(1.5).clip();
        private Encode encode = Encode.oneHot();
        private Scale scale = Scale.standard();
        private Pca pca;
        private Clusterer clusterer;
        private IntFunction<? extends Clusterer> family = k -> KMeans.builder().k(k).build();
        private KSelection selection;
        private SegmentProfiler profiler = SegmentProfiler.builder().build();
        private String description = "";
        private long seed = DEFAULT_SEED;
        private Integer threads;
        private ProgressListener progress = ProgressListener.NONE;
        private Consumer<? super KSelectionReport> onKSelection = report -> { };

        private Builder() {
        }

        /** The column that identifies a customer: carried into results, never used as a feature. */
        public Builder idColumn(String name) {
            this.idColumn = Check.notBlank("idColumn", name);
            return this;
        }

        /**
         * Uses only these columns (and the id column); without this call every column is used except those
         * dropped. Listing {@code true_segment} here keeps it.
         */
        public Builder columns(String... names) {
            this.columns.clear();
            for (String name : names) {
                this.columns.add(Check.notBlank("columns", name));
            }
            return this;
        }

        /** Leaves these columns out (in addition to {@link Pipeline#DEFAULT_DROPPED}). */
        public Builder dropColumns(String... names) {
            for (String name : names) {
                this.dropColumns.add(Check.notBlank("dropColumns", name));
            }
            return this;
        }

        /** Adds a derived-feature step ({@code Rfm}, {@code Engagement}, {@code Ratios}), run in call order. */
        public Builder derive(PreprocessStep step) {
            this.derived.add(Objects.requireNonNull(step, "derive"));
            return this;
        }

        /** How missing values are filled. */
        public Builder impute(Impute impute) {
            this.impute = Objects.requireNonNull(impute, "impute");
            return this;
        }

        /** How outliers are found and treated ({@code Outliers.none()} to leave them). */
        public Builder outliers(Outliers outliers) {
            this.outliers = Objects.requireNonNull(outliers, "outliers");
            return this;
        }

        /** How categorical columns become numbers. */
        public Builder encode(Encode encode) {
            this.encode = Objects.requireNonNull(encode, "encode");
            return this;
        }

        /** How features are scaled ({@code Scale.none()} to leave them). */
        public Builder scale(Scale scale) {
            this.scale = Objects.requireNonNull(scale, "scale");
            return this;
        }

        /** Projects the scaled features on principal components. */
        public Builder pca(Pca pca) {
            this.pca = Objects.requireNonNull(pca, "pca");
            return this;
        }

        /** Clusters with this algorithm, as configured (k fixed). */
        public Builder cluster(Clusterer clusterer) {
            this.clusterer = Objects.requireNonNull(clusterer, "cluster");
            return this;
        }

        /**
         * Chooses k automatically: fits {@code family.apply(k)} for every k of {@code selection}'s range and keeps
         * the recommended fit.
         *
         * @param family    the algorithm with k clusters, e.g. {@code k -> GaussianMixture.builder().k(k).build()}
         * @param selection the range of k and the criterion
         */
        public Builder chooseK(IntFunction<? extends Clusterer> family, KSelection selection) {
            this.family = Objects.requireNonNull(family, "family");
            this.selection = Objects.requireNonNull(selection, "selection");
            this.clusterer = null;
            return this;
        }

        /**
         * Receives the report of the automatic choice of k (every candidate's scores) when {@link #fit} has
         * chosen k, before the segments are profiled; for charts and reports of the choice. Not called when k is
         * given with {@link #cluster}. Default: nothing.
         *
         * @param listener called once per fit that chooses k, on the fitting thread
         */
        public Builder onKSelection(Consumer<? super KSelectionReport> listener) {
            this.onKSelection = Objects.requireNonNull(listener, "onKSelection");
            return this;
        }

        /** How segments are profiled, named and given strategies (default: RFM names when RFM columns exist). */
        public Builder profiler(SegmentProfiler profiler) {
            this.profiler = Objects.requireNonNull(profiler, "profiler");
            return this;
        }

        /** A free-form description kept in the model's metadata. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * The seed (default 42), given to the clusterer in place of its own and to the automatic choice, and
         * recorded in the model's metadata; the same seed gives the same model on any number of threads.
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Threads for fitting (default: the available processors). */
        public Builder threads(int threads) {
            this.threads = Check.atLeast("threads", threads, 1);
            return this;
        }

        /** Receives progress of the fit. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * The pipeline.
         *
         * @throws IllegalStateException listing every way the steps do not fit together
         */
        public Pipeline build() {
            List<String> problems = new ArrayList<>();
            if (idColumn != null && dropColumns.contains(idColumn)) {
                problems.add("idColumn \"" + idColumn + "\" is also listed in dropColumns(...)");
            }
            for (String name : columns) {
                if (dropColumns.contains(name)) {
                    problems.add("column \"" + name + "\" is listed in both columns(...) and dropColumns(...)");
                }
            }
            if (columns.size() != new LinkedHashSet<>(columns).size()) {
                problems.add("columns(...) lists a column twice: " + columns);
            }
            if (idColumn != null && columns.size() == 1 && columns.contains(idColumn)) {
                problems.add("columns(...) lists only the id column, so no feature is left");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Pipeline is inconsistent:\n  - " + String.join("\n  - ", problems));
            }
            return new Pipeline(this);
        }

        @Override
        public String toString() {
            return "Pipeline.Builder" + Arrays.asList(idColumn, columns, dropColumns);
        }
    }
}
