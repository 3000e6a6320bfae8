package io.segmentation.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Checks shared by the chart tests: a chart renders to PNG and SVG at its size, and neither is blank. */
final class Rendering {
    private Rendering() {
    }

    /** Renders {@code chart} both ways and checks size and content; returns the parsed SVG. */
    static Document assertRenders(Chart<?, ?> chart) {
        BufferedImage png = decode(Charts.toPng(chart));
        assertThat(png.getWidth()).as("PNG width").isEqualTo(chart.getWidth());
        assertThat(png.getHeight()).as("PNG height").isEqualTo(chart.getHeight());
        assertThat(luminanceVariance(png)).as("PNG luminance variance (0 = blank)").isGreaterThan(100.0);
        String svg = Charts.toSvg(chart);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo(Integer.toString(chart.getWidth()));
        assertThat(doc.getDocumentElement().getAttribute("height")).isEqualTo(Integer.toString(chart.getHeight()));
        int shapes = doc.getElementsByTagName("path").getLength() + doc.getElementsByTagName("rect").getLength()
                + doc.getElementsByTagName("circle").getLength();
        // Title, axes or rings, tick labels and legend alone are more than 30 shapes.
        assertThat(shapes).as("SVG shapes").isGreaterThan(30);
        return doc;
    }

    static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The variance of the pixels' luminance, 0..255²: 0 for a blank picture. */
    static double luminanceVariance(BufferedImage image) {
        double sum = 0.0;
        double sumSq = 0.0;
        int n = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double l = 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
                sum += l;
                sumSq += l * l;
            }
        }
        double mean = sum / n;
        return sumSq / n - mean * mean;
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The names of the series shown in the legend, in order. */
    static List<String> legend(Chart<?, ?> chart) {
        List<String> names = new ArrayList<>();
        Collection<? extends Series> series = chart.getSeriesCollection();
        for (Series s : series) {
            if (s.isShowInLegend()) {
                names.add(s.getName());
            }
        }
        return names;
    }
}
