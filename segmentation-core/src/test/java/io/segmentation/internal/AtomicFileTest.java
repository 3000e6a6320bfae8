package io.segmentation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void writes_the_body_and_leaves_no_temporary_file() throws IOException {
        Path file = dir.resolve("model.json");
        Files.writeString(file, "old");
        AtomicFile.write(file, out -> out.write("{\"é\": 1}"));
        assertEquals("{\"é\": 1}", Files.readString(file));
        assertEquals(List.of(file), list());
    }

    @Test
    void a_failed_write_leaves_the_target_untouched_and_no_temporary_file() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half a fi");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), list());
    }

    @Test
    void the_new_file_has_the_permissions_of_any_new_file_in_its_directory() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path atomic = dir.resolve("atomic.txt");
        AtomicFile.write(atomic, out -> out.write("x"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
        }
        assertEquals(Files.isReadable(plain), Files.isReadable(atomic));
    }

    @Test
    void writes_bytes_as_they_are() throws IOException {
        Path file = dir.resolve("chart.png");
        Files.writeString(file, "old");
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
        AtomicFile.write(file, bytes);
        org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(List.of(file), list());
    }

    @Test
    void two_files_are_replaced_together() throws IOException {
        Path out = dir.resolve("out.csv");
        Path rejects = dir.resolve("rejects.csv");
        Files.writeString(out, "old out");
        Files.writeString(rejects, "old rejects");
        AtomicFile.write(out, rejects, (a, b) -> {
            a.write("new out");
            b.write("new rejects");
        });
        assertEquals("new out", Files.readString(out));
        assertEquals("new rejects", Files.readString(rejects));
        assertEquals(List.of(out, rejects), list());
    }

    @Test
    void a_failure_after_both_bodies_are_written_leaves_both_files_as_they_were() throws IOException {
        // The second body is complete when the first one fails: neither file may change.
        Path out = dir.resolve("out.csv");
        Path rejects = dir.resolve("rejects.csv");
        Files.writeString(out, "old out");
        Files.writeString(rejects, "old rejects");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(out, rejects, (a, b) -> {
            b.write("all the rejects");
            a.write("half the outp");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old out", Files.readString(out));
        assertEquals("old rejects", Files.readString(rejects));
        assertEquals(List.of(out, rejects), list());
    }

    @Test
    void when_only_the_last_move_fails_the_exception_says_which_file_is_new() throws IOException {
        // A non-empty directory where the first file should go: its move fails after the second's succeeded.
        Path out = dir.resolve("out.csv");
        Files.createDirectory(out);
        Files.writeString(out.resolve("keep"), "x");
        Path rejects = dir.resolve("rejects.csv");
        Files.writeString(rejects, "old rejects");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(out, rejects, (a, b) -> {
            a.write("new out");
            b.write("new rejects");
        }));
        assertTrue(e.getMessage().startsWith(rejects.toAbsolutePath() + " was replaced, but " + out.toAbsolutePath()
                + " could not be and is as it was"), e.getMessage());
        assertEquals("new rejects", Files.readString(rejects));
        assertEquals(List.of(out, rejects), list());
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
