package io.segmentation.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ModelFileTest {
    private static final ModelFile LAYOUT = ModelFile.standard();
    private static final Path GOLDEN = Path.of("src/test/resources/io/segmentation/io/model-v1.json");

    @TempDir
    Path dir;

    // ---- writing and reading back

    @Test
    void writes_metadata_then_sections_in_layout_order_and_reads_them_back() throws IOException {
        Map<String, JsonObject> sections = new HashMap<>(ModelFileGolden.sections()); // no particular order
        Path file = dir.resolve("model.json");
        LAYOUT.write(file, ModelFileGolden.metadata(), sections);

        ModelDocument document = LAYOUT.read(file);
        assertEquals(ModelFileGolden.metadata(), document.metadata());
        assertEquals(List.of("preprocessing", "clusters", "profiles", "metrics"), document.sectionNames());
        for (String name : document.sectionNames()) {
            assertEquals(sections.get(name), document.section(name).json(), name);
        }
        String text = Files.readString(file);
        int previous = -1;
        for (String key : List.of("\"formatVersion\"", "\"libraryVersion\"", "\"createdAt\"", "\"seed\"",
                "\"threads\"", "\"description\"", "\"platform\"", "\"trainingData\"", "\"schema\"",
                "\"preprocessing\"", "\"clusters\"", "\"profiles\"", "\"metrics\"")) {
            int at = text.indexOf(key);
            assertTrue(at > previous, key + " is out of order");
            previous = at;
        }
        assertTrue(text.startsWith("{\n  \"formatVersion\": 1,\n"), "pretty-printed, formatVersion first");
    }

    @Test
    void an_optional_section_may_be_left_out() throws IOException {
        Map<String, JsonObject> sections = new HashMap<>(ModelFileGolden.sections());
        sections.remove("metrics");
        ModelDocument document = read(LAYOUT.toJson(ModelFileGolden.metadata(), sections));
        assertEquals(List.of("preprocessing", "clusters", "profiles"), document.sectionNames());
    }

    @Test
    void doubles_read_back_to_the_same_bits() throws IOException {
        SplittableRandom random = new SplittableRandom(20261124);
        double[] values = new double[20_000];
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            -Double.MAX_VALUE, 0.1, 1.0 / 3.0, 1e23, 2.2250738585072011e-308, 9007199254740993.0, 4.35, 1e-7};
        System.arraycopy(special, 0, values, 0, special.length);
        for (int i = special.length; i < values.length; i++) {
            double v;
            do {
                // Every bit pattern, so subnormals and every exponent turn up; half are plain uniforms.
                v = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble(-1e6, 1e6);
            } while (!Double.isFinite(v));
            values[i] = v;
        }
        Map<String, JsonObject> sections = new HashMap<>(ModelFileGolden.sections());
        sections.put("clusters", new StateWriter().put("values", values).toJson());
        Path file = dir.resolve("model.json");
        LAYOUT.write(file, ModelFileGolden.metadata(), sections);

        double[] back = LAYOUT.read(file).section("clusters").doubles("values", values.length);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(back[i]),
                    "seed 20261124, value " + i + " = " + values[i]);
        }
    }

    @Test
    void writing_replaces_the_file_atomically_and_leaves_no_temporary_file() throws IOException {
        Path file = dir.resolve("model.json");
        LAYOUT.write(file, ModelFileGolden.metadata(), ModelFileGolden.sections());
        ModelMetadata second = ModelFileGolden.metadata().toBuilder().description("second").build();
        LAYOUT.write(file, second, ModelFileGolden.sections());
        assertEquals(second, LAYOUT.read(file).metadata());
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void a_section_with_nan_is_refused_before_anything_is_written() throws IOException {
        Path file = dir.resolve("model.json");
        LAYOUT.write(file, ModelFileGolden.metadata(), ModelFileGolden.sections());
        String before = Files.readString(file);
        Map<String, JsonObject> sections = new HashMap<>(ModelFileGolden.sections());
        JsonObject clusters = sections.get("clusters").deepCopy();
        clusters.getAsJsonArray("centres").set(2, new JsonPrimitive(Double.NaN));
        sections.put("clusters", clusters);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LAYOUT.write(file, ModelFileGolden.metadata(), sections));
        assertEquals("$.clusters.centres[2] must be finite to be saved (was NaN)", e.getMessage());
        assertEquals(before, Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void writing_requires_the_required_sections_and_no_others() {
        Map<String, JsonObject> missing = new HashMap<>(ModelFileGolden.sections());
        missing.remove("clusters");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LAYOUT.toJson(ModelFileGolden.metadata(), missing));
        assertTrue(e.getMessage().startsWith("sections must include \"clusters\" (were "), e.getMessage());

        Map<String, JsonObject> extra = new HashMap<>(ModelFileGolden.sections());
        extra.put("charts", new JsonObject());
        e = assertThrows(IllegalArgumentException.class, () -> LAYOUT.toJson(ModelFileGolden.metadata(), extra));
        assertEquals("sections must be among [preprocessing, clusters, profiles, metrics, reference] (was \"charts\")",
                e.getMessage());
    }

    @Test
    void a_layout_rejects_a_section_named_like_a_metadata_field_or_not_an_identifier() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelFile.withSections(List.of("clusters", "seed"), List.of()));
        assertEquals("section names must be distinct and not a metadata field " + ModelMetadata.FIELDS
                + " (was \"seed\")", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ModelFile.withSections(List.of("clusters"), List.of("a.b")));
        assertEquals("section names must be a letter then letters, digits or '_' (was \"a.b\")", e.getMessage());
    }

    @Test
    void a_layout_of_its_own_sections_round_trips() throws IOException {
        ModelFile layout = ModelFile.withSections(List.of("detector"), List.of("notes"));
        String text = layout.toJson(ModelFileGolden.metadata(), Map.of("detector",
                new StateWriter().put("threshold", 0.25).toJson()));
        ModelDocument document = layout.read(stream(text), "drift.json");
        assertEquals(0.25, document.section("detector").number("threshold"));
        assertEquals(List.of("detector"), document.sectionNames());
    }

    // ---- the golden file

    @Test
    void golden_version_1_file_keeps_loading() throws IOException {
        ModelDocument document = LAYOUT.read(GOLDEN);
        ModelMetadata m = document.metadata();
        // Values as written by hand in ModelFileGolden.
        assertEquals(1, m.formatVersion());
        assertEquals("0.1.0-SNAPSHOT", m.libraryVersion());
        assertEquals("2026-01-31T12:00:00Z", m.createdAt().toString());
        assertEquals(42L, m.seed());
        assertEquals(2, m.threads().getAsInt());
        assertEquals("golden file of format version 1", m.description());
        assertEquals(new ModelMetadata.Platform("17.0.15", "Debian", "Linux", "amd64"), m.platform());
        assertEquals(4, m.trainingRows());
        assertEquals(List.of("customer_id", "recency_days", "monetary", "channel"), m.schema().names());
        // Computed outside Java by Python's hashlib over the encoding documented in DatasetFingerprint.
        assertEquals("4fe75cf7dab048fd376a9051548f2d7cbb6453056c417c3f27a9a19ca23bc335", m.trainingFingerprint());
        assertEquals(m.trainingFingerprint(), DatasetFingerprint.of(ModelFileGolden.trainingData()));

        StateReader step = document.section("preprocessing").children("steps").get(0);
        assertArrayEquals(new double[] {36.5, 301.25}, step.doubles("means", 2), 0.0);
        StateReader clusters = document.section("clusters");
        assertEquals("$.clusters", clusters.path());
        double[] centres = clusters.doubles("centres", 4);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(centres[2]));
        assertArrayEquals(new double[] {0.1, 1.0e-300, -0.0, 123456.789}, centres, 0.0);
        assertArrayEquals(new int[] {0, 1, 0, 1}, clusters.ints("labels", 0, 1));
        assertEquals("At risk", document.section("profiles").children("segments").get(1).string("name"));
        assertEquals(2.5, document.section("metrics").number("inertia"));
    }

    @Test
    void the_generator_reproduces_the_golden_file() throws IOException {
        assertEquals(Files.readString(GOLDEN), ModelFileGolden.text());
    }

    // ---- load failures, each with its message

    @Test
    void a_file_cut_anywhere_is_reported_as_truncated() {
        String text = ModelFileGolden.text();
        for (int cut = 1; cut < text.length() - 1; cut++) {
            String part = text.substring(0, cut);
            ModelFileException e = assertThrows(ModelFileException.class, () -> read(part), "cut at " + cut);
            assertTrue(e.getMessage().contains(": truncated JSON: the text ends at line "), "cut at " + cut
                    + ": " + e.getMessage());
        }
    }

    @Test
    void a_truncated_file_names_the_path_line_and_column() {
        // Cut inside "0.1" in the centres: line 56 is '      0.', so the text ends at column 9.
        String text = ModelFileGolden.text();
        String part = text.substring(0, text.indexOf("0.1,") + 2);
        assertEquals(56, part.split("\n", -1).length);
        ModelFileException e = assertThrows(ModelFileException.class, () -> read(part));
        assertEquals("model.json $.clusters.centres[0]: truncated JSON: the text ends at line 56, column 9 "
                + "before the document is complete", e.getMessage());
        assertEquals("$.clusters.centres[0]", e.path());
        assertEquals("model.json", e.source());
    }

    @Test
    void text_that_is_not_json_is_refused() {
        assertEquals("model.json $: not valid JSON at line 1, column 1, found \"hello, world\"",
                failure("hello, world"));
        assertEquals("model.json $: expected a JSON object, found an empty file", failure(" \n"));
        assertEquals("model.json $: expected a JSON object, found an array", failure("[1, 2]"));
        assertEquals("model.json $: not valid JSON: more text after the end of the document on line 1",
                failure("{} {}"));
        assertEquals("model.json $: not valid JSON at line 1, column 3, found \"// a comment\"",
                failure("{\n  // a comment\n}".replace("\n  ", " ")));
    }

    @Test
    void bytes_that_are_not_utf_8_are_refused() {
        byte[] bytes = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> LAYOUT.read(new ByteArrayInputStream(bytes), "upload"));
        assertEquals("upload $: not UTF-8 text, so not a model file", e.getMessage());
    }

    @Test
    void nan_written_by_a_lenient_writer_is_refused_with_its_path() {
        String text = ModelFileGolden.text().replace("      -0.0,", "      NaN,");
        assertEquals("model.json $.clusters.centres[2]: not valid JSON at line 58, column 7, found \"NaN,\" "
                + "(JSON has no NaN or Infinity)", failure(text));
        String infinity = ModelFileGolden.text().replace("\"inertia\": 2.5", "\"inertia\": -Infinity");
        assertTrue(failure(infinity).startsWith("model.json $.metrics.inertia: not valid JSON at line "),
                failure(infinity));
    }

    @Test
    void a_key_given_twice_is_refused() {
        String text = ModelFileGolden.text().replace("\"seed\": 42,", "\"seed\": 42,\n  \"seed\": 43,");
        assertEquals("model.json $.seed: the key \"seed\" appears twice in one object at line 6, column 9",
                failure(text));
    }

    @Test
    void a_missing_format_version_is_refused() {
        JsonObject root = golden();
        root.remove("formatVersion");
        assertEquals("model.json $.formatVersion: missing, so this is not a segmentation model file", failure(root));
    }

    @Test
    void a_format_version_of_the_wrong_type_or_value_is_refused() {
        JsonObject root = golden();
        root.addProperty("formatVersion", "1");
        assertEquals("model.json $.formatVersion: expected an integer, found \"1\"", failure(root));
        root.addProperty("formatVersion", 1.5);
        assertEquals("model.json $.formatVersion: expected an integer, found 1.5", failure(root));
        root.addProperty("formatVersion", 0);
        assertEquals("model.json $.formatVersion: expected a version >= 1, found 0", failure(root));
    }

    @Test
    void a_newer_format_version_is_refused_before_anything_else() {
        JsonObject root = golden();
        root.addProperty("formatVersion", 3);
        root.addProperty("somethingNew", true); // a newer format may add fields: the version is reported first
        ModelFileException e = assertThrows(ModelFileException.class, () -> read(json(root)));
        assertEquals("model.json was written by a newer format version 3; this library reads up to 1", e.getMessage());
        assertEquals("$.formatVersion", e.path());
    }

    @Test
    void a_missing_section_is_refused() {
        JsonObject root = golden();
        root.remove("clusters");
        assertEquals("model.json $.clusters: missing section (format version 1 requires "
                + "[preprocessing, clusters, profiles])", failure(root));
    }

    @Test
    void a_section_that_is_not_an_object_is_refused() {
        JsonObject root = golden();
        root.add("profiles", new com.google.gson.JsonArray());
        assertEquals("model.json $.profiles: expected an object, found an array", failure(root));
    }

    @Test
    void an_unknown_top_level_field_is_refused() {
        JsonObject root = golden();
        root.addProperty("colour", "blue");
        assertEquals("model.json $.colour: unknown field, expected only [formatVersion, libraryVersion, createdAt, "
                + "seed, threads, description, platform, trainingData, schema, preprocessing, clusters, profiles, "
                + "metrics, reference]", failure(root));
    }

    @Test
    void a_string_where_a_number_is_expected_is_refused() {
        JsonObject root = golden();
        root.addProperty("seed", "42");
        assertEquals("model.json $.seed: expected an integer in [-9223372036854775808, 9223372036854775807], "
                + "found \"42\"", failure(root));
        JsonObject training = golden();
        training.getAsJsonObject("trainingData").addProperty("rows", "4");
        assertEquals("model.json $.trainingData.rows: expected a finite number, found \"4\"", failure(training));
    }

    @Test
    void a_wrong_array_length_in_a_section_names_the_file_and_path() throws IOException {
        JsonObject root = golden();
        root.getAsJsonObject("clusters").getAsJsonArray("centres").remove(3);
        ModelDocument document = read(json(root));
        // What a cluster model's reader does: k·d = 2·2 centre values.
        ModelFileException e = assertThrows(ModelFileException.class, () -> document.read("clusters",
                s -> s.doubles("centres", s.integer("k", 1, 1000) * s.integer("d", 1, 1000))));
        assertEquals("model.json $.clusters.centres: expected 4 values, found 3", e.getMessage());
        assertEquals("$.clusters.centres", e.path());
    }

    @Test
    void a_file_on_disk_is_named_by_its_path() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "[]");
        ModelFileException e = assertThrows(ModelFileException.class, () -> LAYOUT.read(file));
        assertEquals(file + " $: expected a JSON object, found an array", e.getMessage());
        assertEquals(file.toString(), e.source());
    }

    // ---- helpers

    private static JsonObject golden() {
        return JsonParser.parseString(ModelFileGolden.text()).getAsJsonObject();
    }

    private static String json(JsonObject root) {
        return new GsonBuilder().setPrettyPrinting().create().toJson(root);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ModelDocument read(String text) throws IOException {
        return LAYOUT.read(stream(text), "model.json");
    }

    private static String failure(JsonObject root) {
        return failure(json(root));
    }

    private static String failure(String text) {
        return assertThrows(ModelFileException.class, () -> read(text)).getMessage();
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
