package io.segmentation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ModelDocumentTest {
    private static ModelDocument golden() throws IOException {
        return ModelFile.standard().read(new ByteArrayInputStream(
                ModelFileGolden.text().getBytes(StandardCharsets.UTF_8)), "golden.json");
    }

    @Test
    void hands_out_sections_at_their_json_path() throws IOException {
        ModelDocument document = golden();
        assertEquals("golden.json", document.source());
        assertEquals("$.clusters", document.section("clusters").path());
        assertEquals("$.profiles.segments[1]", document.section("profiles").children("segments").get(1).path());
        assertTrue(document.has("metrics"));
        assertFalse(document.has("charts"));
    }

    @Test
    void read_returns_what_the_section_reader_returns() throws IOException {
        assertEquals("kmeans", golden().read("clusters", s -> s.string("algorithm")));
    }

    @Test
    void read_turns_a_reader_failure_into_a_model_file_exception_naming_the_source() throws IOException {
        ModelDocument document = golden();
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> document.read("profiles", s -> s.children("segments").get(0).integer("size", 3, 10)));
        assertEquals("golden.json $.profiles.segments[0].size: expected an integer in [3, 10], found 2",
                e.getMessage());
        assertEquals("$.profiles.segments[0].size", e.path());
        assertTrue(e.getCause() instanceof IllegalArgumentException);
    }

    @Test
    void asking_for_an_absent_section_names_the_sections_present() throws IOException {
        Map<String, com.google.gson.JsonObject> sections = new HashMap<>(ModelFileGolden.sections());
        sections.remove("metrics");
        ModelDocument document = ModelFile.standard().read(new ByteArrayInputStream(ModelFile.standard()
                .toJson(ModelFileGolden.metadata(), sections).getBytes(StandardCharsets.UTF_8)), "m.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> document.section("metrics"));
        assertEquals("section \"metrics\" is not in m.json (sections [preprocessing, clusters, profiles])",
                e.getMessage());
    }

    @Test
    void a_changed_section_reader_leaves_the_document_as_it_was() throws IOException {
        ModelDocument document = golden();
        StateReader first = document.section("metrics");
        first.json().addProperty("inertia", 99.0);
        assertEquals(2.5, document.section("metrics").number("inertia"));
        assertSame(document.metadata(), document.metadata());
    }
}
