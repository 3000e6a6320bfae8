package io.segmentation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
