package io.segmentation.viz;

import io.segmentation.internal.AtomicFile;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Turns any XChart chart (those of this package or your own) into PNG bytes, SVG text or a file. Painting is
 * headless: run with {@code -Djava.awt.headless=true} on a server.
 *
 * <pre>{@code
 * XYChart chart = SegmentCharts.pcaScatter(model, customers);
 * chart.getStyler().setMarkerSize(4);            // tweak as you like
 * Charts.save(chart, Path.of("segments.svg"), Format.SVG);
 * }</pre>
 */
public final class Charts {
    private Charts() {
    }

    /**
     * Writes {@code chart} at its own size into {@code file}, atomically: into a temporary file beside it,
     * then moved over it, so a reader never sees half a picture and a failure leaves the file as it was.
     *
     * @param chart  the chart; painted, not otherwise modified
     * @param file   the target; its parent directory must exist
     * @param format PNG or SVG
     * @throws IOException when the file cannot be written
     */
    public static void save(Chart<?, ?> chart, Path file, Format format) throws IOException {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        byte[] bytes = format == Format.PNG ? toPng(chart) : toSvg(chart).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, bytes);
    }

    /**
     * The chart painted at its own size as PNG bytes (24-bit colour, antialiased).
     *
     * @param chart the chart; painted, not otherwise modified
     * @return the bytes of a PNG file
     */
    public static byte[] toPng(Chart<?, ?> chart) {
        BufferedImage image = toImage(chart);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 10);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);       // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /**
     * The chart painted at its own size into an RGB image.
     *
     * @param chart the chart; painted, not otherwise modified
     * @return a new image of the chart's width and height
     */
    public static BufferedImage toImage(Chart<?, ?> chart) {
        Objects.requireNonNull(chart, "chart");
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The chart painted at its own size as one standalone SVG document ({@code <svg>} root with width,
     * height and viewBox; no XML declaration, so it can be inlined into HTML as it is). Text is drawn as
     * glyph outlines, the way XChart paints it, so it needs no font where it is shown.
     *
     * @param chart the chart; painted, not otherwise modified
     * @return the SVG document as text
     */
    public static String toSvg(Chart<?, ?> chart) {
        return toSvg(chart, "clip");
    }

    /** {@link #toSvg(Chart)} with element ids that start with {@code idPrefix}. */
    static String toSvg(Chart<?, ?> chart, String idPrefix) {
        Objects.requireNonNull(chart, "chart");
        SvgGraphics g = new SvgGraphics(idPrefix);
        chart.paint(g, chart.getWidth(), chart.getHeight());
        return g.toSvg(chart.getWidth(), chart.getHeight());
    }
}
