package io.segmentation.examples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Runs an example body on small data in a temporary directory and keeps what it printed. */
final class ExampleRun {
    private ExampleRun() {
    }

    /**
     * Checks that the example wrote {@code file} as a PNG of at least 400×300 pixels that is not one flat colour
     * and said so; the charts of the examples are 500 pixels high or more.
     */
    static void assertChart(Path file, String printed) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new AssertionError(file + " is not an image");
        }
        if (image.getWidth() < 400 || image.getHeight() < 300) {
            throw new AssertionError(file + " is " + image.getWidth() + "x" + image.getHeight());
        }
        int first = image.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < image.getHeight() && !varied; y += 3) {
            for (int x = 0; x < image.getWidth() && !varied; x += 3) {
                varied = image.getRGB(x, y) != first;
            }
        }
        if (!varied) {
            throw new AssertionError(file + " is blank");
        }
        if (!printed.contains("wrote " + file)) {
            throw new AssertionError("the example did not say it wrote " + file);
        }
    }

    static String run(ExampleArgs.Example example, int n, Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path out = example.run(new ExampleArgs(n, 42, dir), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        if (!out.equals(dir)) {
            throw new AssertionError("the example wrote to " + out + ", not to " + dir);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
