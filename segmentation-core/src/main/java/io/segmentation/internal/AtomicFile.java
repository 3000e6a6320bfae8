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
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream,
                    StandardCharsets.UTF_8.newEncoder()), 1 << 16)) {
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

    private static void writeStream(Path target, StreamBody body) throws IOException {
        Objects.requireNonNull(target, "path");
        Path absolute = target.toAbsolutePath();
        // A unique name opened with CREATE_NEW (not Files.createTempFile, whose owner-only permissions the
        // moved file would keep).
        Path temp = absolute.resolveSibling(String.format(Locale.ROOT, ".%s.%016x.tmp", absolute.getFileName(),
                ThreadLocalRandom.current().nextLong()));
        boolean moved = false;
        try {
            body.writeTo(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
