package io.segmentation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StrategyCatalogTest {
    private static final String ONE = """
            {"version": 1, "strategies": {"vip": {"objective": "Keep them", "channels": ["email"],
              "offers": ["gift"], "kpis": ["retention"], "actions": ["Call them"]}}}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void defaults_hold_every_archetype_with_full_content() {
        StrategyCatalog catalog = StrategyCatalog.defaults();

        assertThat(catalog.archetypes()).containsExactlyInAnyOrder("champions", "loyal", "potential_loyalists",
                "new_customers", "needs_attention", "about_to_sleep", "at_risk", "cant_lose_them", "hibernating",
                "lost", "big_spenders", "bargain_hunters", "general", "noise");
        for (String a : catalog.archetypes()) {
            Strategy s = catalog.strategyFor(a);
            assertThat(s.channels()).as(a).isNotEmpty();
            assertThat(s.offers()).as(a).isNotEmpty();
            assertThat(s.kpis()).as(a).isNotEmpty();
            assertThat(s.actions()).as(a).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void reads_a_file_and_extends_the_defaults() throws IOException {
        StrategyCatalog ours = StrategyCatalog.read(write("ours.json", ONE));
        Strategy vip = new Strategy("Keep them", List.of("email"), List.of("gift"), List.of("retention"),
                List.of("Call them"));

        StrategyCatalog merged = StrategyCatalog.defaults().with(ours);

        assertEquals(vip, ours.strategyFor("vip"));
        assertEquals(vip, merged.strategyFor("vip"));
        assertEquals(StrategyCatalog.defaults().strategyFor("loyal"), merged.strategyFor("loyal"));
        assertEquals(StrategyCatalog.defaults().archetypes().size() + 1, merged.archetypes().size());
    }

    @Test
    void with_replaces_one_archetype_and_unknown_ones_fall_back_to_general() {
        Strategy mine = new Strategy("Mine", List.of(), List.of(), List.of(), List.of());

        StrategyCatalog catalog = StrategyCatalog.defaults().with("champions", mine);

        assertEquals(mine, catalog.strategyFor("champions"));
        assertEquals(catalog.strategyFor("general"), catalog.strategyFor("martians"));
        assertThat(catalog.find("martians")).isEmpty();
    }

    @Test
    void a_catalog_without_general_fails_for_an_unknown_archetype() {
        StrategyCatalog empty = StrategyCatalog.empty();

        assertThatThrownBy(() -> empty.strategyFor("loyal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("strategy catalog has no strategy for archetype \"loyal\" and no \"general\" fallback"
                        + " (archetypes: [])");
    }

    @Test
    void json_round_trip_gives_an_equal_catalog() throws IOException {
        StrategyCatalog defaults = StrategyCatalog.defaults();

        StrategyCatalog again = StrategyCatalog.read(write("again.json", defaults.toJson().toString()));

        assertEquals(defaults, again);
    }

    @Test
    void bad_catalogs_fail_naming_the_file_and_the_json_path() throws IOException {
        assertThatThrownBy(() -> StrategyCatalog.read(write("a.json", ONE.replace("[\"retention\"]", "[\"retention\", 3]"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(
                        "a.json $.strategies.vip.kpis[1]: expected a string, found 3");
        assertThatThrownBy(() -> StrategyCatalog.read(write("b.json", ONE.replace("\"offers\": [\"gift\"],", ""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(
                        "b.json $.strategies.vip.offers: missing");
        assertThatThrownBy(() -> StrategyCatalog.read(write("c.json", ONE.replace("\"version\": 1", "\"version\": 2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(
                        "c.json $.version: expected 1, found 2");
        assertThatThrownBy(() -> StrategyCatalog.read(write("d.json", ONE.replace("Keep them", " "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(
                        "d.json $.strategies.vip.objective: expected a sentence, found a blank string");
        assertThatThrownBy(() -> StrategyCatalog.read(write("e.json", "{\"version\": 1, \"strategies\": [")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e.json: not valid JSON");
        assertThatThrownBy(() -> StrategyCatalog.read(write("f.json", "[1, 2]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(
                        "f.json $: expected an object, found another JSON value");
        assertThatThrownBy(() -> StrategyCatalog.read(write("g.json", "{\"version\": 1, \"strategies\": 5}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(
                        "g.json $.strategies: expected an object, found 5");
    }

    @Test
    void reads_from_a_stream_with_a_source_name() throws IOException {
        StrategyCatalog c = StrategyCatalog.read(new ByteArrayInputStream(ONE.getBytes(StandardCharsets.UTF_8)),
                "inline");

        assertEquals(List.of("vip"), List.copyOf(c.archetypes()));
        assertThatThrownBy(() -> StrategyCatalog.read(new ByteArrayInputStream(new byte[0]), "blank"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("blank $: expected an object, found nothing");
    }
}
