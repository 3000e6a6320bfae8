package io.segmentation.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Writes the state of a fitted object (a scaler's means, a model's centres) as a JSON object, the
 * building block of the model file. Doubles are written so that they read back exactly.
 *
 * <pre>{@code
 * JsonObject state = new StateWriter().put("type", "standard").put("means", means).toJson();
 * }</pre>
 */
public final class StateWriter {
    private final JsonObject json = new JsonObject();

    /** Adds a string. */
    public StateWriter put(String key, String value) {
        json.addProperty(key, value);
        return this;
    }

    /** Adds a number; NaN and infinities are rejected, since JSON cannot hold them. */
    public StateWriter put(String key, double value) {
        json.add(key, number(key, value));
        return this;
    }

    /** Adds an integer. */
    public StateWriter put(String key, long value) {
        json.addProperty(key, value);
        return this;
    }

    /** Adds a boolean. */
    public StateWriter put(String key, boolean value) {
        json.addProperty(key, value);
        return this;
    }

    /** Adds an array of numbers; {@code values} is not modified. */
    public StateWriter put(String key, double[] values) {
        JsonArray array = new JsonArray(values.length);
        for (double v : values) {
            array.add(number(key, v));
        }
        json.add(key, array);
        return this;
    }

    /** Adds an array of integers; {@code values} is not modified. */
    public StateWriter put(String key, int[] values) {
        JsonArray array = new JsonArray(values.length);
        for (int v : values) {
            array.add(v);
        }
        json.add(key, array);
        return this;
    }

    /** Adds an array of strings. */
    public StateWriter put(String key, List<String> values) {
        JsonArray array = new JsonArray(values.size());
        for (String v : values) {
            array.add(v);
        }
        json.add(key, array);
        return this;
    }

    /** Adds a nested object or array. */
    public StateWriter put(String key, JsonElement value) {
        json.add(key, value);
        return this;
    }

    /** Adds an array of nested objects. */
    public StateWriter putAll(String key, List<? extends JsonElement> values) {
        JsonArray array = new JsonArray(values.size());
        for (JsonElement v : values) {
            array.add(v);
        }
        json.add(key, array);
        return this;
    }

    /** The JSON object written so far (not a copy). */
    public JsonObject toJson() {
        return json;
    }

    private static JsonElement number(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " must be finite to be saved (was " + value + ")");
        }
        return new com.google.gson.JsonPrimitive(value);
    }
}
