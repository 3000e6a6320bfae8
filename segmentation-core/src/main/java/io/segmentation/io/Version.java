package io.segmentation.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this library at run time, as recorded in every model file it writes.
 *
 * <p>The value comes from {@code io/segmentation/version.properties}, which the build fills in from the
 * Maven project version. Run from sources that were not built by Maven (an IDE that copies resources
 * without filtering), it is {@value #UNKNOWN}.
 *
 * <pre>{@code
 * String v = Version.library();     // "0.1.0-SNAPSHOT"
 * }</pre>
 */
public final class Version {
    /** The version reported when the build did not record one. */
    public static final String UNKNOWN = "unknown";

    private static final String LIBRARY = load();

    private Version() {
    }

    /**
     * The version of the library on the class path, such as {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}.
     *
     * @return the Maven project version, or {@value #UNKNOWN} when the build did not record it
     */
    public static String library() {
        return LIBRARY;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/io/segmentation/version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            // An unfiltered copy still holds the Maven placeholder.
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            throw new UncheckedIOException("io/segmentation/version.properties cannot be read", e);
        }
    }
}
