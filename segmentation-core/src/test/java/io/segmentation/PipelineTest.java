package io.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.eval.AdjustedRand;
import io.segmentation.eval.KCandidate;
import io.segmentation.eval.KSelection;
import io.segmentation.eval.KSelectionReport;
import io.segmentation.preprocess.Outliers;
import io.segmentation.preprocess.Scale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PipelineTest {
    private static final Dataset CUSTOMERS = SyntheticCustomers.builder().n(1_500).seed(3).build().generate();

    @Test
    void the_defaults_fit_synthetic_customers_into_sensible_segments() {
        SegmentationModel model = Pipeline.builder().idColumn("customer_id").build().fit(CUSTOMERS);
        int k = model.segments().size();
        assertThat(k).isBetween(Pipeline.DEFAULT_K_MIN, Pipeline.DEFAULT_K_MAX);
        assertThat(model.metrics().choice()).startsWith("k=" + k + ": the gap statistic's rule");
        assertThat(model.preprocessor().featureNames()).doesNotContain("true_segment", "customer_id");
        // Most of the seven hidden segments are found: measured ARI 0.86 with k=7 for this seed (0.70-0.88 over
        // seeds 3, 7, 11); 0.6 leaves room for a different but still sensible k, and is far above chance (0).
        int[] truth = CUSTOMERS.categorical("true_segment").codes();
        double ari = AdjustedRand.of(truth, model.assignAll(CUSTOMERS));
        assertThat(ari).as("ARI against the true segments").isGreaterThan(0.6);
        int total = 0;
        for (Segment s : model.segments()) {
            total += s.size();
        }
        assertEquals(CUSTOMERS.rowCount(), total);
    }

    @Test
    void assigning_the_training_customers_reproduces_the_cluster_labels() {
        SegmentationModel model = fixedK(4).fit(CUSTOMERS);
        int[] all = model.assignAll(CUSTOMERS);
        assertArrayEquals(model.clusterModel().labels(), all);
        for (int i = 0; i < CUSTOMERS.rowCount(); i += 37) {
            Assignment one = model.assign(CUSTOMERS.row(i));
            assertEquals(all[i], one.segment(), "row " + i);
            assertEquals(model.segment(all[i]).name(), one.segmentName());
            assertEquals(model.assign(CUSTOMERS, i), one, "row " + i);
            assertThat(one.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void features_are_what_the_fitted_model_clusters() {
        // The default clips outliers (no row dropped), so the training features are the model's features of
        // the same customers, and the id and the hidden segment are left out by both.
        Pipeline pipeline = fixedK(4);
        FeatureMatrix before = pipeline.features(CUSTOMERS);
        SegmentationModel model = pipeline.fit(CUSTOMERS);
        FeatureMatrix after = model.features(CUSTOMERS);
        assertEquals(after.featureNames(), before.featureNames());
        assertThat(before.featureNames()).doesNotContain(SyntheticCustomers.ID_COLUMN, SyntheticCustomers.SEGMENT_COLUMN);
        assertArrayEquals(after.toArray(), before.toArray(), 0.0);
    }

    @Test
    void the_same_seed_gives_the_same_model_on_any_number_of_threads() {
        Pipeline one = Pipeline.builder().idColumn("customer_id").seed(9).threads(1).build();
        Pipeline three = Pipeline.builder().idColumn("customer_id").seed(9).threads(3).build();
        assertArrayEquals(one.fit(CUSTOMERS).assignAll(CUSTOMERS), three.fit(CUSTOMERS).assignAll(CUSTOMERS));
    }

    @Test
    void the_pipeline_seed_replaces_the_clusterers_own_and_is_recorded() {
        SegmentationModel a = Pipeline.builder().idColumn("customer_id").cluster(KMeans.builder().k(4).seed(7).build())
                .seed(5).build().fit(CUSTOMERS);
        SegmentationModel b = Pipeline.builder().idColumn("customer_id").cluster(KMeans.builder().k(4).seed(99).build())
                .seed(5).build().fit(CUSTOMERS);
        assertArrayEquals(a.assignAll(CUSTOMERS), b.assignAll(CUSTOMERS));
        assertEquals(5, a.metadata().seed());
        assertThat(a.metrics().parameters()).contains("seed=5");
    }

    @Test
    void the_customers_are_not_modified() {
        Dataset copy = CUSTOMERS.rows(java.util.stream.IntStream.range(0, CUSTOMERS.rowCount()).toArray());
        fixedK(3).fit(CUSTOMERS);
        assertEquals(copy, CUSTOMERS);
    }

    @Test
    void a_missing_or_absent_value_is_imputed_and_a_wrong_type_is_named() {
        SegmentationModel model = fixedK(3).fit(CUSTOMERS);
        Map<String, Object> customer = new HashMap<>(CUSTOMERS.row(0));
        customer.remove("income");
        customer.put("age", null);
        assertThat(model.assign(customer).segment()).isBetween(0, 2);
        customer.put("monetary", "lots");
        assertThatThrownBy(() -> model.assign(customer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer field \"monetary\": expected a number, found \"lots\"");
    }

    @Test
    void a_mixture_gives_probabilities_and_their_maximum_as_confidence() {
        SegmentationModel model = Pipeline.builder().idColumn("customer_id").outliers(Outliers.none())
                .cluster(GaussianMixture.builder().k(3).covariance(GaussianMixture.Covariance.DIAGONAL).build())
                .seed(4).build().fit(CUSTOMERS);
        Assignment a = model.assign(CUSTOMERS.row(5));
        double[] p = a.probabilities();
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(p[a.segment()], a.confidence(), 0.0);
        assertThatThrownBy(() -> fixedK(3).fit(CUSTOMERS).assign(CUSTOMERS.row(5)).probabilities())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Gaussian mixture");
    }

    @Test
    void margin_confidence_is_one_at_a_centre_and_zero_half_way() {
        // By hand: distances 0 and 4 -> 1 - 0/4 = 1; 2 and 2 -> 0; 1 and 4 -> 0.75.
        assertEquals(1.0, SegmentationModel.marginConfidence(new double[] {0, 4}, 0), 0.0);
        assertEquals(0.0, SegmentationModel.marginConfidence(new double[] {2, 2, 9}, 1), 0.0);
        assertEquals(0.75, SegmentationModel.marginConfidence(new double[] {4, 1, 9}, 1), 0.0);
        assertEquals(1.0, SegmentationModel.marginConfidence(new double[] {3}, 0), 0.0);
    }

    @Test
    void true_segment_is_dropped_by_default_and_kept_when_listed() {
        SegmentationModel dropped = fixedK(3).fit(CUSTOMERS);
        assertThat(dropped.inputSchema().names()).doesNotContain("true_segment");
        SegmentationModel kept = Pipeline.builder().idColumn("customer_id").columns("age", "income", "true_segment")
                .cluster(KMeans.builder().k(3).build()).build().fit(CUSTOMERS);
        assertEquals(java.util.List.of("customer_id", "age", "income", "true_segment"), kept.inputSchema().names());
    }

    @Test
    void build_reports_every_inconsistency_at_once() {
        assertThatThrownBy(() -> Pipeline.builder().idColumn("id").dropColumns("id", "age").columns("age", "age")
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Pipeline is inconsistent:\n"
                        + "  - idColumn \"id\" is also listed in dropColumns(...)\n"
                        + "  - column \"age\" is listed in both columns(...) and dropColumns(...)\n"
                        + "  - column \"age\" is listed in both columns(...) and dropColumns(...)\n"
                        + "  - columns(...) lists a column twice: [age, age]");
        assertThatThrownBy(() -> Pipeline.builder().idColumn("id").columns("id").build())
                .hasMessageContaining("columns(...) lists only the id column, so no feature is left");
    }

    @Test
    void setters_reject_bad_values_at_once_naming_them() {
        assertThatThrownBy(() -> Pipeline.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be >= 1 (was 0)");
        assertThatThrownBy(() -> Pipeline.builder().idColumn(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("idColumn must not be blank (was \" \")");
        assertThatThrownBy(() -> Pipeline.builder().dropColumns("")).hasMessageContaining("dropColumns must not be blank");
        assertThatThrownBy(() -> Pipeline.builder().cluster(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("cluster");
    }

    @Test
    void fit_names_the_columns_the_table_lacks() {
        Pipeline p = Pipeline.builder().idColumn("cust").dropColumns("nope").columns("age", "gone").build();
        assertThatThrownBy(() -> p.fit(CUSTOMERS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("customers lack columns the pipeline names: dropColumns lists \"nope\"; "
                        + "columns lists \"gone\"; idColumn is \"cust\"; the columns are [customer_id, age");
        Dataset one = CUSTOMERS.head(1);
        assertThatThrownBy(() -> fixedK(2).fit(one)).hasMessage("customers must have at least 2 rows (was 1)");
    }

    @Test
    void assign_all_names_a_missing_input_column() {
        SegmentationModel model = fixedK(3).fit(CUSTOMERS);
        assertThatThrownBy(() -> model.assignAll(CUSTOMERS.drop("recency_days")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recency_days");
    }

    @Test
    void k_can_be_chosen_over_another_family_and_range() {
        SegmentationModel model = Pipeline.builder().idColumn("customer_id").scale(Scale.robust())
                .chooseK(k -> KMeans.builder().k(k).nInit(2).build(), KSelection.builder().kBetween(3, 5).build())
                .build().fit(CUSTOMERS);
        assertThat(model.segments().size()).isBetween(3, 5);
        assertThat(model.metrics().choice())       // KSelection's own default criterion
                .startsWith("k=" + model.segments().size() + ": highest silhouette");
    }

    @Test
    void the_k_selection_listener_receives_the_report_that_chose_k_and_is_silent_when_k_is_given() {
        List<KSelectionReport> reports = new ArrayList<>();
        SegmentationModel model = Pipeline.builder().idColumn("customer_id")
                .chooseK(k -> KMeans.builder().k(k).nInit(2).build(), KSelection.builder().kBetween(3, 5).build())
                .onKSelection(reports::add).build().fit(CUSTOMERS);
        assertThat(reports).hasSize(1);
        KSelectionReport report = reports.get(0);
        // Every k of the range was scored, the recommended k is the model's, and its reason is the model's choice.
        assertThat(report.candidates()).extracting(KCandidate::k).containsExactly(3, 4, 5);
        assertThat(report.recommendedK()).isEqualTo(model.segments().size());
        assertThat(report.reason()).isEqualTo(model.metrics().choice());

        Pipeline.builder().idColumn("customer_id").cluster(KMeans.builder().k(3).build()).onKSelection(reports::add)
                .build().fit(CUSTOMERS);
        assertThat(reports).hasSize(1);
    }

    private static Pipeline fixedK(int k) {
        return Pipeline.builder().idColumn("customer_id").cluster(KMeans.builder().k(k).build()).seed(1).build();
    }

}
