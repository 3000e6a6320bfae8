package io.segmentation.io;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A model file that has been read and checked by {@link ModelFile#read}: its metadata and its sections,
 * each handed out as a {@link StateReader} at its JSON path ({@code $.clusters}), so that a failure deeper
 * down names the full path. Immutable: every reader works on its own copy of the section.
 *
 * <pre>{@code
 * ModelDocument document = ModelFile.standard().read(Path.of("model.json"));
 * KMeansModel clusters = document.read("clusters", KMeansModel::read);
 * // a wrong centre: "model.json $.clusters.centres[3]: expected 14 values, found 13"
 * }</pre>
 */
public final class ModelDocument {
    private final String source;
    private final ModelMetadata metadata;
    private final Map<String, JsonObject> sections;

    ModelDocument(String source, ModelMetadata metadata, Map<String, JsonObject> sections) {
        this.source = source;
        this.metadata = metadata;
        this.sections = sections;
    }

    /** The file or stream name the document was read from, as used in messages. */
    public String source() {
        return source;
    }

    /** The metadata: versions, creation time, seed, input schema, training data fingerprint, platform. */
    public ModelMetadata metadata() {
        return metadata;
    }

    /** The names of the sections present, in file-layout order. */
    public List<String> sectionNames() {
        return List.copyOf(sections.keySet());
    }

    /** Whether the document holds the section {@code name}. */
    public boolean has(String name) {
        return sections.containsKey(name);
    }

    /**
     * A reader of the section {@code name} at the path {@code $.name}, over a copy of it.
     *
     * @throws IllegalArgumentException when the document has no such section
     */
    public StateReader section(String name) {
        Objects.requireNonNull(name, "name");
        JsonObject section = sections.get(name);
        if (section == null) {
            throw new IllegalArgumentException("section \"" + name + "\" is not in " + source + " (sections "
                    + sections.keySet() + ")");
        }
        return new StateReader(section.deepCopy(), "$." + name);
    }

    /**
     * Reads the section {@code name} with {@code reader} (typically a {@code read(StateReader)} method), and
     * turns its {@link IllegalArgumentException} into a {@link ModelFileException} that names this
     * document's source and the JSON path.
     *
     * @param name a section present in the document
     * @param reader reads the section; a failure must be an {@code IllegalArgumentException} worded
     *     {@code "$.path: what"}, as {@link StateReader} words them
     * @return what {@code reader} returns
     * @throws ModelFileException when {@code reader} fails
     * @throws IllegalArgumentException when the document has no such section
     */
    public <T> T read(String name, Function<StateReader, T> reader) throws ModelFileException {
        Objects.requireNonNull(reader, "reader");
        StateReader state = section(name);
        try {
            return reader.apply(state);
        } catch (IllegalArgumentException e) {
            throw ModelFileException.of(source, e);
        }
    }

    @Override
    public String toString() {
        return "ModelDocument[" + source + ", format " + metadata.formatVersion() + ", sections "
                + sections.keySet() + "]";
    }
}
