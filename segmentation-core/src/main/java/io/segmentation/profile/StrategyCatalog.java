package io.segmentation.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.segmentation.internal.Check;
import io.segmentation.io.StateReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The marketing strategies by archetype (the key a {@link SegmentNamer} chooses), read from JSON so that
 * users can replace or extend the built-in content. Immutable.
 *
 * <p>The file format, version 1:
 * <pre>{@code
 * {
 *   "version": 1,
 *   "strategies": {
 *     "champions": {
 *       "objective": "Turn your best customers into advocates",
 *       "channels": ["email", "app push"],
 *       "offers": ["early access"],
 *       "kpis": ["referral rate"],
 *       "actions": ["Invite them to a referral programme"]
 *     }
 *   }
 * }
 * }</pre>
 * A segment whose archetype has no entry gets the {@value #GENERAL} strategy.
 *
 * <pre>{@code
 * StrategyCatalog catalog = StrategyCatalog.defaults()
 *         .with(StrategyCatalog.read(Path.of("our-strategies.json")));   // ours replace the defaults
 * }</pre>
 */
public final class StrategyCatalog {
    /** The archetype of descriptively named segments and the fallback for unknown archetypes. */
    public static final String GENERAL = "general";
    /** The archetype of the customers the clustering left unassigned. */
    public static final String NOISE = "noise";

    private static final String RESOURCE = "strategies.json";
    private static volatile StrategyCatalog defaults;

    private final Map<String, Strategy> strategies;

    private StrategyCatalog(Map<String, Strategy> strategies) {
        this.strategies = Collections.unmodifiableMap(new LinkedHashMap<>(strategies));
    }

    /**
     * The built-in catalog, {@code io/segmentation/profile/strategies.json}: one strategy for every archetype
     * of the RFM namer, plus {@value #GENERAL} and {@value #NOISE}.
     */
    public static StrategyCatalog defaults() {
        StrategyCatalog c = defaults;
        if (c == null) {
            try (InputStream in = StrategyCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                c = read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = c;
        }
        return c;
    }

    /** An empty catalog, to build up with {@link #with(String, Strategy)}. */
    public static StrategyCatalog empty() {
        return new StrategyCatalog(Map.of());
    }

    /**
     * Reads a catalog file (UTF-8).
     *
     * @param file the JSON file, in the format above
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is not a valid catalog; the message names the file and the
     *                                  JSON path ({@code our.json $.strategies.loyal.kpis[1]: expected a string, found 3})
     */
    public static StrategyCatalog read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a catalog from a stream (UTF-8), which is not closed.
     *
     * @param in     the JSON text
     * @param source the name for messages, such as a file name
     * @throws IOException              when the stream cannot be read
     * @throws IllegalArgumentException when it is not a valid catalog, naming {@code source} and the JSON path
     */
    public static StrategyCatalog read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        JsonElement root;
        try {
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            root = JsonParser.parseReader(reader);
        } catch (JsonIOException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(source + ": " + e.getMessage(), e);
        } catch (JsonParseException e) {
            // A syntax error, including a truncated document (Gson reports it with an EOFException cause).
            throw new IllegalArgumentException(source + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        if (!root.isJsonObject()) {
            throw new IllegalArgumentException(source + " $: expected an object, found "
                    + (root.isJsonNull() ? "nothing" : "another JSON value"));
        }
        try {
            StateReader r = new StateReader(root.getAsJsonObject());
            long version = r.longValue("version");
            if (version != 1) {
                throw r.fail("version", "expected 1, found " + version);
            }
            StateReader all = r.child("strategies");
            Map<String, Strategy> map = new LinkedHashMap<>();
            for (String key : all.json().keySet()) {
                if (key.isBlank()) {
                    throw all.fail("\"\"", "an archetype must not be blank");
                }
                map.put(key, Strategy.read(all.child(key)));
            }
            return new StrategyCatalog(map);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " " + e.getMessage(), e);
        }
    }

    /**
     * This catalog with {@code strategy} for {@code archetype}, replacing any there was.
     *
     * @param archetype not blank
     * @param strategy  the strategy
     */
    public StrategyCatalog with(String archetype, Strategy strategy) {
        Check.notBlank("archetype", archetype);
        Objects.requireNonNull(strategy, "strategy");
        Map<String, Strategy> map = new LinkedHashMap<>(strategies);
        map.put(archetype, strategy);
        return new StrategyCatalog(map);
    }

    /**
     * This catalog with every strategy of {@code other} added, replacing those of the same archetype.
     *
     * @param other the catalog whose entries win
     */
    public StrategyCatalog with(StrategyCatalog other) {
        Map<String, Strategy> map = new LinkedHashMap<>(strategies);
        map.putAll(other.strategies);
        return new StrategyCatalog(map);
    }

    /** The archetypes that have a strategy, in the catalog's order. */
    public Set<String> archetypes() {
        return strategies.keySet();
    }

    /**
     * The strategy for {@code archetype} exactly, if there is one.
     *
     * @param archetype the catalog key
     */
    public Optional<Strategy> find(String archetype) {
        return Optional.ofNullable(strategies.get(archetype));
    }

    /**
     * The strategy for {@code archetype}, or the {@value #GENERAL} one when it has none.
     *
     * @param archetype the catalog key
     * @throws IllegalArgumentException when neither is in the catalog
     */
    public Strategy strategyFor(String archetype) {
        Strategy s = strategies.get(archetype);
        if (s == null) {
            s = strategies.get(GENERAL);
        }
        if (s == null) {
            throw new IllegalArgumentException("strategy catalog has no strategy for archetype \"" + archetype
                    + "\" and no \"" + GENERAL + "\" fallback (archetypes: " + strategies.keySet() + ")");
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StrategyCatalog c && strategies.equals(c.strategies);
    }

    @Override
    public int hashCode() {
        return strategies.hashCode();
    }

    @Override
    public String toString() {
        return "StrategyCatalog" + strategies.keySet();
    }

    /** The catalog as JSON in the file format above. */
    public JsonObject toJson() {
        JsonObject all = new JsonObject();
        for (Map.Entry<String, Strategy> e : strategies.entrySet()) {
            all.add(e.getKey(), e.getValue().toState());
        }
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.add("strategies", all);
        return root;
    }
}
