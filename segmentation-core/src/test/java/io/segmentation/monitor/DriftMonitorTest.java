package io.segmentation.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.SegmentationModel;
import io.segmentation.data.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class DriftMonitorTest {
    private static final Dataset TRAINING = Blobs.customers(3_000, 1, 0, 0.2);
    private static final SegmentationModel MODEL = Blobs.model(TRAINING, 2);

    @Test
    void a_fresh_sample_of_the_training_distribution_is_stable() {
        // Sampling noise alone gives PSI of about (bins - 1)·(1/3000 + 1/4000) ≈ 0.005 per column, far below 0.1.
        DriftReport report = DriftMonitor.of(MODEL).check(Blobs.customers(4_000, 99, 0, 0.2));
        assertEquals(DriftStatus.STABLE, report.status(), report.toText());
        for (double psi : report.psiValues()) {
            assertThat(psi).isLessThan(0.05);
        }
        assertThat(report.feature("x").ks()).isLessThan(0.05);
        assertThat(report.segmentSharePsi()).isLessThan(0.05);
        assertThat(report.farShare()).isLessThan(0.02);
        assertThat(report.recommendation()).startsWith("Stable");
    }

    @Test
    void a_shifted_column_is_flagged_for_retraining_and_named() {
        // x moves by 3 standard deviations of a blob: most customers change decile bin.
        DriftReport report = DriftMonitor.of(MODEL).check(Blobs.customers(4_000, 99, 3, 0.2));
        assertEquals(DriftStatus.RETRAIN, report.status());
        assertEquals(DriftStatus.RETRAIN, report.feature("x").status());
        assertThat(report.feature("x").psi()).isGreaterThan(0.25);
        assertThat(report.feature("x").ks()).isGreaterThan(0.2);
        assertEquals(DriftStatus.STABLE, report.feature("y").status());
        assertThat(report.recommendation()).startsWith("Retrain").contains("column \"x\"");
    }

    @Test
    void a_changed_category_mix_is_flagged_on_the_categorical_column() {
        // Phone share 0.2 -> 0.6, web and store 0.4 each -> 0.2 each:
        // PSI = 0.4·ln 3 + 2·(-0.2)·ln 0.5 = 0.4394 + 0.2773 = 0.7167 for the true shares. Both samples are
        // noisy (3,000 training rows give phone 0.2 ± 0.007, and ln(0.6/0.2) moves by about 4% per 0.007),
        // hence the tolerance of 0.15.
        DriftReport report = DriftMonitor.of(MODEL).check(Blobs.customers(4_000, 99, 0, 0.6));
        FeatureDrift channel = report.feature("channel");
        assertEquals(0.4 * Math.log(3) + 0.4 * Math.log(2), channel.psi(), 0.15);
        assertEquals(DriftStatus.RETRAIN, channel.status());
        assertEquals(Double.NaN, channel.ks());
    }

    @Test
    void customers_far_from_every_centre_are_counted() {
        // Shifting every coordinate far away puts everyone beyond the training 99th percentile distance.
        Dataset far = Blobs.customers(1_000, 5, 40, 0.2);
        DriftReport report = DriftMonitor.of(MODEL).check(far);
        assertEquals(1.0, report.farShare(), 0.0);
        assertEquals(DriftStatus.RETRAIN, report.farShareStatus());
    }

    @Test
    void thresholds_are_configurable() {
        Dataset fresh = Blobs.customers(4_000, 99, 0, 0.2);
        DriftReport strict = DriftMonitor.of(MODEL).withThresholds(DriftThresholds.defaults().withPsi(1e-9, 1))
                .check(fresh);
        assertEquals(DriftStatus.WATCH, strict.status());
        assertThat(strict.recommendation()).startsWith("Watch");
    }

    @Test
    void a_model_without_reference_fails_with_a_clear_message() throws IOException {
        SegmentationModel golden = SegmentationModel.load(Path.of("src", "test", "resources", "io", "segmentation",
                "segmentation-model-v1.json"));
        assertThatThrownBy(() -> DriftMonitor.of(golden)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model has no training reference");
    }

    @Test
    void a_missing_input_column_is_named() {
        assertThatThrownBy(() -> DriftMonitor.of(MODEL).check(Blobs.customers(100, 3, 0, 0.2).drop("y")))
                .hasMessageContaining("input column \"y\"");
    }

    @Test
    void a_batch_below_the_minimum_is_refused_with_its_count() {
        assertThatThrownBy(() -> DriftMonitor.of(MODEL).check(Blobs.customers(200, 7, 0, 0.2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("customers must have at least 1000 rows for a drift check (was 200)");
        DriftReport lowered = DriftMonitor.of(MODEL).withThresholds(DriftThresholds.defaults().withMinimumRows(200))
                .check(Blobs.customers(200, 7, 0, 0.2));
        assertEquals(200, lowered.rows());
    }

    @Test
    void fresh_samples_of_the_minimum_size_are_stable_in_nearly_every_seed() {
        // The reason for the default minimum: samples of 1,000 fresh customers from the training distribution
        // must not look drifted. Allowed: 1 false alarm in 20 seeds (the far share alone is 2% or more with
        // binomial probability about 0.3% at n = 1,000, p = 1%; every PSI is about 9/1,000 on average).
        int stable = 0;
        for (long seed = 200; seed < 220; seed++) {
            DriftReport report = DriftMonitor.of(MODEL).check(Blobs.customers(DriftThresholds.DEFAULT_MINIMUM_ROWS,
                    seed, 0, 0.2));
            stable += report.status() == DriftStatus.STABLE ? 1 : 0;
        }
        assertThat(stable).isGreaterThanOrEqualTo(19);
    }
}
