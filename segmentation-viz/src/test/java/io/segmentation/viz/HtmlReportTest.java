package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

final class HtmlReportTest {
    private static final String TITLE = "Segments <script>alert('x')</script> & \"more\"";
    private static String html;
    private static Document doc;

    @BeforeAll
    static void render() {
        html = HtmlReport.builder(Fixtures.MODEL, Fixtures.CUSTOMERS).selection(Fixtures.SELECTION)
                .comparison(Fixtures.COMPARISON).epsSuggestion(Fixtures.EPS).title(TITLE).build().toHtml();
        doc = Rendering.parse(html);
    }

    private static List<Element> elements(String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Element byId(String id) {
        for (Element e : elements("*")) {
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    @Test
    void is_well_formed_html_with_a_title_escaped_as_text() {
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(elements("title").get(0).getTextContent()).isEqualTo(TITLE);
        assertThat(elements("h1").get(0).getTextContent()).isEqualTo(TITLE);
        // The only script is the report's own; the title's did not become one.
        assertThat(elements("script")).hasSize(1);
    }

    @Test
    void has_one_card_per_segment_with_its_name_and_strategy() {
        for (Segment s : Fixtures.MODEL.segments()) {
            Element card = byId("segment-" + s.id());
            assertThat(card.getElementsByTagName("h3").item(0).getTextContent()).isEqualTo(s.name());
            assertThat(card.getTextContent()).contains(s.strategy().objective())
                    .contains(String.format(Locale.ROOT, "%,d customers", s.size()));
        }
        assertThat(elements("article")).hasSize(Fixtures.MODEL.segments().size());
    }

    @Test
    void holds_every_chart_as_inline_svg() {
        // Charts tab: PCA scatter, sizes, heatmap, silhouette (4), 3 scatter pairs, a radar per segment (5),
        // 3 RFM distributions, recency × frequency by segment and by monetary (5) = 17 (no PCA step, not
        // agglomerative). Choice of k: elbow, 4 scores (no BIC: K-Means), k-distance = 6.
        List<String> titles = new ArrayList<>();
        for (Element f : elements("figure")) {
            assertThat(f.getElementsByTagName("svg").getLength()).isEqualTo(1);
            titles.add(f.getElementsByTagName("b").item(0).getTextContent());
        }
        assertThat(titles).hasSize(23);
        assertThat(titles).anyMatch(t -> t.startsWith("Segments on the first two principal components"))
                .anyMatch(t -> t.startsWith("Customers per segment")).anyMatch(t -> t.startsWith("Segment profiles"))
                .anyMatch(t -> t.startsWith("Silhouette")).anyMatch(t -> t.startsWith("Elbow"))
                .anyMatch(t -> t.startsWith("Gap statistic")).anyMatch(t -> t.startsWith("Sorted 8-distances"))
                .anyMatch(t -> t.startsWith("Distribution of recency_days"));
    }

    @Test
    void svg_ids_are_unique_in_the_page() {
        Set<String> ids = new HashSet<>();
        for (Element e : elements("*")) {
            String id = e.getAttribute("id");
            if (!id.isEmpty()) {
                assertThat(ids.add(id)).as("duplicate id %s", id).isTrue();
            }
        }
    }

    @Test
    void references_no_external_url() {
        for (Element e : elements("*")) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                String name = a.getNodeName();
                if (name.equals("src") || name.equals("href") || name.endsWith(":href") || name.equals("action")) {
                    assertThat(a.getNodeValue()).as("%s of <%s>", name, e.getTagName())
                            .doesNotStartWith("http://").doesNotStartWith("https://").doesNotStartWith("//");
                }
            }
        }
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("@import")
                .doesNotContain("url(http");
    }

    @Test
    void has_tabs_for_every_section_present() {
        List<String> tabs = new ArrayList<>();
        for (Element a : elements("a")) {
            if (!a.getAttribute("data-tab").isEmpty()) {
                tabs.add(a.getAttribute("data-tab"));
                byId(a.getAttribute("data-tab"));         // each tab has its section
            }
        }
        assertThat(tabs).containsExactly("overview", "segments", "charts", "profiles", "choice", "comparison");
    }

    @Test
    void tables_are_sortable_and_list_every_segment_and_algorithm() {
        Element profiles = byId("profiles");
        Element first = (Element) profiles.getElementsByTagName("table").item(0);
        assertThat(first.getAttribute("class")).isEqualTo("sortable");
        assertThat(first.getElementsByTagName("tbody").item(0).getChildNodes().getLength())
                .isEqualTo(Fixtures.MODEL.segments().size());
        Element comparison = byId("comparison");
        assertThat(comparison.getElementsByTagName("tbody").item(0).getChildNodes().getLength())
                .isEqualTo(Fixtures.COMPARISON.rows().size());
    }

    @Test
    void a_minimal_report_has_no_optional_tabs() {
        String minimal = HtmlReport.builder(Fixtures.PCA_MODEL, Fixtures.CUSTOMERS).build().toHtml();
        Document d = Rendering.parse(minimal);
        assertThat(minimal).doesNotContain("data-tab=\"choice\"").doesNotContain("data-tab=\"comparison\"")
                .contains("Variance explained by");
        assertThat(d.getElementsByTagName("article").getLength()).isEqualTo(Fixtures.PCA_MODEL.segments().size());
    }

    @Test
    void write_saves_the_same_document(@TempDir Path dir) throws IOException {
        HtmlReport report = HtmlReport.builder(Fixtures.PCA_MODEL, Fixtures.CUSTOMERS).title("t").build();
        Path file = dir.resolve("report.html");
        report.write(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.toHtml());
    }

    @Test
    void charts_are_the_figures_of_the_page_in_page_order() {
        List<String> figures = new ArrayList<>();
        for (Element f : elements("figure")) {
            figures.add(f.getElementsByTagName("b").item(0).getTextContent());
        }
        List<String> charts = new ArrayList<>();
        for (org.knowm.xchart.internal.chartpart.Chart<?, ?> c : HtmlReport.builder(Fixtures.MODEL,
                Fixtures.CUSTOMERS).selection(Fixtures.SELECTION).comparison(Fixtures.COMPARISON)
                .epsSuggestion(Fixtures.EPS).title(TITLE).build().charts()) {
            charts.add(c.getTitle());
        }
        assertThat(charts).isEqualTo(figures);
    }

    @Test
    void write_charts_saves_each_chart_numbered_by_its_title(@TempDir Path dir) throws IOException {
        HtmlReport report = HtmlReport.builder(Fixtures.PCA_MODEL, Fixtures.CUSTOMERS).build();
        List<Path> files = report.writeCharts(dir.resolve("charts"), Format.PNG);
        assertThat(files).hasSize(report.charts().size());
        assertThat(files.get(0).getFileName().toString())
                .isEqualTo("01-" + HtmlReport.slug(report.charts().get(0).getTitle()) + ".png");
        for (Path f : files) {
            assertThat(f.getParent()).isEqualTo(dir.resolve("charts"));
            assertThat(Rendering.luminanceVariance(Rendering.decode(Files.readAllBytes(f)))).isPositive();
        }
        Path svg = report.writeCharts(dir, Format.SVG).get(1);
        assertThat(svg.getFileName().toString()).startsWith("02-").endsWith(".svg");
        Rendering.parse(Files.readString(svg, StandardCharsets.UTF_8));
    }

    @Test
    void slug_keeps_letters_and_digits_before_any_parenthesis_joined_by_single_hyphens() {
        assertThat(HtmlReport.slug("Segments on PC 1 × PC 2 (k = 5)")).isEqualTo("segments-on-pc-1-pc-2");
        assertThat(HtmlReport.slug("Elbow curve: inertia against k")).isEqualTo("elbow-curve-inertia-against-k");
        assertThat(HtmlReport.slug("  Élan!  ")).isEqualTo("lan");
        assertThat(HtmlReport.slug("× (all)")).isEqualTo("chart");
        // 20 words of 4 letters: 12 words and 11 hyphens are 59 characters, the 13th word would pass 60.
        assertThat(HtmlReport.slug("word ".repeat(20))).isEqualTo(String.join("-", java.util.Collections.nCopies(12,
                "word")));
        assertThat(HtmlReport.slug("a".repeat(80))).hasSize(60);
    }

    @Test
    void escape_handles_the_five_special_characters_and_drops_control_characters() {
        assertThat(HtmlReport.escape("a<b>&\"c'\u0001d")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;d");
    }

    @Test
    void title_must_not_be_blank() {
        assertThatThrownBy(() -> HtmlReport.builder(Fixtures.MODEL, Fixtures.CUSTOMERS).title(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("title");
    }
}
