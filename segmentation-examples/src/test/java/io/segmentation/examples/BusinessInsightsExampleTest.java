package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class BusinessInsightsExampleTest {
    private static final Pattern ENTRY = Pattern.compile(
            "(?m)^(\\d+)\\. (.+): (\\d+) customers \\(([0-9.]+)%\\), ([0-9.]+)% of spend$");

    @TempDir
    Path dir;

    @Test
    void briefs_every_segment_of_the_report_by_size_and_writes_both() throws Exception {
        String printed = ExampleRun.run(BusinessInsightsExample::run, 200, dir);

        // The report's segment cards, read from the parsed HTML, are the segments the brief must cover.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(dir.resolve("report.html").toFile());
        NodeList articles = doc.getElementsByTagName("article");
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < articles.getLength(); i++) {
            cards.add(((Element) articles.item(i)).getElementsByTagName("h3").item(0).getTextContent());
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("data-tab=\"choice\"");   // k was chosen

        List<String> names = new ArrayList<>();
        int customers = 0;
        double share = 0;
        double spend = 0;
        int previous = Integer.MAX_VALUE;
        Matcher m = ENTRY.matcher(printed);
        while (m.find()) {
            assertEquals(names.size() + 1, Integer.parseInt(m.group(1)), m.group());   // numbered 1, 2, ...
            names.add(m.group(2));
            int size = Integer.parseInt(m.group(3));
            assertThat(size).as("largest first").isLessThanOrEqualTo(previous);
            previous = size;
            customers += size;
            share += Double.parseDouble(m.group(4));
            spend += Double.parseDouble(m.group(5));
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(cards);
        // Every customer is in one segment (K-Means leaves no noise), so sizes add up to n and shares to 100 %
        // (each printed to 0.1, so within k × 0.05). Spend shares are share × mean / overall mean, and
        // sum over s of (n_s / n) × mean_s / mean = (total spend / n) / mean = 1: they add up to 100 % too.
        assertEquals(200, customers);
        assertEquals(100.0, share, 0.05 * names.size() + 1e-9);
        assertEquals(100.0, spend, 0.05 * names.size() + 1e-9);
        assertThat(printed).contains("Goal: ").contains("Reach them by ").contains("ARI) ")
                .contains("open the report: " + dir.resolve("report.html").toAbsolutePath().toUri());

        String brief = Files.readString(dir.resolve("brief.md"), StandardCharsets.UTF_8);
        assertThat(brief).startsWith("# Marketing brief: 200 customers in " + names.size() + " segments");
        assertThat(printed).startsWith(brief);
    }
}
