package io.segmentation.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import io.segmentation.internal.AtomicFile;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model file: one UTF-8 JSON document that holds a model's {@link ModelMetadata} and its sections
 * (the fitted preprocessing, the cluster model, the profiles, the training metrics), written atomically
 * and checked strictly when read. The format is described in {@code docs/model-file.md}.
 *
 * <p>A {@code ModelFile} is the layout of sections a document must and may hold; it is immutable and
 * can be shared. Writing puts {@code formatVersion} first, then the other metadata, then the sections in
 * the order of the layout, pretty-printed, with every double in a form that reads back to the same bits.
 * Reading checks, in this order, that the text is UTF-8 and one JSON value in strict syntax (no
 * comments, NaN or trailing commas; no key twice in an object), that it is an object, that
 * {@code formatVersion} is present and at most {@link #FORMAT_VERSION}, that there is no unknown
 * top-level field, that the metadata is complete and that every required section is present. A
 * failure is a {@link ModelFileException} naming the source and the JSON path. Java serialization is
 * never used.
 *
 * <pre>{@code
 * ModelFile layout = ModelFile.standard();
 * layout.write(Path.of("model.json"), metadata, Map.of("preprocessing", steps, "clusters", clusters,
 *         "profiles", profiles));
 * ModelDocument document = layout.read(Path.of("model.json"));
 * KMeansModel model = document.read("clusters", KMeansModel::read);   // failures name file and path
 * }</pre>
 */
public final class ModelFile {
    /** The version of the format this library writes, and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Pattern NON_FINITE = Pattern.compile("^, found \"[-+]?(NaN|Infinity)");
    private static final Pattern SECTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern CUT_NUMBER = Pattern.compile("-?[0-9]*(\\.[0-9]*)?([eE][-+]?[0-9]*)?");
    private static final Pattern LOCATION = Pattern.compile("at line (\\d+) column (\\d+)");
    private static final ModelFile STANDARD = new ModelFile(List.of("preprocessing", "clusters", "profiles"),
            List.of("metrics", "reference"));

    private final List<String> required;
    private final List<String> optional;
    private final List<String> topLevel;

    private ModelFile(List<String> required, List<String> optional) {
        this.required = List.copyOf(required);
        this.optional = List.copyOf(optional);
        Set<String> fields = new LinkedHashSet<>(ModelMetadata.FIELDS);
        for (String section : concat(this.required, this.optional)) {
            if (!SECTION_NAME.matcher(section).matches()) {
                // Names become JSON paths in messages ($.clusters.centres), so they stay plain identifiers.
                throw new IllegalArgumentException("section names must be a letter then letters, digits or '_' (was \""
                        + section + "\")");
            }
            if (!fields.add(section)) {
                throw new IllegalArgumentException("section names must be distinct and not a metadata field "
                        + ModelMetadata.FIELDS + " (was \"" + section + "\")");
            }
        }
        this.topLevel = List.copyOf(fields);
    }

    /**
     * The layout of a segmentation model: required sections {@code preprocessing}, {@code clusters} and
     * {@code profiles}, optional sections {@code metrics} and {@code reference} (the training reference for
     * drift monitoring).
     */
    public static ModelFile standard() {
        return STANDARD;
    }

    /**
     * A layout with other sections.
     *
     * @param required the sections every document must hold, in the order they are written
     * @param optional the sections a document may hold, written after the required ones
     * @throws IllegalArgumentException when a name is not a letter followed by letters, digits or
     *     {@code '_'}, or is repeated, or is a metadata field
     */
    public static ModelFile withSections(List<String> required, List<String> optional) {
        return new ModelFile(required, optional);
    }

    /** The sections every document must hold, in file order. */
    public List<String> requiredSections() {
        return required;
    }

    /** The sections a document may hold, in file order after the required ones. */
    public List<String> optionalSections() {
        return optional;
    }

    /**
     * Writes a model file atomically: into a temporary file beside {@code file}, then moved over it, so
     * that a reader never sees half a file and a failed write leaves {@code file} as it was.
     *
     * @param file the target; its directory must exist
     * @param metadata the metadata; its format version must be {@link #FORMAT_VERSION}
     * @param sections the sections by name; every required one, and no name outside the layout; not
     *     modified
     * @throws IllegalArgumentException when a section is missing or unknown or holds a NaN or an
     *     infinity, or the metadata is of another format version
     * @throws IOException when the file cannot be written
     */
    public void write(Path file, ModelMetadata metadata, Map<String, JsonObject> sections) throws IOException {
        Objects.requireNonNull(file, "file");
        JsonObject root = document(metadata, sections);
        AtomicFile.write(file, out -> writeJson(root, out));
    }

    /**
     * The text of a model file, exactly as {@link #write} would write it.
     *
     * @throws IllegalArgumentException as {@link #write}
     */
    public String toJson(ModelMetadata metadata, Map<String, JsonObject> sections) {
        StringWriter out = new StringWriter();
        try {
            writeJson(document(metadata, sections), out);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter failed", e);
        }
        return out.toString();
    }

    /**
     * Reads and checks a model file; the file's path names it in messages.
     *
     * @throws ModelFileException when the file is not a valid model file of this layout
     * @throws IOException when the file cannot be read
     */
    public ModelDocument read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads and checks a model file from a stream, which is read to its end and not closed.
     *
     * @param in UTF-8 JSON text
     * @param sourceName what to call the stream in messages, such as {@code "upload model.json"}
     * @throws ModelFileException when the text is not a valid model file of this layout
     * @throws IOException when the stream cannot be read
     */
    public ModelDocument read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        String text;
        try {
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[1 << 13];
            for (int r = reader.read(buffer); r >= 0; r = reader.read(buffer)) {
                sb.append(buffer, 0, r);
            }
            text = sb.toString();
        } catch (CharacterCodingException e) {
            throw new ModelFileException(sourceName, "$", "not UTF-8 text, so not a model file");
        }
        return check(parse(text, sourceName), sourceName);
    }

    private JsonObject document(ModelMetadata metadata, Map<String, JsonObject> sections) {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(sections, "sections");
        if (metadata.formatVersion() != FORMAT_VERSION) {
            throw new IllegalArgumentException("metadata formatVersion must be " + FORMAT_VERSION
                    + " to be written by this library (was " + metadata.formatVersion() + ")");
        }
        List<String> known = concat(required, optional);
        for (String name : sections.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("sections must be among " + known + " (was \"" + name + "\")");
            }
            checkFinite(Objects.requireNonNull(sections.get(name), name), "$." + name);
        }
        for (String name : required) {
            if (!sections.containsKey(name)) {
                throw new IllegalArgumentException("sections must include \"" + name + "\" (were "
                        + sections.keySet() + ")");
            }
        }
        JsonObject root = metadata.toState();
        for (String name : known) {
            JsonObject section = sections.get(name);
            if (section != null) {
                root.add(name, section);
            }
        }
        return root;
    }

    /** Rejects NaN and infinities anywhere in a section, since JSON cannot hold them. */
    private static void checkFinite(JsonElement e, String path) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
                checkFinite(entry.getValue(), path + "." + entry.getKey());
            }
        } else if (e.isJsonArray()) {
            JsonArray array = e.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                JsonElement item = array.get(i);
                // Long arrays of numbers are the common case: their paths are built only for a failure.
                if (item.isJsonPrimitive()) {
                    if (!finite(item)) {
                        throw notFinite(path + "[" + i + "]", item);
                    }
                } else {
                    checkFinite(item, path + "[" + i + "]");
                }
            }
        } else if (!finite(e)) {
            throw notFinite(path, e);
        }
    }

    private static boolean finite(JsonElement e) {
        return !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() || Double.isFinite(e.getAsDouble());
    }

    private static IllegalArgumentException notFinite(String path, JsonElement e) {
        return new IllegalArgumentException(path + " must be finite to be saved (was " + e.getAsDouble() + ")");
    }

    private static void writeJson(JsonObject root, Writer out) throws IOException {
        // Gson writes a double by Double.toString, which parses back to the same bits.
        GSON.toJson(root, out);
        out.write('\n');
    }

    private ModelDocument check(JsonElement parsed, String source) throws ModelFileException {
        if (!parsed.isJsonObject()) {
            throw new ModelFileException(source, "$", "expected a JSON object, found " + describe(parsed));
        }
        JsonObject root = parsed.getAsJsonObject();
        StateReader state = new StateReader(root);
        try {
            JsonElement version = root.get("formatVersion");
            if (version == null) {
                throw new ModelFileException(source, "$.formatVersion",
                        "missing, so this is not a segmentation model file");
            }
            if (!version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
                throw new ModelFileException(source, "$.formatVersion", "expected an integer, found "
                        + (version.isJsonPrimitive() && version.getAsJsonPrimitive().isString()
                        ? "\"" + version.getAsString() + "\"" : describe(version)));
            }
            long v = state.longValue("formatVersion");
            if (v > FORMAT_VERSION) {
                throw ModelFileException.worded(source, "$.formatVersion", String.format(Locale.ROOT,
                        "%s was written by a newer format version %d; this library reads up to %d",
                        source, v, FORMAT_VERSION), null);
            }
            if (v < 1) {
                throw new ModelFileException(source, "$.formatVersion", "expected a version >= 1, found " + v);
            }
            state.rejectUnknownKeys(topLevel);
            ModelMetadata metadata = ModelMetadata.read(state);
            for (String name : required) {
                if (!root.has(name)) {
                    throw new ModelFileException(source, "$." + name, "missing section (format version "
                            + FORMAT_VERSION + " requires " + required + ")");
                }
            }
            Map<String, JsonObject> sections = new LinkedHashMap<>();
            for (String name : concat(required, optional)) {
                if (root.has(name)) {
                    state.child(name); // an object, or a failure naming the path
                    sections.put(name, root.getAsJsonObject(name));
                }
            }
            return new ModelDocument(source, metadata, sections);
        } catch (IllegalArgumentException e) {
            throw ModelFileException.of(source, e);
        }
    }

    /** Parses strict JSON into a tree, refusing repeated keys, with failures named by line, column and path. */
    private static JsonElement parse(String text, String source) throws ModelFileException {
        if (text.isBlank()) {
            throw new ModelFileException(source, "$", "expected a JSON object, found an empty file");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = element(reader, source);
            boolean more;
            try {
                more = reader.peek() != JsonToken.END_DOCUMENT;
            } catch (MalformedJsonException e) {
                more = true;
            }
            if (more) {
                // Gson's column here may be just past the first character, so only the line is given.
                Matcher m = LOCATION.matcher(reader.toString());
                throw new ModelFileException(source, "$", "not valid JSON: more text after the end of the document"
                        + (m.find() ? " on line " + m.group(1) : ""));
            }
            return root;
        } catch (EOFException e) {
            throw truncated(source, path(reader), text);
        } catch (MalformedJsonException e) {
            int offset = offset(text, e.getMessage());
            // The file was cut when Gson reports a string running to the end of the text as unterminated,
            // or fails at a token that runs to the end of the text and could be the start of a value.
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("Unterminated string") || message.startsWith("Unterminated escape")
                    || offset >= 0 && offset < text.length() && cutToken(text.substring(offset))) {
                throw truncated(source, path(reader), text);
            }
            String at = location(e.getMessage());
            if (offset > 0 && offset <= text.length()) {
                // Gson may have consumed the first character of the bad token (the '/' of a comment): back
                // up to the token's start, so that the column and the text shown begin there.
                int start = offset;
                while (start > 0 && " \t\r\n,:{}[]".indexOf(text.charAt(start - 1)) < 0) {
                    start--;
                }
                Matcher m = LOCATION.matcher(e.getMessage());
                if (start < offset && m.find()) {
                    at = " at line " + m.group(1) + ", column " + (Integer.parseInt(m.group(2)) - (offset - start));
                }
                offset = start;
            }
            String found = found(text, offset);
            String hint = NON_FINITE.matcher(found).find() ? " (JSON has no NaN or Infinity)" : "";
            throw new ModelFileException(source, path(reader), "not valid JSON" + at + found + hint);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(source, path(reader), "not valid JSON" + location(e.getMessage()));
        }
    }

    private static JsonElement element(JsonReader in, String source) throws IOException {
        switch (in.peek()) {
            case BEGIN_OBJECT: {
                JsonObject object = new JsonObject();
                in.beginObject();
                while (in.hasNext()) {
                    String name = in.nextName();
                    if (object.has(name)) {
                        throw new ModelFileException(source, path(in), "the key \"" + name
                                + "\" appears twice in one object" + location(in.toString()));
                    }
                    object.add(name, element(in, source));
                }
                in.endObject();
                return object;
            }
            case BEGIN_ARRAY: {
                JsonArray array = new JsonArray();
                in.beginArray();
                while (in.hasNext()) {
                    array.add(element(in, source));
                }
                in.endArray();
                return array;
            }
            case STRING:
                return new JsonPrimitive(in.nextString());
            case NUMBER: {
                String digits = in.nextString();
                if (digits.indexOf('.') < 0 && digits.indexOf('e') < 0 && digits.indexOf('E') < 0) {
                    // An integer keeps every digit (a seed may exceed 2^53).
                    BigInteger integer = new BigInteger(digits);
                    return new JsonPrimitive(integer.bitLength() < 64 ? (Number) integer.longValue() : integer);
                }
                // A Double keeps -0.0 (BigDecimal would not); parseDouble rounds correctly.
                return new JsonPrimitive(Double.parseDouble(digits));
            }
            case BOOLEAN:
                return new JsonPrimitive(in.nextBoolean());
            case NULL:
                in.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new MalformedJsonException("Unexpected " + in.peek() + " " + in);
        }
    }

    /** The reader's JSON path; "$" rather than Gson's "$." before the first key of the document. */
    private static String path(JsonReader reader) {
        String path = reader.getPath();
        return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    }

    /** " at line 3, column 7" from Gson's "... at line 3 column 7 path $.x", or "" when it has none. */
    private static String location(String gsonMessage) {
        Matcher m = LOCATION.matcher(gsonMessage == null ? "" : gsonMessage);
        return m.find() ? " at line " + m.group(1) + ", column " + m.group(2) : "";
    }

    private static ModelFileException truncated(String source, String path, String text) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new ModelFileException(source, path, String.format(Locale.ROOT,
                "truncated JSON: the text ends at line %d, column %d before the document is complete", line,
                text.length() - lineStart + 1));
    }

    /**
     * Whether {@code rest}, the text from where Gson failed to the end, is the start of a value cut short:
     * the beginning of a string, number or literal with nothing after it.
     */
    private static boolean cutToken(String rest) {
        if (rest.charAt(0) == '"') {
            for (int k = 1; k < rest.length(); k++) {
                char ch = rest.charAt(k);
                if (ch == '\\') {
                    k++;
                } else if (ch == '"') {
                    return false;
                }
            }
            return true;
        }
        return CUT_NUMBER.matcher(rest).matches() || "true".startsWith(rest) || "false".startsWith(rest)
                || "null".startsWith(rest);
    }

    /** The offset in {@code text} of Gson's "at line L column C", or -1 when the message has none. */
    private static int offset(String text, String gsonMessage) {
        Matcher m = LOCATION.matcher(gsonMessage == null ? "" : gsonMessage);
        if (!m.find()) {
            return -1;
        }
        int line = Integer.parseInt(m.group(1));
        int column = Integer.parseInt(m.group(2));
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        return offset < 0 ? -1 : offset + column - 1;
    }

    /** ", found "NaN, 2.0]"": a few characters of the text at {@code offset}, or "" when there are none. */
    private static String found(String text, int offset) {
        if (offset < 0) {
            return "";
        }
        int start = Math.min(text.length(), offset);
        int end = start;
        while (end < text.length() && end - start < 20 && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return start == end ? "" : ", found \"" + text.substring(start, end) + "\"";
    }

    private static String describe(JsonElement e) {
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        return e.getAsJsonPrimitive().isString() ? "a string" : "the value " + e;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
