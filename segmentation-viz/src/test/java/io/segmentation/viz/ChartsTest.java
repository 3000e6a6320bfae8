package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.w3c.dom.Document;

final class ChartsTest {
    @TempDir
    Path dir;

    private static XYChart line() {
        XYChart chart = new XYChart(320, 240);
        chart.setTitle("a line");
        Theme.apply(chart.getStyler());
        chart.addSeries("y = x²", new double[] {0, 1, 2, 3}, new double[] {0, 1, 4, 9});
        return chart;
    }

    @Test
    void png_has_the_chart_size_and_is_not_blank() {
        BufferedImage image = Rendering.decode(Charts.toPng(line()));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
        assertThat(Rendering.luminanceVariance(image)).isGreaterThan(100.0);
    }

    @Test
    void svg_is_one_well_formed_document_with_size_and_viewbox() {
        Document doc = Rendering.parse(Charts.toSvg(line()));
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 320 240");
        assertThat(doc.getElementsByTagName("path").getLength()).isGreaterThan(20);
    }

    @Test
    void save_writes_both_formats_and_leaves_no_temporary_file() throws IOException {
        Charts.save(line(), dir.resolve("a.png"), Format.PNG);
        Charts.save(line(), dir.resolve("a.svg"), Format.SVG);
        assertThat(Rendering.decode(Files.readAllBytes(dir.resolve("a.png"))).getWidth()).isEqualTo(320);
        assertThat(Files.readString(dir.resolve("a.svg"), StandardCharsets.UTF_8)).startsWith("<svg ")
                .isEqualTo(Charts.toSvg(line()));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.png", "a.svg");
        }
    }

    @Test
    void save_into_a_missing_directory_fails_and_writes_nothing() {
        Path missing = dir.resolve("no-such-dir").resolve("a.png");
        assertThatThrownBy(() -> Charts.save(line(), missing, Format.PNG)).isInstanceOf(IOException.class);
        assertThat(Files.exists(missing.getParent())).isFalse();
    }

    @Test
    void save_over_an_existing_file_replaces_it() throws IOException {
        Path file = dir.resolve("a.svg");
        Files.writeString(file, "old");
        Charts.save(line(), file, Format.SVG);
        assertThat(Files.readString(file)).startsWith("<svg ");
    }
}
