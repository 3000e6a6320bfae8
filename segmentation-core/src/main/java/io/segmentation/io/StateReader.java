package io.segmentation.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads the state of a fitted object back from JSON and checks it as it goes: every failure names the
 * JSON path and what was wrong ({@code $.steps[2].means: expected 14 values, found 13}).
 *
 * <p>Failures are {@link IllegalArgumentException}s; the model file loader turns them into
 * {@code ModelFileException}s.
 */
public final class StateReader {
    private final JsonObject json;
    private final String path;

    /** A reader of {@code json} at the root path {@code $}. */
    public StateReader(JsonObject json) {
        this(json, "$");
    }

    /** A reader of {@code json}, which sits at {@code path} in its document. */
    public StateReader(JsonObject json, String path) {
        this.json = Objects.requireNonNull(json, "json");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** This object's JSON path, for messages. */
    public String path() {
        return path;
    }

    /** The JSON object read. */
    public JsonObject json() {
        return json;
    }

    /** Whether {@code key} is present and not null. */
    public boolean has(String key) {
        return json.has(key) && !json.get(key).isJsonNull();
    }

    /** A string. */
    public String string(String key) {
        JsonElement e = require(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw fail(key, "expected a string, found " + describe(e));
        }
        return e.getAsString();
    }

    /** One of the constants of {@code type}, by name. */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String s = string(key);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw fail(key, "expected one of " + names + ", found \"" + s + "\"");
    }

    /** A finite number. */
    public double number(String key) {
        return finite(key, require(key));
    }

    /** An integer in [{@code min}, {@code max}]. */
    public int integer(String key, int min, int max) {
        long v = longValue(key);
        if (v < min || v > max) {
            throw fail(key, "expected an integer in [" + min + ", " + max + "], found " + v);
        }
        return (int) v;
    }

    /** An integer. */
    public long longValue(String key) {
        JsonElement e = require(key);
        double v = finite(key, e);
        if (v != Math.rint(v) || Math.abs(v) > (double) (1L << 53)) {
            throw fail(key, "expected an integer, found " + describe(e));
        }
        return (long) v;
    }

    /** A boolean. */
    public boolean bool(String key) {
        JsonElement e = require(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw fail(key, "expected true or false, found " + describe(e));
        }
        return e.getAsBoolean();
    }

    /** An array of finite numbers of any length. */
    public double[] doubles(String key) {
        JsonArray a = array(key);
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = finite(key + "[" + i + "]", a.get(i));
        }
        return v;
    }

    /** An array of exactly {@code length} finite numbers. */
    public double[] doubles(String key, int length) {
        JsonArray a = array(key);
        if (a.size() != length) {
            throw fail(key, "expected " + length + " values, found " + a.size());
        }
        return doubles(key);
    }

    /** An array of integers in [{@code min}, {@code max}]. */
    public int[] ints(String key, int min, int max) {
        JsonArray a = array(key);
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            double x = finite(key + "[" + i + "]", a.get(i));
            if (x != Math.rint(x) || x < min || x > max) {
                throw fail(key + "[" + i + "]", "expected an integer in [" + min + ", " + max + "], found "
                        + describe(a.get(i)));
            }
            v[i] = (int) x;
        }
        return v;
    }

    /** An array of strings. */
    public List<String> strings(String key) {
        JsonArray a = array(key);
        List<String> v = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            JsonElement e = a.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw fail(key + "[" + i + "]", "expected a string, found " + describe(e));
            }
            v.add(e.getAsString());
        }
        return List.copyOf(v);
    }

    /** A nested object. */
    public StateReader child(String key) {
        JsonElement e = require(key);
        if (!e.isJsonObject()) {
            throw fail(key, "expected an object, found " + describe(e));
        }
        return new StateReader(e.getAsJsonObject(), path + "." + key);
    }

    /** An array of nested objects. */
    public List<StateReader> children(String key) {
        JsonArray a = array(key);
        List<StateReader> v = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            JsonElement e = a.get(i);
            if (!e.isJsonObject()) {
                throw fail(key + "[" + i + "]", "expected an object, found " + describe(e));
            }
            v.add(new StateReader(e.getAsJsonObject(), path + "." + key + "[" + i + "]"));
        }
        return v;
    }

    /**
     * Fails on the first key of this object that is not in {@code known}, naming it and the keys allowed
     * ({@code $.metadata.colour: unknown field, expected only [seed, threads]}); for formats that are strict.
     */
    public void rejectUnknownKeys(Collection<String> known) {
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                throw fail(key, "unknown field, expected only " + known);
            }
        }
    }

    /** A failure at {@code key} below this object, worded like every other. */
    public IllegalArgumentException fail(String key, String what) {
        return new IllegalArgumentException(path + "." + key + ": " + what);
    }

    private JsonArray array(String key) {
        JsonElement e = require(key);
        if (!e.isJsonArray()) {
            throw fail(key, "expected an array, found " + describe(e));
        }
        return e.getAsJsonArray();
    }

    private JsonElement require(String key) {
        JsonElement e = json.get(key);
        if (e == null || e.isJsonNull()) {
            throw fail(key, "missing");
        }
        return e;
    }

    private double finite(String key, JsonElement e) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            // Gson reads NaN and Infinity in lenient mode as strings or numbers; both are refused here.
            throw fail(key, "expected a finite number, found " + describe(e));
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v)) {
            throw fail(key, "expected a finite number, found " + describe(e));
        }
        return v;
    }

    private static String describe(JsonElement e) {
        if (e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        String text = p.isString() ? "\"" + p.getAsString() + "\"" : p.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
