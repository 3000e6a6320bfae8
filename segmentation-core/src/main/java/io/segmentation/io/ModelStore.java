package io.segmentation.io;

import io.segmentation.internal.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small file-system store of model files, for batch and REST use: every save of a model name gets the
 * next version, and one version per name can be promoted to production.
 *
 * <p>Layout under the root directory:
 * <pre>
 * root/
 *   churn/                   a model name
 *     v1/model.json          versions v1, v2, ... in the order they were saved
 *     v2/model.json
 *     promoted               one line, the promoted version ("v2"), replaced atomically
 * </pre>
 *
 * <p>Names are 1 to 128 letters, digits, {@code '.'}, {@code '_'} or {@code '-'} and start with a letter or
 * a digit, so a name is always one directory inside the root ({@code "../x"} is rejected). Versions are
 * {@code "v"} and a number from 1 on; they are ordered by number ({@code v2} before {@code v10}). A save
 * reserves its version by creating the directory with create-new semantics, so concurrent saves, from
 * threads or processes, get distinct versions and never overwrite each other. A version counts once its
 * {@code model.json} exists; write it atomically (as {@link ModelFile#write} does), so that a reader sees
 * either no file or a whole one.
 *
 * <pre>{@code
 * ModelStore store = ModelStore.of(Path.of("models"));
 * String version = store.save("churn", file -> ModelFile.standard().write(file, metadata, sections));
 * store.promote("churn", version);
 * Path production = store.path("churn", store.promoted("churn").orElseThrow());
 * }</pre>
 */
public final class ModelStore {
    /** The file name of every model inside its version directory. */
    public static final String FILE_NAME = "model.json";
    /** The file name of the pointer to the promoted version inside a model's directory. */
    public static final String PROMOTED = "promoted";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern VERSION = Pattern.compile("v[1-9][0-9]{0,8}");

    private final Path root;

    /** What writes one model file; {@link ModelStore#save} calls it with the file to create. */
    @FunctionalInterface
    public interface ModelWriter {
        /**
         * Writes the model file {@code file}, whose directory exists; preferably atomically.
         *
         * @throws IOException when the file cannot be written
         */
        void write(Path file) throws IOException;
    }

    private ModelStore(Path root) {
        this.root = root;
    }

    /**
     * A store under {@code root}, which is created by the first save.
     *
     * @param root the store's directory
     */
    public static ModelStore of(Path root) {
        return new ModelStore(Objects.requireNonNull(root, "root"));
    }

    /** The store's directory. */
    public Path root() {
        return root;
    }

    /**
     * Saves a new version of the model {@code name}: reserves the next version directory, has
     * {@code writer} write its {@code model.json}, and returns the version. When the writer fails, the
     * version directory is removed again and the failure is rethrown.
     *
     * @param name the model name (see the class description)
     * @param writer writes the model file
     * @return the new version, such as {@code "v3"}
     * @throws IllegalArgumentException when the name is not valid
     * @throws IOException when the writer fails or writes no file, or the directories cannot be made
     */
    public String save(String name, ModelWriter writer) throws IOException {
        Path dir = root.resolve(checkName(name));
        Objects.requireNonNull(writer, "writer");
        Files.createDirectories(dir);
        int next = highestReserved(dir) + 1;
        Path versionDir;
        while (true) {
            versionDir = dir.resolve("v" + next);
            try {
                Files.createDirectory(versionDir);
                break;
            } catch (FileAlreadyExistsException e) {
                next++; // another save took this version first
            }
        }
        Path file = versionDir.resolve(FILE_NAME);
        try {
            writer.write(file);
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": the writer returned without writing the model file");
            }
        } catch (Throwable failure) {
            try {
                deleteTree(versionDir);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
        return "v" + next;
    }

    /**
     * The model names that have at least one saved version, in alphabetical order.
     *
     * @throws IOException when the root cannot be listed
     */
    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (NAME.matcher(name).matches() && Files.isDirectory(entry) && !list(name).isEmpty()) {
                    names.add(name);
                }
            }
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /**
     * The saved versions of the model {@code name}, oldest first ({@code [v1, v2, v10]}); empty when
     * there are none. A save still being written is not listed.
     *
     * @throws IllegalArgumentException when the name is not valid
     * @throws IOException when the directory cannot be listed
     */
    public List<String> list(String name) throws IOException {
        Path dir = root.resolve(checkName(name));
        List<Integer> numbers = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String v = entry.getFileName().toString();
                    if (VERSION.matcher(v).matches() && Files.isRegularFile(entry.resolve(FILE_NAME))) {
                        numbers.add(Integer.parseInt(v.substring(1)));
                    }
                }
            }
        }
        numbers.sort(Comparator.naturalOrder());
        List<String> versions = new ArrayList<>(numbers.size());
        for (int number : numbers) {
            versions.add("v" + number);
        }
        return versions;
    }

    /**
     * The newest saved version of the model {@code name}, or empty when there is none.
     *
     * @throws IllegalArgumentException when the name is not valid
     * @throws IOException when the directory cannot be listed
     */
    public Optional<String> latest(String name) throws IOException {
        List<String> versions = list(name);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * Makes {@code version} the promoted version of the model {@code name}, replacing the pointer file
     * atomically, so that a reader sees the old or the new version and nothing in between.
     *
     * @throws IllegalArgumentException when the name or version is not valid, or the version was not saved
     * @throws IOException when the pointer cannot be written
     */
    public void promote(String name, String version) throws IOException {
        Path file = path(name, version);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("version " + version + " of model \"" + name
                    + "\" does not exist (versions " + list(name) + ")");
        }
        AtomicFile.write(root.resolve(name).resolve(PROMOTED), out -> out.write(version + "\n"));
    }

    /**
     * The promoted version of the model {@code name}, or empty when none was promoted.
     *
     * @throws IllegalArgumentException when the name is not valid
     * @throws IOException when the pointer cannot be read, holds no valid version, or names a version
     *     whose model file is gone
     */
    public Optional<String> promoted(String name) throws IOException {
        Path pointer = root.resolve(checkName(name)).resolve(PROMOTED);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        String version = new String(Files.readAllBytes(pointer), StandardCharsets.UTF_8).strip();
        if (!VERSION.matcher(version).matches()) {
            throw new IOException(pointer + ": expected a version such as v3, found \"" + version + "\"");
        }
        if (!Files.isRegularFile(path(name, version))) {
            throw new IOException(pointer + ": names " + version + ", which has no " + FILE_NAME);
        }
        return Optional.of(version);
    }

    /**
     * The model file of {@code version} of the model {@code name}: {@code root/name/version/model.json},
     * whether or not it exists.
     *
     * @throws IllegalArgumentException when the name or version is not valid
     */
    public Path path(String name, String version) {
        return root.resolve(checkName(name)).resolve(checkVersion(version)).resolve(FILE_NAME);
    }

    @Override
    public String toString() {
        return "ModelStore[" + root + "]";
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("model name must be 1 to 128 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit (was \"" + name + "\")");
        }
        return name;
    }

    private static String checkVersion(String version) {
        Objects.requireNonNull(version, "version");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("version must be v1, v2, ... (was \"" + version + "\")");
        }
        return version;
    }

    /** The highest version number with a directory, complete or not, so that a save never reuses one in use. */
    private static int highestReserved(Path dir) throws IOException {
        int highest = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String v = entry.getFileName().toString();
                if (VERSION.matcher(v).matches()) {
                    highest = Math.max(highest, Integer.parseInt(v.substring(1)));
                }
            }
        }
        return highest;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = new ArrayList<>(walk.toList());
        }
        paths.sort(Comparator.reverseOrder()); // children before their directory
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
