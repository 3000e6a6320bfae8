package io.segmentation.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a text file so that nothing is lost: into a temporary file beside the target, then moved over
 * it, so that a reader never sees half a file and a failed write leaves the target as it was.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** What writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        /** Writes the whole body to {@code out} (UTF-8, buffered; closed by the caller). */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes {@code body} as UTF-8 into a temporary file in the target's directory and moves it over
     * {@code target}; on any failure the temporary file is deleted and {@code target} is untouched. The
     * new file gets the default permissions of files created in that directory.
     *
     * @throws IOException when the file cannot be written or moved
     */
    public static void write(Path target, Body body) throws IOException {
        Objects.requireNonNull(body, "body");
        writeStream(target, stream -> {
            try (Writer out = writer(stream)) {
                body.writeTo(out);
            }
        });
    }

    /**
     * Writes {@code bytes} into a temporary file in the target's directory and moves it over {@code target},
     * like {@link #write(Path, Body)}.
     *
     * @param bytes the whole content; not modified
     * @throws IOException when the file cannot be written or moved
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        writeStream(target, stream -> {
            try (OutputStream out = stream) {
                out.write(bytes);
            }
        });
    }

    private interface StreamBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What writes the bodies of two files that belong together. */
    @FunctionalInterface
    public interface PairBody {
        /** Writes both bodies (UTF-8, buffered; closed by the caller). */
        void writeTo(Writer first, Writer second) throws IOException;
    }

    /**
     * Writes two files that belong together (a result and its rejects): both bodies go into temporary files
     * beside their targets, and only once both are written in full are they moved into place, {@code second}
     * first and {@code first} last, so that a new {@code first} always comes with its {@code second}. A failure
     * while writing leaves both targets untouched. Should the second move fail after the first succeeded (a move
     * within a directory writes no data, so this takes, say, permissions changed meanwhile), {@code second} is new
     * and {@code first} is as it was; the {@link IOException} then says so.
     *
     * @throws IOException when a file cannot be written or moved
     */
    public static void write(Path first, Path second, PairBody body) throws IOException {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(body, "body");
        Path a = first.toAbsolutePath();
        Path b = second.toAbsolutePath();
        if (a.equals(b)) {
            throw new IllegalArgumentException("first and second must differ (both were " + a + ")");
        }
        Path tempA = temp(a);
        Path tempB = null;
        boolean movedA = false;
        boolean movedB = false;
        try {
            tempB = temp(b);
            try (Writer outA = writer(Files.newOutputStream(tempA, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE));
                    Writer outB = writer(Files.newOutputStream(tempB, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE))) {
                body.writeTo(outA, outB);
            }
            move(tempB, b);
            movedB = true;
            try {
                move(tempA, a);
            } catch (IOException e) {
                throw new IOException(String.format(Locale.ROOT, "%s was replaced, but %s could not be and is as it "
                        + "was: %s", b, a, e.getMessage()), e);
            }
            movedA = true;
        } finally {
            if (!movedA) {
                Files.deleteIfExists(tempA);
            }
            if (!movedB && tempB != null) {
                Files.deleteIfExists(tempB);
            }
        }
    }

    private static Writer writer(OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
    }

    /** A unique temporary name beside {@code absolute}. */
    private static Path temp(Path absolute) {
        // A unique name opened with CREATE_NEW (not Files.createTempFile, whose owner-only permissions the
        // moved file would keep).
        return absolute.resolveSibling(String.format(Locale.ROOT, ".%s.%016x.tmp", absolute.getFileName(),
                ThreadLocalRandom.current().nextLong()));
    }

    private static void move(Path temp, Path absolute) throws IOException {
        try {
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeStream(Path target, StreamBody body) throws IOException {
        Objects.requireNonNull(target, "path");
        Path absolute = target.toAbsolutePath();
        Path temp = temp(absolute);
        boolean moved = false;
        try {
            body.writeTo(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            move(temp, absolute);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
