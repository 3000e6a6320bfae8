package io.segmentation.examples.cli;

import io.segmentation.Pipeline;
import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.TrainingMetrics;
import io.segmentation.cluster.Clusterer;
import io.segmentation.cluster.EpsSuggestion;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import io.segmentation.eval.ComparisonRow;
import io.segmentation.eval.ComparisonTable;
import io.segmentation.eval.KSelection;
import io.segmentation.eval.KSelectionReport;
import io.segmentation.internal.CsvText;
import io.segmentation.viz.Format;
import io.segmentation.viz.HtmlReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code segment fit}: fits a segmentation model and writes it with the customers' segments.
 *
 * <p>The work runs in three steps: {@link #plan} turns the options into a {@link Pipeline} (choosing eps or the
 * algorithm on the features when asked), the pipeline fits, then every {@link FitOutput} in {@link #OUTPUTS}
 * writes one file into {@code --out}; then, unless {@code --no-report}, the HTML report
 * ({@code report.html}, with the choice of k, eps or the comparison when one was made) and its charts as files
 * ({@code charts/}, PNG or SVG by {@code --charts}).
 *
 * <p>{@code --algorithm auto} chooses k once (the gap statistic of K-Means, or --k), fits K-Means, the Gaussian
 * mixture and agglomerative clustering with that k on the same features, and keeps the highest mean silhouette.
 * DBSCAN is not a candidate: its silhouette leaves the noise rows out, so it is not comparable with methods that
 * place every row (run {@code segment compare} to see it side by side).
 */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SegmentCommand.Version.class,
        description = "Fits segments and writes DIR/model.json, DIR/segments.csv, DIR/report.html and DIR/charts/.")
final class FitCommand implements Callable<Integer> {
    /** The algorithms of {@code --algorithm}. */
    enum AlgorithmChoice { KMEANS, DBSCAN, AGGLOMERATIVE, GMM, AUTO }

    /** The formats of {@code --charts}. */
    enum ChartChoice {
        PNG(Format.PNG), SVG(Format.SVG), NONE(null);

        final Format format;

        ChartChoice(Format format) {
            this.format = format;
        }
    }

    /** Writes one file of a fit's results into the output directory and returns its path. */
    @FunctionalInterface
    interface FitOutput {
        Path write(FitResult fit, Path dir) throws IOException;
    }

    /**
     * What a fit produced, for the outputs.
     *
     * @param customers the customers as read (not modified)
     * @param model     the fitted model
     * @param labels    each customer's segment, {@link Segment#NOISE} for noise
     * @param idColumn  the id column, or null when rows are numbered
     * @param report    the HTML report with every optional part that applies (the choice of k, the comparison
     *                  of algorithms, the k-distance curve); the page and the chart files share its data
     */
    record FitResult(Dataset customers, SegmentationModel model, int[] labels, String idColumn, HtmlReport report) {
        /** The report of a fit, with each optional part that is not null. */
        static HtmlReport report(SegmentationModel model, Dataset customers, KSelectionReport selection,
                ComparisonTable comparison, EpsSuggestion eps) {
            HtmlReport.Builder report = HtmlReport.builder(model, customers);
            if (selection != null) {
                report.selection(selection);
            }
            if (comparison != null) {
                report.comparison(comparison);
            }
            if (eps != null) {
                report.epsSuggestion(eps);
            }
            return report.build();
        }
    }

    /** The files every fit writes, in order; {@link #REPORT} follows unless {@code --no-report}. */
    static final List<FitOutput> OUTPUTS = List.of(FitCommand::writeModel, FitCommand::writeSegments);

    /** The report: DIR/report.html. */
    static final FitOutput REPORT = FitCommand::writeReport;

    /** The names of the chart files a fit writes: two digits, a hyphen, the chart's title, png or svg. */
    private static final Pattern CHART_FILE = Pattern.compile("\\d\\d-[a-z0-9-]+\\.(png|svg)");

    @ParentCommand
    SegmentCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--algorithm", paramLabel = "kmeans|dbscan|agglomerative|gmm|auto", defaultValue = "kmeans",
            description = "The clustering algorithm (default ${DEFAULT-VALUE}); auto keeps the best silhouette of "
                    + "K-Means, the Gaussian mixture and agglomerative clustering.")
    AlgorithmChoice algorithm;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The directory that receives model.json, segments.csv, report.html and charts/ "
                    + "(created if absent).")
    Path out;

    @Option(names = "--charts", paramLabel = "png|svg|none", defaultValue = "png",
            description = "The format of the charts written into DIR/charts/, or none (default ${DEFAULT-VALUE}).")
    ChartChoice charts;

    @Option(names = "--no-report", description = "Write neither report.html nor charts/.")
    boolean noReport;

    /** The comparison table of --algorithm auto, printed after the notes on how k was chosen. */
    private ComparisonTable comparison;
    /** The choice of k the pipeline made, when it chose k. */
    private KSelectionReport pipelineSelection;

    /**
     * An option that the chosen algorithm does not read is bad usage rather than silently ignored:
     * {@code --eps} and {@code --min-pts} belong to DBSCAN, {@code --linkage} to agglomerative clustering and
     * {@code --covariance} to the Gaussian mixture ({@code auto} compares the last two), {@code --k} to all
     * but DBSCAN.
     */
    private void rejectOptionsOfOtherAlgorithms() {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        boolean auto = algorithm == AlgorithmChoice.AUTO;
        String[][] owners = {
            {"--eps", algorithm == AlgorithmChoice.DBSCAN ? "" : "dbscan"},
            {"--min-pts", algorithm == AlgorithmChoice.DBSCAN ? "" : "dbscan"},
            {"--linkage", auto || algorithm == AlgorithmChoice.AGGLOMERATIVE ? "" : "agglomerative"},
            {"--covariance", auto || algorithm == AlgorithmChoice.GMM ? "" : "gmm"},
            {"--k", algorithm != AlgorithmChoice.DBSCAN ? "" : "kmeans, agglomerative, gmm or auto"},
        };
        for (String[] owner : owners) {
            if (!owner[1].isEmpty() && given.hasMatchedOption(owner[0])) {
                throw new CommandLine.ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                        "%s applies only to --algorithm %s (was --algorithm %s)", owner[0], owner[1],
                        algorithm.name().toLowerCase(Locale.ROOT)));
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        Terminal terminal = root.terminal();
        cluster.fixedK(spec);   // a bad --k is bad usage before any data is read
        rejectOptionsOfOtherAlgorithms();
        Dataset customers = data.load(spec, terminal);
        SegmentationModel model;
        List<String> notes;
        KSelectionReport selection;
        EpsSuggestion eps;
        // Choices of k and comparisons are the outer work; the fits inside them show as the bar's message.
        boolean choosing = algorithm == AlgorithmChoice.AUTO
                || (algorithm != AlgorithmChoice.DBSCAN && cluster.fixedK(spec).isEmpty());
        try (ProgressBars bars = choosing ? terminal.progress("k selection", "comparison") : terminal.progress()) {
            Candidates candidates = new Candidates(spec, cluster, data.seed, bars);
            Pipeline.Builder planned = plan(customers, candidates).progress(bars)
                    .onKSelection(report -> pipelineSelection = report);
            Pipeline pipeline = Failures.option(spec, planned::build);   // options that conflict: bad usage
            notes = candidates.notes();
            model = pipeline.fit(customers);
            selection = pipelineSelection != null ? pipelineSelection : candidates.selection();
            eps = candidates.eps();
        }
        notes.forEach(terminal::note);
        if (comparison != null) {
            terminal.note(comparison.toText());
        }
        String idColumn = data.idColumn(customers);
        FitResult fit = new FitResult(customers, model, model.assignAll(customers), idColumn,
                FitResult.report(model, customers, selection, comparison, eps));

        Files.createDirectories(out);
        // A report or charts left by an earlier fit into the same directory would describe another model.
        if (noReport) {
            Files.deleteIfExists(out.resolve("report.html"));
        }
        if (noReport || charts == ChartChoice.NONE) {
            deleteChartFiles(out.resolve("charts"));
        }
        List<FitOutput> outputs = new ArrayList<>(OUTPUTS);
        if (!noReport) {
            outputs.add(REPORT);
            if (charts != ChartChoice.NONE) {
                outputs.add((result, dir) -> writeCharts(result, dir, charts.format));
            }
        }
        List<Path> written = new ArrayList<>();
        for (FitOutput output : outputs) {
            written.add(output.write(fit, out));
        }
        terminal.result(summary(model));
        for (Path path : written) {
            terminal.result("wrote " + path);
        }
        if (!noReport) {
            terminal.result("open the report: " + out.resolve("report.html").toAbsolutePath().normalize().toUri());
        }
        return SegmentCommand.OK;
    }

    /** The pipeline for the options: preprocessing from {@link DataOptions}, the clusterer chosen here. */
    private Pipeline.Builder plan(Dataset customers, Candidates candidates) {
        Pipeline.Builder pipeline = data.pipeline(spec, customers);
        OptionalInt k = cluster.fixedK(spec);
        switch (algorithm) {
            case KMEANS, AGGLOMERATIVE -> {
                if (k.isPresent()) {
                    return pipeline.cluster(candidates.family(algorithm).apply(k.getAsInt()));
                }
                if (algorithm == AlgorithmChoice.KMEANS) {
                    return pipeline.chooseK(candidates.family(algorithm),
                            candidates.kSelection(KSelection.Criterion.GAP));
                }
                // Agglomerative fits are O(n²): choose k once with K-Means instead of by gap references.
                FeatureMatrix x = data.features(spec, customers);
                return pipeline.cluster(candidates.agglomerative(candidates.k(x)));
            }
            case GMM -> {
                return k.isPresent() ? pipeline.cluster(candidates.gmm(k.getAsInt()))
                        : pipeline.chooseK(candidates.family(algorithm), candidates.kSelection(KSelection.Criterion.BIC));
            }
            case DBSCAN -> {
                return pipeline.cluster(candidates.dbscan(data.features(spec, customers)));
            }
            default -> {
                FeatureMatrix x = data.features(spec, customers);
                List<Clusterer> all = candidates.all(x, candidates.k(x), false);
                comparison = candidates.compare(x, all);
                return pipeline.cluster(best(all, comparison));
            }
        }
    }

    /** The clusterer of the table's first row (best silhouette; ties keep the candidates' order). */
    private static Clusterer best(List<Clusterer> all, ComparisonTable table) {
        ComparisonRow top = table.rows().get(0);
        for (Clusterer c : all) {
            if (c.describe().equals(top.parameters()) && c.algorithm().equals(top.algorithm())) {
                return c;
            }
        }
        throw new IllegalStateException("comparison row " + top + " matches no candidate");
    }

    private static String summary(SegmentationModel model) {
        TrainingMetrics m = model.metrics();
        Table table = new Table("segment", "name", "customers", "share", "strategy");
        for (Segment s : model.segments()) {
            table.row(s.id(), s.name(), s.size(), String.format(Locale.ROOT, "%.1f%%", 100.0 * s.share()),
                    s.profile().strategy().objective());
        }
        return String.format(Locale.ROOT, "%s (%s), %d segments, silhouette %s, Davies-Bouldin %s%n%s",
                m.algorithm(), m.parameters(), m.segments(), Table.number(m.silhouette(), 3),
                Table.number(m.daviesBouldin(), 3), table.toText());
    }

    /** DIR/model.json: the whole model, loadable with {@code SegmentationModel.load}. */
    static Path writeModel(FitResult fit, Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        fit.model().save(file);
        return file;
    }

    /**
     * DIR/segments.csv: the id column (or {@code row}, numbered from 0 when there is none), then {@code segment}
     * and {@code segment_name}, one line per customer in input order.
     */
    static Path writeSegments(FitResult fit, Path dir) throws IOException {
        Dataset customers = fit.customers();
        int n = customers.rowCount();
        List<String> ids = new ArrayList<>(n);
        List<String> names = new ArrayList<>(n);
        double[] segments = new double[n];
        for (int i = 0; i < n; i++) {
            ids.add(fit.idColumn() == null ? Integer.toString(i)
                    : CsvText.cellText(customers.column(fit.idColumn()), i));
            int label = fit.labels()[i];
            segments[i] = label;
            names.add(label == Segment.NOISE ? SegmentationModel.NOISE_NAME : fit.model().segment(label).name());
        }
        Path file = dir.resolve("segments.csv");
        Dataset.ofColumns(IdColumn.of(fit.idColumn() == null ? "row" : fit.idColumn(), ids),
                NumericColumn.wrap("segment", segments), CategoricalColumn.of("segment_name", names)).writeCsv(file);
        return file;
    }

    /** DIR/report.html: the self-contained HTML report of the fit. */
    static Path writeReport(FitResult fit, Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        fit.report().write(file);
        return file;
    }

    /**
     * DIR/charts/: every chart of the report as a file, numbered in the report's order (segments on principal
     * components, sizes, profile heatmap, silhouette, ..., then the choice of k or eps). The charts are drawn
     * into a temporary directory first; only when all are drawn do they replace the chart files of an earlier
     * fit (files named {@code NN-*.png} or {@code NN-*.svg}; other files are left alone).
     */
    static Path writeCharts(FitResult fit, Path dir, Format format) throws IOException {
        Path charts = dir.resolve("charts");
        Files.createDirectories(charts);
        Path drawing = Files.createTempDirectory(dir, ".charts-");
        try {
            List<Path> drawn = fit.report().writeCharts(drawing, format);
            deleteChartFiles(charts);
            for (Path file : drawn) {
                Files.move(file, charts.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try (var left = Files.list(drawing)) {
                for (Path f : (Iterable<Path>) left::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(drawing);
        }
        return charts;
    }

    /** Deletes the chart files a fit writes ({@code NN-*.png}, {@code NN-*.svg}) from {@code charts}, if any. */
    private static void deleteChartFiles(Path charts) throws IOException {
        if (!Files.isDirectory(charts)) {
            return;
        }
        try (var files = Files.list(charts)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (CHART_FILE.matcher(f.getFileName().toString()).matches()) {
                    Files.delete(f);
                }
            }
        }
    }
}
