package io.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.CsvOptions;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.io.ModelFileException;
import io.segmentation.monitor.DriftMonitor;
import io.segmentation.monitor.DriftReport;
import io.segmentation.monitor.DriftStatus;
import io.segmentation.monitor.DriftThresholds;
import io.segmentation.monitor.TrainingReference;
import io.segmentation.preprocess.Pca;
import io.segmentation.preprocess.Ratios;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SegmentationModelTest {
    private static final Dataset CUSTOMERS = SyntheticCustomers.builder().n(1_200).seed(21).build().generate();
    private static final SegmentationModel MODEL = Pipeline.builder().idColumn("customer_id")
            .derive(Ratios.builder().ordersPerMonth("frequency", "tenure_months").build())
            .pca(Pca.keepVariance(0.9))
            .cluster(KMeans.builder().k(4).build()).seed(5).build().fit(CUSTOMERS);

    @TempDir
    Path dir;

    @Test
    void a_saved_and_loaded_model_assigns_every_training_row_as_the_original() throws IOException {
        Path file = dir.resolve("model.json");
        MODEL.save(file);
        SegmentationModel loaded = SegmentationModel.load(file);
        assertArrayEquals(MODEL.assignAll(CUSTOMERS), loaded.assignAll(CUSTOMERS));
        for (int i = 0; i < CUSTOMERS.rowCount(); i += 101) {
            assertEquals(MODEL.assign(CUSTOMERS.row(i)), loaded.assign(CUSTOMERS.row(i)), "row " + i);
        }
        assertEquals(MODEL.segments(), loaded.segments());
        assertEquals(MODEL.metadata(), loaded.metadata());
        assertEquals(MODEL.metrics(), loaded.metrics());
        assertEquals(MODEL.report(), loaded.report());
        assertEquals(MODEL.toJson(), loaded.toJson());
    }

    @Test
    void assign_all_over_several_chunks_equals_the_cluster_model_on_the_whole_matrix() {
        // 9,000 rows are three chunks of 4,096, so the parallel path really splits the work.
        Dataset many = SyntheticCustomers.builder().n(9_000).seed(8).build().generate();
        int[] expected = MODEL.clusterModel().predictAll(MODEL.features(many));
        assertArrayEquals(expected, MODEL.assignAll(many));
    }

    @Test
    void a_mixture_model_keeps_its_probabilities_through_the_file() throws IOException {
        SegmentationModel mixture = Pipeline.builder().idColumn("customer_id")
                .cluster(GaussianMixture.builder().k(3).covariance(GaussianMixture.Covariance.DIAGONAL).build())
                .seed(2).build().fit(CUSTOMERS);
        SegmentationModel loaded = SegmentationModel.load(stream(mixture.toJson()), "mixture.json");
        assertArrayEquals(mixture.assign(CUSTOMERS.row(3)).probabilities(),
                loaded.assign(CUSTOMERS.row(3)).probabilities());
    }

    @Test
    void metadata_describes_the_training_data_and_the_run() {
        assertEquals(5, MODEL.metadata().seed());
        assertEquals(CUSTOMERS.rowCount(), MODEL.metadata().trainingRows());
        assertEquals(MODEL.inputSchema(), MODEL.metadata().schema());
        assertThat(MODEL.inputSchema().names()).doesNotContain("true_segment").contains("customer_id");
        assertThat(MODEL.metadata().trainingFingerprint()).hasSize(64);
    }

    @Test
    void segments_carry_unique_names_and_their_profiles() {
        assertEquals(4, MODEL.segments().size());
        assertThat(MODEL.segments().stream().map(Segment::name).distinct().count()).isEqualTo(4);
        for (Segment s : MODEL.segments()) {
            assertEquals(s.name(), s.profile().name());
            assertEquals(s.size(), s.profile().size());
            assertThat(s.strategy().objective()).isNotBlank();
        }
        assertThat(MODEL.report()).contains(MODEL.segment(0).name()).contains("silhouette")
                .containsOnlyOnce("# Customer segments");
    }

    @Test
    void a_truncated_file_is_named_as_such() {
        String json = MODEL.toJson();
        assertThatThrownBy(() -> SegmentationModel.load(stream(json.substring(0, json.length() / 2)), "cut.json"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("cut.json").hasMessageContaining("truncated");
    }

    @Test
    void a_cluster_model_of_the_wrong_dimension_is_named_by_its_path() {
        int features = MODEL.preprocessor().featureNames().size();
        String bad = edit(MODEL.toJson(), root -> {
            JsonObject clusters = root.getAsJsonObject("clusters");
            clusters.addProperty("dimension", features + 1);
            JsonArray centres = new JsonArray();
            for (int i = 0; i < 4 * (features + 1); i++) {
                centres.add(0.5);
            }
            clusters.add("centres", centres);
        });
        assertThatThrownBy(() -> SegmentationModel.load(stream(bad), "edited.json"))
                .isInstanceOf(ModelFileException.class)
                .hasMessage("edited.json $.clusters.dimension: expected " + features
                        + " (the preprocessing chain's features), found " + (features + 1));
    }

    @Test
    void a_short_centre_array_is_named_by_its_path() {
        String bad = edit(MODEL.toJson(), root -> root.getAsJsonObject("clusters").getAsJsonArray("centres").remove(0));
        assertThatThrownBy(() -> SegmentationModel.load(stream(bad), "short.json"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("short.json $.clusters.centres");
    }

    @Test
    void missing_profiles_or_a_nan_are_rejected() {
        String noProfiles = edit(MODEL.toJson(), root -> root.remove("profiles"));
        assertThatThrownBy(() -> SegmentationModel.load(stream(noProfiles), "m.json"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("profiles");
        String nan = MODEL.toJson().replaceFirst("\"centres\": \\[\\s*([-0-9.eE]+)", "\"centres\": [NaN");
        assertThatThrownBy(() -> SegmentationModel.load(stream(nan), "nan.json"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("NaN");
    }

    @Test
    void missing_metrics_or_metrics_of_another_model_are_named() {
        String noMetrics = edit(MODEL.toJson(), root -> root.remove("metrics"));
        assertThatThrownBy(() -> SegmentationModel.load(stream(noMetrics), "m.json"))
                .isInstanceOf(ModelFileException.class).hasMessage("m.json $.metrics: missing");
        String otherCount = edit(MODEL.toJson(), root -> root.getAsJsonObject("metrics").addProperty("segments", 9));
        assertThatThrownBy(() -> SegmentationModel.load(stream(otherCount), "m.json"))
                .isInstanceOf(ModelFileException.class)
                .hasMessage("m.json $.metrics.segments: expected 4 (the clusters), found 9");
    }

    @Test
    void an_unknown_field_or_a_newer_format_is_rejected() {
        String extra = edit(MODEL.toJson(), root -> root.addProperty("surprise", 1));
        assertThatThrownBy(() -> SegmentationModel.load(stream(extra), "x.json"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("surprise");
        String newer = edit(MODEL.toJson(), root -> root.addProperty("formatVersion", 99));
        assertThatThrownBy(() -> SegmentationModel.load(stream(newer), "new.json"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("newer format version 99");
    }

    @Test
    void the_golden_model_file_still_loads_and_assigns_its_customers_as_it_did() throws IOException {
        // Written by GoldenSegmentationModel (test sources) with this library's first model format.
        Path base = Path.of("src", "test", "resources", "io", "segmentation");
        SegmentationModel golden = SegmentationModel.load(base.resolve(GoldenSegmentationModel.MODEL));
        Dataset customers = Dataset.readCsv(base.resolve(GoldenSegmentationModel.CUSTOMERS),
                CsvOptions.builder().schema(golden.inputSchema()).build());
        int[] expected = golden.clusterModel().labels();     // the labels the model was fitted with
        assertArrayEquals(expected, golden.assignAll(customers));
        assertEquals(GoldenSegmentationModel.K, golden.segments().size());
        // The golden file predates the training reference: it loads without one.
        assertTrue(golden.trainingReference().isEmpty());
    }

    @Test
    void the_golden_file_with_a_reference_loads_and_sees_no_drift_in_its_own_customers() throws IOException {
        // Written by GoldenMonitoredModel with the golden recipe on the golden customers: checking those same
        // customers bins the same values into the same bins, so every PSI is exactly 0.
        Path base = Path.of("src", "test", "resources", "io", "segmentation");
        SegmentationModel golden = SegmentationModel.load(base.resolve(GoldenMonitoredModel.MODEL));
        Dataset customers = Dataset.readCsv(base.resolve(GoldenSegmentationModel.CUSTOMERS),
                CsvOptions.builder().schema(golden.inputSchema()).build());
        assertArrayEquals(golden.clusterModel().labels(), golden.assignAll(customers));
        DriftReport report = DriftMonitor.of(golden)
                .withThresholds(DriftThresholds.defaults().withMinimumRows(customers.rowCount())).check(customers);
        for (double psi : report.psiValues()) {
            assertEquals(0.0, psi, 0.0);
        }
        assertEquals(0.0, report.segmentSharePsi(), 0.0);
        assertEquals(golden.trainingReference().orElseThrow().farShare(), report.farShare(), 0.0);
        assertEquals(DriftStatus.STABLE, report.status());
    }

    @Test
    void a_fitted_model_keeps_its_training_reference_through_the_file() throws IOException {
        TrainingReference reference = MODEL.trainingReference().orElseThrow();
        assertEquals(CUSTOMERS.rowCount(), reference.rows());
        assertThat(reference.numericColumns()).contains("recency_days").doesNotContain("customer_id");
        SegmentationModel loaded = SegmentationModel.load(stream(MODEL.toJson()), "model.json");
        TrainingReference back = loaded.trainingReference().orElseThrow();
        assertEquals(reference, back);
    }

    @Test
    void a_reference_of_another_shape_is_named_by_its_path() {
        int k = MODEL.clusterModel().clusterCount();
        int d = MODEL.clusterModel().dimension();
        String other = edit(MODEL.toJson(), root -> root.getAsJsonObject("reference")
                .add("segmentShares", JsonParser.parseString("[0.5, 0.5]")));
        assertThatThrownBy(() -> SegmentationModel.load(stream(other), "x.json"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("x.json $.reference.segmentShares: "
                        + "expected " + k + " values (one per cluster), found 2");
        String flat = edit(MODEL.toJson(), root -> root.getAsJsonObject("reference").addProperty("dimension", d + 1));
        assertThatThrownBy(() -> SegmentationModel.load(stream(flat), "x.json"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("x.json $.reference.dimension: "
                        + "expected " + d + " (the preprocessing chain's features), found " + (d + 1));
    }

    @Test
    void a_reference_column_outside_the_input_schema_is_named_by_its_path() {
        String unknown = edit(MODEL.toJson(), root -> root.getAsJsonObject("reference").getAsJsonArray("numeric")
                .get(1).getAsJsonObject().addProperty("name", "shoe_size"));
        assertThatThrownBy(() -> SegmentationModel.load(stream(unknown), "x.json"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("x.json $.reference.numeric[1].name: "
                        + "expected a numeric column of the input schema, found \"shoe_size\" (not in the schema)");
        String categorical = MODEL.trainingReference().orElseThrow().categoricalColumns().get(0);
        String kind = edit(MODEL.toJson(), root -> root.getAsJsonObject("reference").getAsJsonArray("numeric")
                .get(0).getAsJsonObject().addProperty("name", categorical));
        assertThatThrownBy(() -> SegmentationModel.load(stream(kind), "x.json"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("$.reference.numeric[0].name: "
                        + "expected a numeric column of the input schema, found \"" + categorical
                        + "\" (CATEGORICAL in the schema)");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String edit(String json, Consumer<JsonObject> change) {
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        change.accept(root);
        return root.toString();
    }

}
