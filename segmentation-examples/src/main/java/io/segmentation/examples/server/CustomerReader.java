package io.segmentation.examples.server;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import io.segmentation.data.ColumnType;
import io.segmentation.data.Schema;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the body of {@code POST /predict}: one customer as a JSON object, or a batch as an array of
 * objects, checked against the model's input schema. A numeric column takes a JSON number, a categorical
 * column a string, the id column a string or a number (kept as its text); {@code null} or an absent field
 * is a missing value. Parsing is strict JSON (no NaN, no comments, nothing after the value). Immutable and
 * thread-safe.
 */
final class CustomerReader {
    private static final int QUOTE_LIMIT = 40;

    private final Map<String, ColumnType> columns;
    private final UnknownFields unknown;

    CustomerReader(Schema schema, UnknownFields unknown) {
        Map<String, ColumnType> map = new HashMap<>();
        for (Schema.Field f : schema.columns()) {
            map.put(f.name(), f.type());
        }
        this.columns = Map.copyOf(map);
        this.unknown = Objects.requireNonNull(unknown, "unknown");
    }

    /** The customers of a request body, and whether they came as a batch (an array). */
    record Customers(List<Map<String, Object>> rows, boolean batch) {
    }

    /**
     * Reads a request body.
     *
     * @throws RequestException (400) naming the JSON path and the field when the body is not JSON, not an
     *                          object or an array of objects, or a field is unknown, repeated or of the wrong type
     */
    Customers read(String body) {
        JsonReader in = new JsonReader(new StringReader(body));
        in.setStrictness(Strictness.STRICT);
        try {
            JsonToken first = in.peek();
            Customers result;
            if (first == JsonToken.BEGIN_OBJECT) {
                result = new Customers(List.of(customer(in, "$")), false);
            } else if (first == JsonToken.BEGIN_ARRAY) {
                List<Map<String, Object>> rows = new ArrayList<>();
                in.beginArray();
                while (in.hasNext()) {
                    String path = "$[" + rows.size() + "]";
                    JsonToken t = in.peek();
                    if (t != JsonToken.BEGIN_OBJECT) {
                        throw new RequestException(400, path + ": expected a customer object, found " + found(in, t));
                    }
                    rows.add(customer(in, path));
                }
                in.endArray();
                result = new Customers(rows, true);
            } else {
                throw new RequestException(400, "body: expected a JSON object (one customer) or an array of "
                        + "objects (a batch), found " + found(in, first));
            }
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new RequestException(400, "body: unexpected data after the JSON value, at " + in.getPath());
            }
            return result;
        } catch (EOFException e) {
            throw new RequestException(400, body.isBlank()
                    ? "body: empty; expected a JSON object (one customer) or an array of objects (a batch)"
                    : "body is not valid JSON: it ends early, at " + in.getPath());
        } catch (MalformedJsonException | NumberFormatException | IllegalStateException e) {
            throw new RequestException(400, "body is not valid JSON: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new RequestException(400, "body is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    private Map<String, Object> customer(JsonReader in, String path) throws IOException {
        Map<String, Object> row = new HashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            String at = path + "." + name;
            if (row.containsKey(name)) {
                throw new RequestException(400, at + ": the field appears twice", name);
            }
            ColumnType type = columns.get(name);
            if (type == null) {
                if (unknown == UnknownFields.REJECT) {
                    throw new RequestException(400, at + ": not an input column of the model (GET /model lists "
                            + "them under \"schema\")", name);
                }
                in.skipValue();
                continue;
            }
            JsonToken t = in.peek();
            if (t == JsonToken.NULL) {
                in.nextNull();
                row.put(name, null);
            } else if (type == ColumnType.NUMERIC) {
                if (t != JsonToken.NUMBER) {
                    throw new RequestException(400, at + ": expected a number or null, found " + found(in, t), name);
                }
                row.put(name, in.nextDouble());
            } else if (type == ColumnType.ID) {
                if (t != JsonToken.STRING && t != JsonToken.NUMBER) {
                    throw new RequestException(400, at + ": expected a string, a number or null, found "
                            + found(in, t), name);
                }
                row.put(name, in.nextString());
            } else {
                if (t != JsonToken.STRING) {
                    throw new RequestException(400, at + ": expected a string or null, found " + found(in, t), name);
                }
                row.put(name, in.nextString());
            }
        }
        in.endObject();
        return row;
    }

    /** Describes the value at {@code t} for a message ({@code a string "abc"}); consumes scalars only. */
    private static String found(JsonReader in, JsonToken t) throws IOException {
        return switch (t) {
            case STRING -> "a string \"" + quote(in.nextString()) + "\"";
            case NUMBER -> "the number " + quote(in.nextString());
            case BOOLEAN -> Boolean.toString(in.nextBoolean());
            case NULL -> "null";
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "an array";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String quote(String s) {
        return s.length() <= QUOTE_LIMIT ? s : s.substring(0, QUOTE_LIMIT) + "...";
    }

    /**
     * Gson's message without what is meant for Java programmers: the advice to parse leniently, and the link
     * to its troubleshooting guide on a line of its own.
     */
    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int cut = message.indexOf('\n');
        String line = cut < 0 ? message : message.substring(0, cut);
        return line.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON",
                "malformed JSON");
    }
}
