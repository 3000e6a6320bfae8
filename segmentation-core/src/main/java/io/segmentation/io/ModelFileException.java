package io.segmentation.io;

import java.io.IOException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model file that cannot be loaded: not JSON, cut short, written by a newer format version, or with a
 * value that is missing or wrong. The message starts with the file and the JSON path of what is wrong
 * ({@code model.json $.clusters.centres[3]: expected 14 values, found 13}); {@link #source()} and
 * {@link #path()} give both apart.
 */
public final class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;
    /** "$.a.b[3]: what" as worded by {@link StateReader#fail}. */
    private static final Pattern STATE_MESSAGE = Pattern.compile("^(\\$[^:\\s]*): (.*)$", Pattern.DOTALL);

    private final String source;
    private final String path;

    /**
     * A failure at {@code path} in {@code source}, with the message {@code "<source> <path>: <detail>"}.
     *
     * @param source the file or stream name, such as {@code models/churn/v3/model.json}
     * @param path the JSON path of what is wrong, such as {@code $.clusters.centres[3]}; {@code $} for the
     *     whole document
     * @param detail what is wrong, with the value found
     */
    public ModelFileException(String source, String path, String detail) {
        this(source, path, source + " " + path + ": " + detail, null);
    }

    private ModelFileException(String source, String path, String message, Throwable cause) {
        super(message, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * A failure at {@code path} in {@code source} whose message is worded in full by the caller; it must
     * name {@code source}.
     */
    static ModelFileException worded(String source, String path, String message, Throwable cause) {
        return new ModelFileException(source, path, message, cause);
    }

    /**
     * Turns a {@link StateReader} failure ({@code "$.clusters.centres[3]: expected 14 values, found 13"})
     * into a failure of the model file {@code source}, keeping its path and wording. Use it around the
     * code that reads a section:
     *
     * <pre>{@code
     * try {
     *     model = KMeansModel.read(document.section("clusters"));
     * } catch (IllegalArgumentException e) {
     *     throw ModelFileException.of("model.json", e);
     * }
     * }</pre>
     *
     * @param source the file or stream name
     * @param failure the reader's failure; a message that does not start with a JSON path is reported at
     *     {@code $}
     * @return the exception to throw, with {@code failure} as its cause
     */
    public static ModelFileException of(String source, IllegalArgumentException failure) {
        Objects.requireNonNull(failure, "failure");
        String message = String.valueOf(failure.getMessage());
        Matcher m = STATE_MESSAGE.matcher(message);
        if (m.matches()) {
            return new ModelFileException(source, m.group(1), source + " " + message, failure);
        }
        return new ModelFileException(source, "$", source + " $: " + message, failure);
    }

    /** The file or stream name the failure is about. */
    public String source() {
        return source;
    }

    /** The JSON path of what is wrong, such as {@code $.clusters.centres[3]}; {@code $} for the whole document. */
    public String path() {
        return path;
    }
}
