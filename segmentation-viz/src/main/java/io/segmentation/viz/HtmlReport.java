package io.segmentation.viz;

import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.TrainingMetrics;
import io.segmentation.cluster.AgglomerativeModel;
import io.segmentation.cluster.EpsSuggestion;
import io.segmentation.data.Dataset;
import io.segmentation.eval.ComparisonRow;
import io.segmentation.eval.ComparisonTable;
import io.segmentation.eval.KCandidate;
import io.segmentation.eval.KSelectionReport;
import io.segmentation.internal.AtomicFile;
import io.segmentation.internal.Check;
import io.segmentation.io.ModelMetadata;
import io.segmentation.preprocess.FittedPreprocessor;
import io.segmentation.preprocess.FittedStep;
import io.segmentation.preprocess.PreprocessReport;
import io.segmentation.profile.CategoryMix;
import io.segmentation.profile.Distinction;
import io.segmentation.profile.LevelShare;
import io.segmentation.profile.NumericContrast;
import io.segmentation.profile.RfmSummary;
import io.segmentation.profile.SegmentProfile;
import io.segmentation.profile.Strategy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One self-contained HTML file that explains a fitted model to the people who will use its segments: an
 * overview (data, preprocessing, algorithm, k and why, quality), a card per segment (size, what sets it
 * apart, strategy and recommendations), every chart of this package that applies, sortable profile tables and,
 * when given, the choice of k and the comparison of algorithms, with tabs to move between them.
 *
 * <p>Everything is inline: charts as SVG, the style sheet and a little plain JavaScript (tabs, sorting). It
 * opens offline in any browser, references no URL and still reads with JavaScript off (all sections shown).
 * The markup is well-formed XML (XHTML-compatible), and every text taken from the model or the data is
 * escaped. Scatter plots draw a seeded sample of at most {@value SegmentView#MAX_POINTS} customers and the
 * dendrogram its top 29 merges, so the file stays at 1–2 MB for any number of customers.
 *
 * <pre>{@code
 * HtmlReport.builder(model, customers)
 *         .selection(kReport)              // optional: the charts and table of choosing k
 *         .comparison(table)               // optional: algorithms side by side
 *         .title("Customer segments, spring 2026")
 *         .build()
 *         .write(Path.of("segments.html"));
 * }</pre>
 */
public final class HtmlReport {
    private static final int RADAR_LIMIT = 12;
    private static final int PROFILE_FEATURES = 8;

    private final SegmentationModel model;
    private final Dataset customers;
    private final KSelectionReport selection;
    private final ComparisonTable comparison;
    private final EpsSuggestion eps;
    private final String title;
    /** The segments' data for the page and the chart files alike, computed once on first use. */
    private volatile SegmentView view;

    private HtmlReport(Builder b) {
        this.model = b.model;
        this.customers = b.customers;
        this.selection = b.selection;
        this.comparison = b.comparison;
        this.eps = b.eps;
        this.title = b.title;
    }

    /**
     * Starts a report of {@code model} on {@code customers}, normally the table it was fitted on.
     *
     * @param model     the fitted model
     * @param customers customers with the model's input columns; not modified
     * @return a builder with the default title and no optional part
     */
    public static Builder builder(SegmentationModel model, Dataset customers) {
        return new Builder(Objects.requireNonNull(model, "model"), Objects.requireNonNull(customers, "customers"));
    }

    /** The segments' data, computed on the first call and shared by {@link #toHtml()} and {@link #charts()}. */
    private SegmentView view() {
        SegmentView v = view;
        if (v == null) {
            synchronized (this) {
                v = view;
                if (v == null) {
                    v = new SegmentView(model, customers);
                    view = v;
                }
            }
        }
        return v;
    }

    /**
     * Writes the report into {@code file}, UTF-8, atomically (a temporary file moved over the target).
     *
     * @param file the target; its directory must exist
     * @throws IOException when the file cannot be written
     * @throws IllegalArgumentException when {@code customers} lacks a column the model needs
     */
    public void write(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String html = toHtml();
        AtomicFile.write(file, out -> out.write(html));
    }

    /**
     * Every chart the report shows, in the order it shows them (the charts tab, then the choice of k), for
     * saving as files beside the report; the same selection of charts as the report, drawn afresh.
     *
     * @return the charts, each at its own size; at least the segments on principal components, the sizes and the
     *         profile heatmap
     * @throws IllegalArgumentException when {@code customers} lacks a column the model needs
     */
    public List<Chart<?, ?>> charts() {
        SegmentView v = view();
        Page p = new Page();
        p.collected = new ArrayList<>();
        charts(p, v);
        if (selection != null || eps != null) {
            choice(p);
        }
        return List.copyOf(p.collected);
    }

    /**
     * Saves every chart of {@link #charts()} into {@code dir}, named by its position and title, e.g.
     * {@code 01-segments-on-the-first-two-principal-components.png}.
     *
     * @param dir    the directory, created when absent
     * @param format PNG or SVG
     * @return the files written, in the order of {@link #charts()}
     * @throws IOException when the directory or a file cannot be written
     * @throws IllegalArgumentException when {@code customers} lacks a column the model needs
     */
    public List<Path> writeCharts(Path dir, Format format) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(format, "format");
        java.nio.file.Files.createDirectories(dir);
        List<Chart<?, ?>> charts = charts();
        List<Path> written = new ArrayList<>(charts.size());
        for (int i = 0; i < charts.size(); i++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "%02d-%s.%s", i + 1, slug(charts.get(i).getTitle()),
                    format.name().toLowerCase(Locale.ROOT)));
            Charts.save(charts.get(i), file, format);
            written.add(file);
        }
        return written;
    }

    /**
     * A title as a file name: the part before any parenthesis (which holds values such as "chosen k = 5"), in
     * lower-case ASCII letters and digits with every run of other characters as one hyphen, cut at a hyphen to
     * at most 60 characters.
     */
    static String slug(String title) {
        int paren = title.indexOf('(');
        String kept = paren < 0 ? title : title.substring(0, paren);
        StringBuilder b = new StringBuilder();
        for (char ch : kept.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                b.append(ch);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        int end = b.length();
        if (end > 60) {
            int hyphen = b.lastIndexOf("-", 60);
            end = hyphen > 0 ? hyphen : 60;
        }
        while (end > 0 && b.charAt(end - 1) == '-') {
            end--;
        }
        return end == 0 ? "chart" : b.substring(0, end);
    }

    /**
     * The whole report as one HTML document.
     *
     * @return the document, starting with {@code <!DOCTYPE html>}
     * @throws IllegalArgumentException when {@code customers} lacks a column the model needs
     */
    public String toHtml() {
        SegmentView v = view();
        Page p = new Page();
        p.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .text(title).raw("</title><style>").raw(CSS).raw("</style></head><body>");
        p.raw("<header><h1>").text(title).raw("</h1><p class=\"sub\">")
                .text(String.format(Locale.ROOT, "%,d customers in %d segments · %s (%s) · made %s", v.labels.length,
                        v.k, model.metrics().algorithm(), model.metrics().parameters(),
                        model.metadata().createdAt()))
                .raw("</p><nav id=\"tabs\">");
        List<String[]> tabs = new ArrayList<>();
        tabs.add(new String[] {"overview", "Overview"});
        tabs.add(new String[] {"segments", "Segments"});
        tabs.add(new String[] {"charts", "Charts"});
        tabs.add(new String[] {"profiles", "Profiles"});
        if (selection != null || eps != null) {
            tabs.add(new String[] {"choice", "Choice of k"});
        }
        if (comparison != null) {
            tabs.add(new String[] {"comparison", "Comparison"});
        }
        for (String[] t : tabs) {
            p.raw("<a class=\"tab\" href=\"#").raw(t[0]).raw("\" data-tab=\"").raw(t[0]).raw("\">").text(t[1])
                    .raw("</a>");
        }
        p.raw("</nav></header><main>");
        overview(p, v);
        segments(p, v);
        charts(p, v);
        profiles(p, v);
        if (selection != null || eps != null) {
            choice(p);
        }
        if (comparison != null) {
            comparison(p);
        }
        p.raw("</main><footer>").text("segmentation " + model.metadata().libraryVersion()
                        + " · seed " + model.metadata().seed() + " · training data fingerprint "
                        + model.metadata().trainingFingerprint())
                .raw("</footer><script>//<![CDATA[\n").raw(JS).raw("\n//]]></script></body></html>\n");
        return p.toString();
    }

    private void overview(Page p, SegmentView v) {
        TrainingMetrics m = model.metrics();
        ModelMetadata meta = model.metadata();
        FittedPreprocessor pre = model.preprocessor();
        PreprocessReport pr = pre.report();
        p.raw("<section id=\"overview\"><h2>Overview</h2><div class=\"grid\">");
        p.raw("<div class=\"box\"><h3>Data</h3><dl>");
        p.item("customers in this report", String.format(Locale.ROOT, "%,d", v.labels.length));
        p.item("training customers", String.format(Locale.ROOT, "%,d", meta.trainingRows()));
        p.item("input columns", String.join(", ", pre.inputSchema().names()));
        model.idColumn().ifPresent(id -> p.item("id column", id));
        p.item("features the clustering sees", String.format(Locale.ROOT, "%d", pre.featureNames().size()));
        p.raw("</dl></div>");
        p.raw("<div class=\"box\"><h3>Preprocessing</h3><dl>");
        for (FittedStep step : model.derivedSteps()) {
            p.item("derived", step.toString());
        }
        int filled = 0;
        for (int count : pr.missingFilled().values()) {
            filled += count;
        }
        int outliers = 0;
        for (int count : pr.outliers().values()) {
            outliers += count;
        }
        p.item("missing values filled", String.format(Locale.ROOT, "%,d", filled));
        p.item("outlier cells", String.format(Locale.ROOT, "%,d (%s)", outliers,
                pr.outlierTreatment().toString().toLowerCase(Locale.ROOT).replace('_', ' ')));
        if (pr.rowsDropped() > 0) {
            p.item("rows dropped", String.format(Locale.ROOT, "%,d", pr.rowsDropped()));
        }
        p.item("imputation", pre.impute().toString());
        p.item("encoding", pre.encode().toString());
        p.item("scaling", pre.scale().toString());
        p.item("PCA", pre.pca().map(Object::toString).orElse("none"));
        p.raw("</dl></div>");
        p.raw("<div class=\"box\"><h3>Algorithm and k</h3><dl>");
        p.item("algorithm", m.algorithm());
        p.item("parameters", m.parameters());
        p.item("segments", Integer.toString(m.segments()));
        p.item("how k was chosen", m.choice());
        if (selection != null) {
            p.item("why", selection.reason());
        }
        p.raw("</dl></div>");
        p.raw("<div class=\"box\"><h3>Quality</h3><dl>");
        p.item("silhouette", fixed(m.silhouette(), 3) + (m.silhouetteSampled() ? " (sampled)" : "")
                + " (−1 to 1, higher is better)");
        p.item("Calinski–Harabasz", fixed(m.calinskiHarabasz(), 1) + " (higher is better)");
        p.item("Davies–Bouldin", fixed(m.daviesBouldin(), 3) + " (lower is better)");
        p.item("noise share", percent(m.noiseShare()));
        p.item("smallest / largest segment", fixed(m.smallestToLargest(), 3));
        p.item("fit time", String.format(Locale.ROOT, "%.2f s", m.fitTime().toNanos() / 1e9));
        p.raw("</dl></div></div></section>");
    }

    private void segments(Page p, SegmentView v) {
        p.raw("<section id=\"segments\"><h2>Segments</h2><div class=\"cards\">");
        for (Segment s : v.segments) {
            SegmentProfile profile = s.profile();
            String colour = hex(Theme.segmentColour(s.id()));
            p.raw("<article class=\"card\" id=\"segment-").raw(Integer.toString(s.id()))
                    .raw("\" style=\"border-top-color:").raw(colour).raw("\"><h3>").text(s.name()).raw("</h3>");
            p.raw("<p class=\"size\">").text(String.format(Locale.ROOT, "%,d customers · %s of all · %s",
                    s.size(), percent(s.share()), profile.archetype())).raw("</p>");
            p.raw("<div class=\"bar\"><span style=\"width:")
                    .raw(String.format(Locale.ROOT, "%.1f", 100.0 * s.share())).raw("%;background:").raw(colour)
                    .raw("\"></span></div>");
            if (!profile.distinctions().isEmpty()) {
                p.raw("<h4>What sets it apart</h4><ul>");
                for (Distinction d : profile.distinctions()) {
                    p.raw("<li>").text(d.description()).raw("</li>");
                }
                p.raw("</ul>");
            }
            Optional<RfmSummary> rfm = profile.rfm();
            rfm.ifPresent(r -> p.raw("<p class=\"rfm\">").text(String.format(Locale.ROOT,
                    "RFM scores: recency %.2f · frequency %.2f · monetary %.2f (0.5 = the median customer)",
                    r.recency().score(), r.frequency().score(), r.monetary().score())).raw("</p>"));
            profile.rule().ifPresent(r -> p.raw("<p class=\"rule\">").text(r.describe(s.name())).raw("</p>"));
            Strategy st = profile.strategy();
            p.raw("<h4>Strategy</h4><p>").text(st.objective()).raw("</p><dl>");
            p.item("channels", String.join(", ", st.channels()));
            p.item("offers", String.join(", ", st.offers()));
            p.item("measure", String.join(", ", st.kpis()));
            p.raw("</dl>");
            if (!st.actions().isEmpty()) {
                p.raw("<h4>Recommendations</h4><ol>");
                for (String a : st.actions()) {
                    p.raw("<li>").text(a).raw("</li>");
                }
                p.raw("</ol>");
            }
            p.raw("</article>");
        }
        model.profiles().noise().ifPresent(noise -> p.raw("<article class=\"card noise\"><h3>").text(noise.name())
                .raw("</h3><p class=\"size\">").text(String.format(Locale.ROOT,
                        "%,d customers · %s of all · in no segment", noise.size(), percent(noise.share())))
                .raw("</p></article>"));
        p.raw("</div></section>");
    }

    private void charts(Page p, SegmentView v) {
        p.raw("<section id=\"charts\"><h2>Charts</h2><div class=\"figures\">");
        figure(p, SegmentCharts.pcaScatter(v), "Each dot is a customer, placed by the two directions along which "
                + "the customers differ most; crosses are segment centres.");
        figure(p, SegmentCharts.sizes(model), "How many training customers each segment holds.");
        figure(p, SegmentCharts.profileHeatmap(model), "Orange: the segment is above the average customer on "
                + "this feature; blue: below. The number is the difference in standard deviations.");
        if (v.k >= 2) {
            figure(p, QualityCharts.silhouette(v), "How much closer each customer is to its own segment than to "
                    + "the next one (1 = clearly placed, 0 = on a border, below 0 = closer to another segment).");
        }
        List<String> top = v.topFeatures(3);
        if (top.size() >= 2) {
            for (org.knowm.xchart.XYChart pair : SegmentCharts.scatterPairs(v, 3)) {
                figure(p, pair, "The segments on two of the features that set them apart most, in their own units.");
            }
        }
        if (SegmentCharts.topFeatures(model, 3).size() >= 3) {
            int shown = 0;
            for (Segment s : v.segments) {
                if (shown++ == RADAR_LIMIT) {
                    break;
                }
                figure(p, SegmentCharts.radar(model, s.id(), 6), "The segment (coloured) against the average "
                        + "customer (grey ring) on six features; the rim is two standard deviations above average.");
            }
        }
        rfmColumns().ifPresent(c -> {
            for (String column : c) {
                figure(p, RfmCharts.distribution(v, column, 20), "How " + column + " is spread, and which segments "
                        + "make up each range.");
            }
            figure(p, RfmCharts.recencyFrequency(v, c[0], c[1]), "Recent, frequent buyers are at the top left.");
            figure(p, RfmCharts.recencyFrequencyByMonetary(customers, c[0], c[1], c[2]),
                    "The darker the dot, the more the customer spends.");
        });
        model.preprocessor().pca().ifPresent(pca -> figure(p, FeatureCharts.explainedVariance(pca),
                "How much of the customers' variation each principal component keeps."));
        if (model.clusterModel() instanceof AgglomerativeModel) {
            AgglomerativeModel tree = (AgglomerativeModel) model.clusterModel();
            figure(p, QualityCharts.dendrogram(tree.dendrogram(), 30, Math.min(v.k, tree.dendrogram().leaves())),
                    "The order in which groups of customers were merged; the dashed line cuts it into the segments.");
        }
        p.raw("</div></section>");
    }

    /** The recency, frequency and monetary columns the profiles used, when they are numeric columns here. */
    private Optional<String[]> rfmColumns() {
        List<SegmentProfile> profiles = model.profiles().segments();
        if (profiles.isEmpty() || profiles.get(0).rfm().isEmpty()) {
            return Optional.empty();
        }
        RfmSummary r = profiles.get(0).rfm().get();
        String[] columns = {r.recency().column(), r.frequency().column(), r.monetary().column()};
        for (String c : columns) {
            if (!customers.has(c) || customers.column(c).type() != io.segmentation.data.ColumnType.NUMERIC) {
                return Optional.empty();
            }
        }
        return Optional.of(columns);
    }

    private void profiles(Page p, SegmentView v) {
        List<SegmentProfile> profiles = model.profiles().segments();
        p.raw("<section id=\"profiles\"><h2>Profiles</h2><p class=\"hint\">")
                .text("Click a column heading to sort. Means in the features' own units; the shade shows the "
                        + "standardized difference from all customers (orange above, blue below).")
                .raw("</p>");
        List<String> top = SegmentCharts.topFeatures(model, PROFILE_FEATURES);
        p.raw("<h3>Segments</h3><table class=\"sortable\"><thead><tr>");
        p.th("segment").th("customers").th("share").th("archetype");
        for (String f : top) {
            p.th(f);
        }
        p.raw("</tr></thead><tbody>");
        for (SegmentProfile s : profiles) {
            p.raw("<tr>").td(s.name(), null).td(String.format(Locale.ROOT, "%,d", s.size()), (double) s.size())
                    .td(percent(s.share()), s.share()).td(s.archetype(), null);
            for (String f : top) {
                NumericContrast c = s.numeric(f);
                p.cell(compact(c.segment().mean()), c.segment().mean(), c.effectSize());
            }
            p.raw("</tr>");
        }
        p.raw("</tbody></table>");
        if (!profiles.isEmpty() && !profiles.get(0).numeric().isEmpty()) {
            p.raw("<h3>Numeric features (means)</h3><table class=\"sortable\"><thead><tr>");
            p.th("feature").th("everyone");
            for (SegmentProfile s : profiles) {
                p.th(s.name());
            }
            p.raw("</tr></thead><tbody>");
            for (NumericContrast everyone : profiles.get(0).numeric()) {
                String f = everyone.feature();
                p.raw("<tr>").td(f, null).td(compact(everyone.overall().mean()), everyone.overall().mean());
                for (SegmentProfile s : profiles) {
                    NumericContrast c = s.numeric(f);
                    p.cell(compact(c.segment().mean()), c.segment().mean(), c.effectSize());
                }
                p.raw("</tr>");
            }
            p.raw("</tbody></table>");
        }
        if (!profiles.isEmpty() && !profiles.get(0).categorical().isEmpty()) {
            p.raw("<h3>Categorical features (share of customers)</h3><table class=\"sortable\"><thead><tr>");
            p.th("feature = level").th("everyone");
            for (SegmentProfile s : profiles) {
                p.th(s.name());
            }
            p.raw("</tr></thead><tbody>");
            for (CategoryMix mix : profiles.get(0).categorical()) {
                for (LevelShare level : mix.levels()) {
                    p.raw("<tr>").td(mix.feature() + " = " + level.level(), null)
                            .td(percent(level.overallShare()), level.overallShare());
                    for (SegmentProfile s : profiles) {
                        double share = s.categorical(mix.feature()).share(level.level());
                        double sd = Math.sqrt(level.overallShare() * (1.0 - level.overallShare()));
                        p.cell(percent(share), share, sd > 0 ? (share - level.overallShare()) / sd : 0.0);
                    }
                    p.raw("</tr>");
                }
            }
            p.raw("</tbody></table>");
        }
        p.raw("</section>");
    }

    private void choice(Page p) {
        p.raw("<section id=\"choice\"><h2>Choice of k</h2>");
        if (selection != null) {
            p.raw("<p>").text(selection.reason()).raw("</p><div class=\"figures\">");
            figure(p, SelectionCharts.elbow(selection), "Inertia always falls as k grows; the bend is where more "
                    + "segments stop paying off.");
            for (SelectionCharts.Score s : SelectionCharts.Score.values()) {
                if (has(selection, s)) {
                    figure(p, SelectionCharts.score(selection, s), "");
                }
            }
            if (hasBic(selection)) {
                figure(p, SelectionCharts.informationCriteria(selection), "");
            }
            p.raw("</div><table class=\"sortable\"><thead><tr>");
            p.th("k").th("clusters").th("inertia").th("silhouette").th("Calinski–Harabasz").th("Davies–Bouldin")
                    .th("gap").th("BIC").th("smallest / largest");
            p.raw("</tr></thead><tbody>");
            for (KCandidate c : selection.candidates()) {
                p.raw(c.k() == selection.recommendedK() ? "<tr class=\"chosen\">" : "<tr>")
                        .num(c.k(), 0).num(c.clusters(), 0).num(c.inertia(), 1).num(c.silhouette(), 3)
                        .num(c.calinskiHarabasz(), 1).num(c.daviesBouldin(), 3).num(c.gap(), 3).num(c.bic(), 1)
                        .num(c.sizeSpread(), 3).raw("</tr>");
            }
            p.raw("</tbody></table>");
        }
        if (eps != null) {
            p.raw("<div class=\"figures\">");
            figure(p, SelectionCharts.kDistance(eps), "DBSCAN's eps is read where the sorted distances bend upward.");
            p.raw("</div>");
        }
        p.raw("</section>");
    }

    private void comparison(Page p) {
        p.raw("<section id=\"comparison\"><h2>Comparison of algorithms</h2><table class=\"sortable\"><thead><tr>");
        p.th("algorithm").th("parameters").th("clusters").th("noise").th("silhouette").th("Calinski–Harabasz")
                .th("Davies–Bouldin").th("smallest / largest").th("fit time (s)");
        p.raw("</tr></thead><tbody>");
        for (ComparisonRow r : comparison.rows()) {
            p.raw("<tr>").td(r.algorithm(), null).td(r.parameters(), null).num(r.clusters(), 0)
                    .td(percent(r.noiseShare()), r.noiseShare()).num(r.silhouette(), 3).num(r.calinskiHarabasz(), 1)
                    .num(r.daviesBouldin(), 3).num(r.sizeSpread(), 3).num(r.fitTime().toNanos() / 1e9, 2)
                    .raw("</tr>");
        }
        p.raw("</tbody></table></section>");
    }

    private static boolean has(KSelectionReport r, SelectionCharts.Score s) {
        for (KCandidate c : r.candidates()) {
            if (!Double.isNaN(s.of(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBic(KSelectionReport r) {
        for (KCandidate c : r.candidates()) {
            if (!Double.isNaN(c.bic())) {
                return true;
            }
        }
        return false;
    }

    private static void figure(Page p, Chart<?, ?> chart, String caption) {
        if (p.collected != null) {
            p.collected.add(chart);
            return;
        }
        p.figures++;
        p.raw("<figure class=\"chart\">").raw(Charts.toSvg(chart, "f" + p.figures + "c"));
        p.raw("<figcaption><b>").text(chart.getTitle()).raw("</b>");
        if (!caption.isEmpty()) {
            p.raw(" ").text(caption);
        }
        p.raw("</figcaption></figure>");
    }

    private static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * share);
    }

    private static String compact(double v) {
        return Double.isNaN(v) ? "n/a" : RfmCharts.compact(v);
    }

    private static String hex(java.awt.Color c) {
        return String.format(Locale.ROOT, "#%06x", c.getRGB() & 0xffffff);
    }

    /**
     * Escapes text for HTML and XML content and attribute values: the five special characters, and control
     * characters that XML 1.0 forbids (dropped).
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    /** The HTML being written, with helpers that escape every text. */
    private static final class Page {
        private final StringBuilder b = new StringBuilder(1 << 20);
        int figures;
        /** When not null, figures are collected here instead of drawn. */
        List<Chart<?, ?>> collected;

        Page raw(String s) {
            b.append(s);
            return this;
        }

        Page text(String s) {
            b.append(escape(s));
            return this;
        }

        void item(String term, String value) {
            raw("<dt>").text(term).raw("</dt><dd>").text(value).raw("</dd>");
        }

        Page th(String s) {
            return raw("<th>").text(s).raw("</th>");
        }

        /** A cell sorted by {@code value} when it is given, else by its text. */
        Page td(String s, Double value) {
            if (value == null || value.isNaN()) {
                return raw("<td>").text(s).raw("</td>");
            }
            return raw("<td data-v=\"").raw(Double.toString(value)).raw("\">").text(s).raw("</td>");
        }

        Page num(double v, int decimals) {
            return td(fixed(v, decimals), v);
        }

        /** A cell shaded by an effect size: orange above the average customer, blue below, up to ±2 sd. */
        Page cell(String s, double value, double effect) {
            double e = Double.isNaN(effect) ? 0.0 : Math.max(-2.0, Math.min(2.0, effect)) / 2.0;
            String colour = e >= 0 ? "213,94,0" : "0,114,178";
            raw("<td class=\"shade\" style=\"background:rgba(").raw(colour)
                    .raw(String.format(Locale.ROOT, ",%.2f)\"", 0.6 * Math.abs(e)));
            if (!Double.isNaN(value)) {
                raw(" data-v=\"").raw(Double.toString(value)).raw("\"");
            }
            return raw(" title=\"").text(String.format(Locale.ROOT, "effect size %.2f", effect)).raw("\">").text(s)
                    .raw("</td>");
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    /** Builds an {@link HtmlReport}; every part but the model and the customers is optional. */
    public static final class Builder {
        private final SegmentationModel model;
        private final Dataset customers;
        private KSelectionReport selection;
        private ComparisonTable comparison;
        private EpsSuggestion eps;
        private String title = "Customer segments";

        private Builder(SegmentationModel model, Dataset customers) {
            this.model = model;
            this.customers = customers;
        }

        /**
         * Adds the tab "Choice of k": its charts (elbow, every score, BIC/AIC for mixtures) and table.
         *
         * @param selection the k selection that chose (or could have chosen) the model's k
         * @return this builder
         */
        public Builder selection(KSelectionReport selection) {
            this.selection = Objects.requireNonNull(selection, "selection");
            return this;
        }

        /**
         * Adds the tab "Comparison" with one sortable row per algorithm.
         *
         * @param comparison algorithms compared on the same features
         * @return this builder
         */
        public Builder comparison(ComparisonTable comparison) {
            this.comparison = Objects.requireNonNull(comparison, "comparison");
            return this;
        }

        /**
         * Adds the k-distance chart of DBSCAN to the tab "Choice of k".
         *
         * @param eps a suggestion from {@code Dbscan.suggestEps}
         * @return this builder
         */
        public Builder epsSuggestion(EpsSuggestion eps) {
            this.eps = Objects.requireNonNull(eps, "eps");
            return this;
        }

        /**
         * The report's title (default "Customer segments").
         *
         * @param title shown at the top and in the browser's tab; escaped
         * @return this builder
         * @throws IllegalArgumentException when {@code title} is blank
         */
        public Builder title(String title) {
            this.title = Check.notBlank("title", title);
            return this;
        }

        /**
         * The report; nothing is computed until {@link HtmlReport#toHtml()}, {@link HtmlReport#write(Path)} or
         * {@link HtmlReport#charts()}, and what they share (features, labels, samples) is computed once.
         *
         * @return an immutable report
         */
        public HtmlReport build() {
            return new HtmlReport(this);
        }
    }

    private static final String CSS = String.join("\n",
            ":root{--ink:#222;--muted:#666;--line:#ddd;--accent:#0072b2}",
            "*{box-sizing:border-box}",
            "body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;"
                    + "color:var(--ink);background:#fafafa}",
            "header{background:#fff;border-bottom:1px solid var(--line);padding:16px 24px 0;position:sticky;top:0;"
                    + "z-index:2}",
            "h1{margin:0;font-size:24px}.sub{margin:4px 0 10px;color:var(--muted)}",
            "nav a{display:inline-block;padding:8px 14px;margin-right:4px;color:var(--ink);text-decoration:none;"
                    + "border-bottom:3px solid transparent}",
            "nav a.on{border-bottom-color:var(--accent);font-weight:600}",
            "main{padding:8px 24px 40px;max-width:1500px}",
            "section{margin-top:16px}",
            ".js section{display:none}.js section.on{display:block}",
            ".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:16px}",
            ".box,.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px}",
            "dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}",
            "dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}",
            ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px}",
            ".card{border-top:6px solid #999}.card h3{margin:0 0 4px}.card h4{margin:12px 0 4px}",
            ".card ul,.card ol{margin:0;padding-left:20px}.size{margin:0;color:var(--muted)}",
            ".bar{height:6px;background:#eee;border-radius:3px;margin:6px 0}.bar span{display:block;height:6px;"
                    + "border-radius:3px}",
            ".figures{display:flex;flex-wrap:wrap;gap:16px}",
            "figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px;"
                    + "max-width:100%}",
            "figure svg{max-width:100%;height:auto;display:block}",
            "figcaption{font-size:13px;color:var(--muted);max-width:800px;padding:4px}",
            "table{border-collapse:collapse;background:#fff;margin:8px 0 20px;font-size:13px}",
            "th,td{border:1px solid var(--line);padding:4px 8px;text-align:right}",
            "td:first-child,th:first-child{text-align:left}",
            "th{background:#f0f0f0;cursor:pointer;user-select:none}th.asc::after{content:' \\25B2'}"
                    + "th.desc::after{content:' \\25BC'}",
            "tr.chosen td{font-weight:700}",
            ".hint{color:var(--muted)}",
            "footer{color:var(--muted);font-size:12px;padding:16px 24px}");

    private static final String JS = String.join("\n",
            "(function(){",
            "  var tabs=document.querySelectorAll('#tabs a');",
            "  var sections=document.querySelectorAll('main section');",
            "  document.body.className='js';",
            "  function show(id){",
            "    for(var i=0;i!==sections.length;i++){sections[i].className=sections[i].id===id?'on':'';}",
            "    for(var j=0;j!==tabs.length;j++){tabs[j].className=tabs[j].getAttribute('data-tab')===id?'tab on':'tab';}",
            "  }",
            "  for(var t=0;t!==tabs.length;t++){tabs[t].addEventListener('click',function(e){",
            "    e.preventDefault();var id=this.getAttribute('data-tab');show(id);",
            "    if(history.replaceState){history.replaceState(null,'','#'+id);}});}",
            "  var start=location.hash.substring(1);",
            "  show(document.getElementById(start)?start:'overview');",
            "  var tables=document.querySelectorAll('table.sortable');",
            "  for(var k=0;k!==tables.length;k++){(function(table){",
            "    var heads=table.querySelectorAll('th');",
            "    for(var h=0;h!==heads.length;h++){(function(th,col){th.addEventListener('click',function(){",
            "      var asc=th.className!=='asc';",
            "      for(var x=0;x!==heads.length;x++){heads[x].className='';}",
            "      th.className=asc?'asc':'desc';",
            "      var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);",
            "      rows.sort(function(a,b){",
            "        var p=a.cells[col],q=b.cells[col];",
            "        var u=p.getAttribute('data-v'),v=q.getAttribute('data-v');",
            "        var r=(u!==null&&v!==null)?(parseFloat(u)-parseFloat(v)):p.textContent.localeCompare(q.textContent);",
            "        return asc?r:-r;});",
            "      for(var y=0;y!==rows.length;y++){body.appendChild(rows[y]);}",
            "    });})(heads[h],h);}",
            "  })(tables[k]);}",
            "})();");
}
