package io.segmentation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ModelStoreTest {
    @TempDir
    Path root;

    private ModelStore store() {
        return ModelStore.of(root.resolve("models"));
    }

    /** Writes the golden model with a description, as the pipeline's save would. */
    private static ModelStore.ModelWriter model(String description) {
        return file -> ModelFile.standard().write(file,
                ModelFileGolden.metadata().toBuilder().description(description).build(), ModelFileGolden.sections());
    }

    @Test
    void saves_each_model_under_its_name_and_next_version() throws IOException {
        ModelStore store = store();
        assertEquals("v1", store.save("churn", model("first")));
        assertEquals("v2", store.save("churn", model("second")));
        assertEquals("v1", store.save("value", model("other")));

        Path churn2 = root.resolve("models/churn/v2/model.json");
        assertEquals(churn2, store.path("churn", "v2"));
        assertEquals("second", ModelFile.standard().read(churn2).metadata().description());
        assertEquals(List.of("v1", "v2"), store.list("churn"));
        assertEquals(List.of("churn", "value"), store.names());
        assertEquals(Optional.of("v2"), store.latest("churn"));
    }

    @Test
    void versions_are_ordered_by_number_not_text() throws IOException {
        ModelStore store = store();
        for (int i = 1; i <= 11; i++) {
            assertEquals("v" + i, store.save("churn", model("save " + i)));
        }
        assertEquals(List.of("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11"), store.list("churn"));
        assertEquals(Optional.of("v11"), store.latest("churn"));
    }

    @Test
    void an_empty_or_absent_store_has_nothing() throws IOException {
        ModelStore store = store();
        assertEquals(List.of(), store.names());
        assertEquals(List.of(), store.list("churn"));
        assertEquals(Optional.empty(), store.latest("churn"));
        assertEquals(Optional.empty(), store.promoted("churn"));
    }

    @Test
    void promotes_one_version_and_replaces_the_pointer_atomically() throws IOException {
        ModelStore store = store();
        store.save("churn", model("first"));
        store.save("churn", model("second"));
        store.promote("churn", "v1");
        assertEquals(Optional.of("v1"), store.promoted("churn"));
        assertEquals("v1\n", Files.readString(root.resolve("models/churn/promoted")));
        store.promote("churn", "v2");
        assertEquals(Optional.of("v2"), store.promoted("churn"));
        // Only the versions and the pointer: no temporary file is left behind.
        assertEquals(List.of("promoted", "v1", "v2"), list(root.resolve("models/churn")));
        assertEquals(List.of("model.json"), list(root.resolve("models/churn/v2")));
    }

    @Test
    void promoting_a_version_that_was_not_saved_is_refused() throws IOException {
        ModelStore store = store();
        store.save("churn", model("first"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.promote("churn", "v7"));
        assertEquals("version v7 of model \"churn\" does not exist (versions [v1])", e.getMessage());
        assertEquals(Optional.empty(), store.promoted("churn"));
    }

    @Test
    void a_damaged_pointer_is_reported() throws IOException {
        ModelStore store = store();
        store.save("churn", model("first"));
        Path pointer = root.resolve("models/churn/promoted");
        Files.writeString(pointer, "../../etc\n");
        IOException e = assertThrows(IOException.class, () -> store.promoted("churn"));
        assertEquals(pointer + ": expected a version such as v3, found \"../../etc\"", e.getMessage());
        Files.writeString(pointer, "v9\n");
        e = assertThrows(IOException.class, () -> store.promoted("churn"));
        assertEquals(pointer + ": names v9, which has no model.json", e.getMessage());
    }

    @Test
    void names_that_could_leave_the_store_are_rejected() {
        ModelStore store = store();
        for (String name : List.of("../x", "..", ".", "a/b", "a\\b", "", ".hidden", "-x", "x y", "a".repeat(129))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.save(name, model("bad")), name);
            assertEquals("model name must be 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or "
                    + "digit (was \"" + name + "\")", e.getMessage());
        }
        assertFalse(Files.exists(root.resolve("x")));
        assertFalse(Files.exists(root.resolve("models")));
        for (String version : List.of("../v1", "v0", "v01", "1", "V1", "v1/..", "latest")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.path("churn", version), version);
            assertEquals("version must be v1, v2, ... (was \"" + version + "\")", e.getMessage());
        }
        assertEquals(root.resolve("models/a.b_c-1/v3/model.json"), store.path("a.b_c-1", "v3"));
    }

    @Test
    void a_failed_save_leaves_no_version_behind() throws IOException {
        ModelStore store = store();
        store.save("churn", model("first"));
        IOException e = assertThrows(IOException.class, () -> store.save("churn", file -> {
            Files.writeString(file, "half a fi");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals(List.of("v1"), list(root.resolve("models/churn")));
        assertEquals("v2", store.save("churn", model("second")));
    }

    @Test
    void a_writer_that_writes_nothing_is_a_failure() throws IOException {
        ModelStore store = store();
        IOException e = assertThrows(IOException.class, () -> store.save("churn", file -> { }));
        assertEquals(root.resolve("models/churn/v1/model.json")
                + ": the writer returned without writing the model file", e.getMessage());
        assertEquals(List.of(), store.list("churn"));
        assertEquals(List.of(), store.names());
    }

    @Test
    void a_version_being_written_is_not_listed() throws IOException {
        ModelStore store = store();
        store.save("churn", model("first"));
        List<List<String>> seen = new ArrayList<>();
        store.save("churn", file -> {
            seen.add(store.list("churn"));          // v2's directory exists, its file does not yet
            seen.add(List.of(store.latest("churn").orElseThrow()));
            model("second").write(file);
        });
        assertEquals(List.of(List.of("v1"), List.of("v1")), seen);
    }

    @Test
    void concurrent_saves_get_distinct_versions() throws Exception {
        ModelStore store = store();
        int threads = 4;
        int savesEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<String>> saves = () -> {
                    start.await();
                    List<String> versions = new ArrayList<>();
                    for (int s = 0; s < savesEach; s++) {
                        versions.add(store.save("churn", model("thread " + thread + " save " + s)));
                    }
                    return versions;
                };
                futures.add(pool.submit(saves));
            }
            start.countDown();
            Set<String> versions = new HashSet<>();
            Set<String> descriptions = new HashSet<>();
            for (Future<List<String>> f : futures) {
                versions.addAll(f.get());
            }
            assertEquals(threads * savesEach, versions.size(), "every save got its own version");
            for (String v : versions) {
                descriptions.add(ModelFile.standard().read(store.path("churn", v)).metadata().description());
            }
            assertEquals(threads * savesEach, descriptions.size(), "no save overwrote another");
            assertEquals(threads * savesEach, store.list("churn").size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void root_is_the_given_directory() {
        assertEquals(root.resolve("models"), store().root());
        assertTrue(store().toString().contains("models"));
    }
}
