package io.segmentation.io;

import com.google.gson.JsonObject;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator of the golden file {@code src/test/resources/io/segmentation/io/model-v1.json}, a small
 * model file of format version 1 that every later version of the library must keep loading
 * ({@code ModelFileTest.golden_version_1_file_keeps_loading}).
 *
 * <p>Regenerate it only while format version 1 is the current one and only on purpose; once the format
 * moves on, freeze this class and the file, and add a {@code model-v2.json} with its own generator. Run
 * from the repository root:
 * <pre>
 * mvn -B -o -q -pl segmentation-core -am test-compile
 * java -cp segmentation-core/target/classes:segmentation-core/target/test-classes:$HOME/.m2/repository/com/google/code/gson/gson/2.13.2/gson-2.13.2.jar \
 *     io.segmentation.io.ModelFileGolden segmentation-core/src/test/resources/io/segmentation/io/model-v1.json
 * </pre>
 * The values below are small enough to check by hand; the comments give the arithmetic.
 */
final class ModelFileGolden {
    private ModelFileGolden() {
    }

    /** Writes the golden file to the path given as the only argument. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), text());
    }

    /** The text of the golden file. */
    static String text() {
        return ModelFile.standard().toJson(metadata(), sections());
    }

    /** Four customers: the training data whose schema and fingerprint the file records. */
    static Dataset trainingData() {
        return Dataset.ofColumns(
                IdColumn.of("customer_id", "C1", "C2", "C3", "C4"),
                NumericColumn.of("recency_days", 12, 94, 30, 10),
                NumericColumn.of("monetary", 830.0, 45.5, 300.0, 29.5),
                CategoricalColumn.of("channel", "app", "store", "app", null));
    }

    static ModelMetadata metadata() {
        return ModelMetadata.builder()
                .trainingData(trainingData())
                .seed(42)
                .threads(2)
                .description("golden file of format version 1")
                .createdAt(Instant.parse("2026-01-31T12:00:00Z"))
                .libraryVersion("0.1.0-SNAPSHOT")
                .platform(new ModelMetadata.Platform("17.0.15", "Debian", "Linux", "amd64"))
                .build();
    }

    static Map<String, JsonObject> sections() {
        Map<String, JsonObject> sections = new LinkedHashMap<>();
        // Means of the training columns: (12 + 94 + 30 + 10) / 4 = 36.5; (830 + 45.5 + 300 + 29.5) / 4 = 301.25.
        JsonObject scaler = new StateWriter()
                .put("type", "standard")
                .put("columns", List.of("recency_days", "monetary"))
                .put("means", new double[] {36.5, 301.25})
                .toJson();
        sections.put("preprocessing", new StateWriter().putAll("steps", List.of(scaler)).toJson());
        // Two centres of d = 2, row-major; the values exercise a non-dyadic fraction, a tiny, a negative
        // zero and a large number, all of which must read back to the same bits.
        sections.put("clusters", new StateWriter()
                .put("algorithm", "kmeans")
                .put("k", 2L)
                .put("d", 2L)
                .put("centres", new double[] {0.1, 1.0e-300, -0.0, 123456.789})
                .put("labels", new int[] {0, 1, 0, 1})
                .toJson());
        // Two segments of 2 rows out of 4: share 2 / 4 = 0.5 each.
        sections.put("profiles", new StateWriter()
                .putAll("segments", List.of(
                        new StateWriter().put("id", 0L).put("name", "Champions").put("size", 2L).put("share", 0.5)
                                .toJson(),
                        new StateWriter().put("id", 1L).put("name", "At risk").put("size", 2L).put("share", 0.5)
                                .toJson()))
                .toJson());
        sections.put("metrics", new StateWriter().put("inertia", 2.5).toJson());
        return sections;
    }
}
