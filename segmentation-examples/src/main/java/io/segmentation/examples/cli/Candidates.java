package io.segmentation.examples.cli;

import io.segmentation.ProgressListener;
import io.segmentation.cluster.Agglomerative;
import io.segmentation.cluster.Clusterer;
import io.segmentation.cluster.Dbscan;
import io.segmentation.cluster.EpsSuggestion;
import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.eval.Comparison;
import io.segmentation.eval.ComparisonTable;
import io.segmentation.eval.KSelection;
import io.segmentation.eval.KSelectionReport;
import io.segmentation.examples.cli.FitCommand.AlgorithmChoice;
import io.segmentation.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Turns the clustering options into configured clusterers, choosing k, eps or the algorithm on the features
 * when asked to ({@code auto}); every choice is narrated in {@link #notes()} for the terminal.
 */
final class Candidates {
    /** Above this many rows the agglomerative candidate is left out of comparisons (O(n²) time). */
    static final int AGGLOMERATIVE_MAX_ROWS = 20_000;

    private final CommandSpec spec;
    private final ClusterOptions options;
    private final long seed;
    private final ProgressListener progress;
    private final List<String> notes = new ArrayList<>();
    private KSelectionReport selection;
    private EpsSuggestion eps;

    Candidates(CommandSpec spec, ClusterOptions options, long seed, ProgressListener progress) {
        this.spec = spec;
        this.options = options;
        this.seed = seed;
        this.progress = progress;
    }

    /** What was chosen and why, one line each, in the order the choices were made. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The last choice of k made here, or null; for the report. */
    KSelectionReport selection() {
        return selection;
    }

    /** The eps suggested here, or null when --eps was given or DBSCAN was not planned; for the report. */
    EpsSuggestion eps() {
        return eps;
    }

    KMeans kmeans(int k) {
        return Failures.option(spec, () -> KMeans.builder().k(k).seed(seed).progress(progress).build());
    }

    GaussianMixture gmm(int k) {
        return Failures.option(spec, () -> GaussianMixture.builder().k(k).covariance(options.covariance.covariance)
                .seed(seed).progress(progress).build());
    }

    Agglomerative agglomerative(int k) {
        return Failures.option(spec, () -> Agglomerative.builder().k(k).linkage(options.linkage).seed(seed)
                .progress(progress).build());
    }

    /** DBSCAN with --eps and --min-pts, or eps from the knee of the k-distance curve of {@code x}. */
    Dbscan dbscan(FeatureMatrix x) {
        int minPts = options.minPts;
        double eps;
        if (options.eps != null) {
            eps = options.eps;
        } else {
            EpsSuggestion suggestion = Failures.option(spec, () -> Dbscan.suggestEps(x, Math.min(minPts, x.rowCount())));
            this.eps = suggestion;
            eps = suggestion.eps();
            notes.add(String.format(Locale.ROOT, "eps = %.4f: the knee of the %d-distance curve", eps, minPts));
        }
        return Failures.option(spec, () -> Dbscan.builder().eps(eps).minPts(minPts).seed(seed).progress(progress)
                .build());
    }

    /** The fixed k, or the gap statistic's choice with K-Means over k = 2..8 on {@code x}. */
    int k(FeatureMatrix x) {
        OptionalInt fixed = options.fixedK(spec);
        if (fixed.isPresent()) {
            return fixed.getAsInt();
        }
        int kMax = Math.min(Pipeline.DEFAULT_K_MAX, x.rowCount() - 1);
        KSelection selection = KSelection.builder().kBetween(Pipeline.DEFAULT_K_MIN, Math.max(kMax,
                Pipeline.DEFAULT_K_MIN)).criterion(KSelection.Criterion.GAP).seed(seed).progress(progress).build();
        this.selection = selection.run(this::kmeans, x);
        int k = this.selection.recommendedK();
        notes.add(String.format(Locale.ROOT, "k = %d: the gap statistic of K-Means over k = %d..%d", k,
                Pipeline.DEFAULT_K_MIN, kMax));
        return k;
    }

    /** The automatic choice of k for one algorithm family, for the pipeline to run (null when k is fixed). */
    KSelection kSelection(KSelection.Criterion criterion) {
        if (options.fixedK(spec).isPresent()) {
            return null;
        }
        notes.add(String.format(Locale.ROOT, "k chosen over %d..%d by %s", Pipeline.DEFAULT_K_MIN,
                Pipeline.DEFAULT_K_MAX, criterion.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return KSelection.builder().kBetween(Pipeline.DEFAULT_K_MIN, Pipeline.DEFAULT_K_MAX).criterion(criterion)
                .seed(seed).build();
    }

    /** A family by k, for {@link #kSelection}. */
    IntFunction<Clusterer> family(AlgorithmChoice algorithm) {
        return switch (algorithm) {
            case KMEANS -> this::kmeans;
            case GMM -> this::gmm;
            case AGGLOMERATIVE -> this::agglomerative;
            default -> throw new IllegalArgumentException("no family of k for " + algorithm);
        };
    }

    /**
     * K-Means, the Gaussian mixture and agglomerative clustering (up to {@link #AGGLOMERATIVE_MAX_ROWS} rows)
     * with k clusters, then DBSCAN when {@code withDbscan}.
     */
    List<Clusterer> all(FeatureMatrix x, int k, boolean withDbscan) {
        List<Clusterer> all = new ArrayList<>();
        all.add(kmeans(k));
        all.add(gmm(k));
        if (x.rowCount() <= AGGLOMERATIVE_MAX_ROWS) {
            all.add(agglomerative(k));
        } else {
            notes.add(String.format(Locale.ROOT, "agglomerative left out: %d rows > %d", x.rowCount(),
                    AGGLOMERATIVE_MAX_ROWS));
        }
        if (withDbscan) {
            all.add(dbscan(x));
        }
        return all;
    }

    /** Fits and scores the clusterers side by side, best silhouette first. */
    ComparisonTable compare(FeatureMatrix x, List<Clusterer> clusterers) {
        return Comparison.builder().addAll(clusterers).seed(seed).progress(progress).build().run(x)
                .sortedBy(ComparisonTable.Order.SILHOUETTE);
    }
}
