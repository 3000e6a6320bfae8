package io.segmentation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class FitCommandTest {
    @TempDir
    Path dir;

    private Path customers(int n, long seed) throws Exception {
        Path csv = dir.resolve("customers.csv");
        SyntheticCustomers.builder().n(n).seed(seed).build().generate().writeCsv(csv);
        return csv;
    }

    /** The segments of segments.csv must be what the saved model assigns to the same customers. */
    private static void assertSegmentsMatchTheModel(Path out, Dataset customers, String idColumn) throws Exception {
        SegmentationModel model = SegmentationModel.load(out.resolve("model.json"));
        Dataset segments = Dataset.readCsv(out.resolve("segments.csv"));
        assertEquals(List.of(idColumn, "segment", "segment_name"), segments.columnNames());
        assertEquals(customers.rowCount(), segments.rowCount());
        int[] expected = model.assignAll(customers);
        double[] written = segments.numeric("segment").toArray();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], (int) written[i], "row " + i);
            String name = segments.categorical("segment_name").get(i);
            assertEquals(expected[i] < 0 ? SegmentationModel.NOISE_NAME : model.segment(expected[i]).name(), name);
        }
    }

    /** The report parses as XML and has one card (an article headed by the name) per segment of the model. */
    static Document assertReportNamesEverySegment(Path out) throws Exception {
        SegmentationModel model = SegmentationModel.load(out.resolve("model.json"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(out.resolve("report.html").toFile());
        NodeList articles = doc.getElementsByTagName("article");
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < articles.getLength(); i++) {
            Element article = (Element) articles.item(i);
            if (!article.getAttribute("class").contains("noise")) {
                cards.add(article.getElementsByTagName("h3").item(0).getTextContent());
            }
        }
        List<String> names = new ArrayList<>();
        for (Segment s : model.segments()) {
            names.add(s.name());
        }
        assertEquals(names, cards);
        return doc;
    }

    /** The chart files, sorted; each a non-empty, decodable PNG. */
    static List<String> assertPngCharts(Path out) throws Exception {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(out.resolve("charts"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                BufferedImage image = ImageIO.read(f.toFile());
                assertThat(image).as(f.toString()).isNotNull();
                assertThat(image.getWidth() * image.getHeight()).as(f.toString()).isPositive();
                names.add(f.getFileName().toString());
            }
        }
        names.sort(null);
        return names;
    }

    @Test
    void writes_the_report_and_its_charts_and_says_where_to_open_it() throws Exception {
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("fit", "--n", "300", "--k", "auto", "--quiet", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertThat(run.out()).contains("wrote " + out.resolve("report.html"))
                .contains("wrote " + out.resolve("charts"))
                .endsWith("open the report: " + out.resolve("report.html").toAbsolutePath().toUri()
                        + System.lineSeparator());
        Document doc = assertReportNamesEverySegment(out);
        // k was chosen (gap statistic of K-Means), so the report has the tab of that choice, and the charts
        // directory holds the elbow beside the charts every fit has; one file per figure of the report.
        assertThat(doc.getElementsByTagName("section").getLength()).isEqualTo(5);
        assertThat(Files.readString(out.resolve("report.html"))).contains("data-tab=\"choice\"");
        List<String> charts = assertPngCharts(out);
        assertEquals(doc.getElementsByTagName("figure").getLength(), charts.size());
        assertThat(charts.get(0)).isEqualTo("01-segments-on-the-first-two-principal-components.png");
        assertThat(charts).anyMatch(c -> c.contains("customers-per-segment"))
                .anyMatch(c -> c.contains("silhouette")).anyMatch(c -> c.contains("elbow"))
                .anyMatch(c -> c.contains("distribution-of-recency"));
    }

    @Test
    void charts_can_be_svg_or_left_out() throws Exception {
        Path svg = dir.resolve("svg");
        assertEquals(0, CliRun.of("fit", "--n", "200", "--k", "3", "-q", "--charts", "svg", "--out",
                svg.toString()).status());
        try (var files = Files.list(svg.resolve("charts"))) {
            assertThat(files.toList()).isNotEmpty().allMatch(f -> f.toString().endsWith(".svg"));
        }
        Path none = dir.resolve("none");
        assertEquals(0, CliRun.of("fit", "--n", "200", "--k", "3", "-q", "--charts", "none", "--out",
                none.toString()).status());
        assertThat(none.resolve("report.html")).exists();
        assertThat(none.resolve("charts")).doesNotExist();
        Path bare = dir.resolve("bare");
        CliRun run = CliRun.of("fit", "--n", "200", "--k", "3", "-q", "--no-report", "--out", bare.toString());
        assertEquals(0, run.status());
        assertThat(bare.resolve("report.html")).doesNotExist();
        assertThat(bare.resolve("charts")).doesNotExist();
        assertThat(run.out()).doesNotContain("open the report");
    }

    @Test
    void a_refit_into_the_same_directory_leaves_no_report_or_chart_of_the_old_model() throws Exception {
        Path out = dir.resolve("again");
        assertEquals(0, CliRun.of("fit", "--n", "200", "--k", "3", "-q", "--out", out.toString()).status());
        Path mine = out.resolve("charts").resolve("notes.txt");
        Files.writeString(mine, "the user's own file");
        // svg after png: the png charts of the first fit go, the user's file stays.
        assertEquals(0, CliRun.of("fit", "--n", "200", "--k", "4", "-q", "--charts", "svg", "--out",
                out.toString()).status());
        try (var files = Files.list(out.resolve("charts"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .allMatch(f -> f.endsWith(".svg") || f.equals("notes.txt")).contains("notes.txt");
        }
        // --no-report: the report and the charts of the k = 4 fit go with it.
        assertEquals(0, CliRun.of("fit", "--n", "200", "--k", "2", "-q", "--no-report", "--out",
                out.toString()).status());
        assertThat(out.resolve("report.html")).doesNotExist();
        try (var files = Files.list(out.resolve("charts"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).noneMatch(f -> f.startsWith(".charts-"));
        }
    }

    @Test
    void fits_synthetic_customers_without_input() throws Exception {
        Path out = dir.resolve("demo");
        CliRun run = CliRun.of("fit", "--n", "300", "--k", "4", "--quiet", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertThat(run.err()).isEmpty();   // --quiet: no progress bars
        assertThat(run.out()).contains("4 segments").contains("wrote " + out.resolve("model.json"))
                .contains("wrote " + out.resolve("segments.csv"));
        Dataset customers = SyntheticCustomers.builder().n(300).seed(42).build().generate();
        assertSegmentsMatchTheModel(out, customers, "customer_id");
        Dataset segments = Dataset.readCsv(out.resolve("segments.csv"));
        for (int i = 0; i < 300; i += 37) {
            assertEquals(String.valueOf(customers.row(i).get("customer_id")),
                    String.valueOf(segments.row(i).get("customer_id")), "row " + i);
        }
    }

    @Test
    void every_algorithm_fits_a_csv_with_an_id_and_dropped_columns() throws Exception {
        Path csv = customers(240, 3);
        Dataset customers = Dataset.readCsv(csv);
        String[][] algorithms = {
            {"--algorithm", "kmeans", "--k", "3"},
            {"--algorithm", "gmm", "--k", "3", "--covariance", "diag", "--pca", "0.8"},
            {"--algorithm", "agglomerative", "--k", "3", "--linkage", "average"},
            {"--algorithm", "dbscan", "--min-pts", "5"},
            {"--algorithm", "auto", "--k", "3", "--scale", "robust", "--outliers", "zscore", "--impute", "mean"},
        };
        for (String[] algorithm : algorithms) {
            Path out = dir.resolve(algorithm[1]);
            String[] args = concat(new String[] {"fit", "--input", csv.toString(), "--id", "customer_id",
                "--drop", "city,region", "--quiet", "--out", out.toString()}, algorithm);
            CliRun run = CliRun.of(args);
            assertEquals(0, run.status(), algorithm[1] + ": " + run.err());
            assertSegmentsMatchTheModel(out, customers, "customer_id");
            SegmentationModel model = SegmentationModel.load(out.resolve("model.json"));
            assertThat(model.inputSchema().names()).as(algorithm[1]).doesNotContain("city", "region");
            assertReportNamesEverySegment(out);
            List<String> charts = assertPngCharts(out);
            String report = Files.readString(out.resolve("report.html"));
            switch (algorithm[1]) {
                case "agglomerative" -> assertThat(charts).anyMatch(c -> c.contains("-dendrogram-"));
                case "dbscan" -> assertThat(charts).anyMatch(c -> c.contains("-sorted-5-distances"));
                case "auto" -> assertThat(report).contains("data-tab=\"comparison\"");
                default -> assertThat(report).doesNotContain("data-tab=\"choice\"");   // k was given
            }
        }
    }

    @Test
    void auto_compares_and_keeps_the_best_silhouette() throws Exception {
        Path out = dir.resolve("auto");
        CliRun run = CliRun.of("fit", "--n", "240", "--algorithm", "auto", "--k", "3", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        // The comparison table is printed best first; the fitted model is the first row's algorithm.
        List<String> lines = run.out().lines().toList();
        int header = 0;
        while (!lines.get(header).startsWith("algorithm")) {
            header++;
        }
        String best = lines.get(header + 1).split("\\s+")[0];
        SegmentationModel model = SegmentationModel.load(out.resolve("model.json"));
        assertEquals(best, model.metrics().algorithm());
        assertThat(run.err()).contains("comparison");   // a progress bar was drawn
    }

    @Test
    void without_an_id_rows_are_numbered() throws Exception {
        Path csv = Files.writeString(dir.resolve("plain.csv"), "a,b\n0,0\n0.1,0\n0,0.2\n5,5\n5.1,5\n5,5.2\n");
        Path out = dir.resolve("plain");
        CliRun run = CliRun.of("fit", "--input", csv.toString(), "--k", "2", "-q", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        Dataset segments = Dataset.readCsv(out.resolve("segments.csv"));
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, segments.numeric("row").toArray());
        // Two tight groups by construction: rows 0-2 share a segment, rows 3-5 the other.
        double[] s = segments.numeric("segment").toArray();
        assertEquals(s[0], s[1]);
        assertEquals(s[0], s[2]);
        assertEquals(s[3], s[4]);
        assertEquals(s[3], s[5]);
        assertThat(s[0]).isNotEqualTo(s[3]);
    }

    @Test
    void bad_usage_exits_2_with_one_line() {
        String out = dir.resolve("x").toString();
        String[][] cases = {
            {"fit", "--out", out, "--k", "0"},
            {"fit", "--out", out, "--k", "many"},
            {"fit", "--out", out, "--algorithm", "spectral"},
            {"fit", "--out", out, "--pca", "1.5"},
            {"fit", "--out", out, "--frobnicate"},
            {"fit", "--k", "3"},
            {"fit", "--out", out, "--input", "x.csv", "--n", "10"},
            {"fit", "--out", out, "--n", "50", "--k", "2", "--id", "customer_id", "--drop", "customer_id"},
            {"fit", "--out", out, "--eps", "0.5"},
            {"fit", "--out", out, "--algorithm", "gmm", "--linkage", "single"},
            {"fit", "--out", out, "--algorithm", "agglomerative", "--covariance", "tied"},
            {"fit", "--out", out, "--algorithm", "dbscan", "--k", "3"},
            {"fit", "--out", out, "--n", "50", "--algorithm", "dbscan", "--min-pts", "0"},
        };
        String[] expected = {"--k must be a whole number >= 1 or auto (was \"0\")", "(was \"many\")", "spectral",
            "1.5", "--frobnicate", "--out", "--n applies only without --input",
            "idColumn \"customer_id\" is also listed in dropColumns(...)",
            "--eps applies only to --algorithm dbscan (was --algorithm kmeans)",
            "--linkage applies only to --algorithm agglomerative (was --algorithm gmm)",
            "--covariance applies only to --algorithm gmm (was --algorithm agglomerative)",
            "--k applies only to --algorithm kmeans, agglomerative, gmm or auto (was --algorithm dbscan)",
            "minPts"};
        for (int c = 0; c < cases.length; c++) {
            CliRun run = CliRun.of(cases[c]);
            assertEquals(SegmentCommand.BAD_USAGE, run.status(), String.join(" ", cases[c]) + ": " + run.err());
            assertEquals(1, run.errLines(), run.err());
            assertThat(run.err()).startsWith("segment fit: ").contains(expected[c]).doesNotContain("\tat ");
        }
    }

    @Test
    void bad_data_exits_1_with_one_line() throws Exception {
        Path csv = customers(60, 1);
        String out = dir.resolve("y").toString();
        CliRun absentId = CliRun.of("fit", "--input", csv.toString(), "--id", "nobody", "--out", out);
        assertEquals(SegmentCommand.BAD_DATA, absentId.status(), absentId.err());
        assertEquals(1, absentId.errLines(), absentId.err());
        assertThat(absentId.err()).contains("nobody").doesNotContain("\tat ");

        CliRun absentDrop = CliRun.of("fit", "--input", csv.toString(), "--drop", "shoe_size", "--k", "2", "-q",
                "--out", out);
        assertEquals(SegmentCommand.BAD_DATA, absentDrop.status());
        assertThat(absentDrop.err()).contains("shoe_size");

        Path tiny = Files.writeString(dir.resolve("tiny.csv"), "a,b\n1,2\n3,4\n");
        CliRun tooFew = CliRun.of("fit", "--input", tiny.toString(), "--k", "5", "-q", "--out", out);
        assertEquals(SegmentCommand.BAD_DATA, tooFew.status(), tooFew.err());
        assertEquals(1, tooFew.errLines(), tooFew.err());

        CliRun missing = CliRun.of("fit", "--input", dir.resolve("none.csv").toString(), "--out", out);
        assertEquals(SegmentCommand.BAD_DATA, missing.status());
        assertThat(missing.err()).contains("none.csv: no such file");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
