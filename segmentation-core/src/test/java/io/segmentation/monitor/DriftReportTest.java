package io.segmentation.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class DriftReportTest {
    private static DriftReport report(double psiA, double shift, double far) {
        DriftThresholds t = DriftThresholds.defaults();
        return new DriftReport(500, List.of(
                new FeatureDrift("a", true, psiA, 0.1, 0.0, DriftStatus.of(psiA, t.psiWatch(), t.psiRetrain())),
                new FeatureDrift("longer_name", false, 0.01, Double.NaN, 0.02, DriftStatus.STABLE)),
                List.of(new SegmentDrift(0, "Loyal", 0.5, 0.5, shift, shift, DriftStatus.of(shift,
                        t.centreShiftWatch(), t.centreShiftRetrain()))),
                0.0, 0.0, 0.0, 0.01, far, 2.5, t);
    }

    @Test
    void the_worst_measure_sets_the_status_and_is_named_in_the_recommendation() {
        assertEquals(DriftStatus.STABLE, report(0.05, 0.1, 0.01).status());
        DriftReport watch = report(0.15, 0.1, 0.01);
        assertEquals(DriftStatus.WATCH, watch.status());
        assertThat(watch.recommendation()).contains("column \"a\" (PSI 0.150)");
        DriftReport retrain = report(0.15, 1.2, 0.01);
        assertEquals(DriftStatus.RETRAIN, retrain.status());
        assertThat(retrain.recommendation()).contains("centre of segment 0 \"Loyal\"").contains("also watch column");
        assertEquals(DriftStatus.RETRAIN, report(0.0, 0.0, 0.06).status());
    }

    @Test
    void chart_accessors_follow_the_feature_order() {
        DriftReport r = report(0.3, 0.1, 0.01);
        assertEquals(List.of("a", "longer_name"), r.featureNames());
        assertArrayEquals(new double[] {0.3, 0.01}, r.psiValues());
        assertArrayEquals(new double[] {0.1, Double.NaN}, r.ksValues());
        assertEquals(0.25, r.thresholds().psiRetrain());
    }

    @Test
    void text_has_one_aligned_line_per_column() {
        String text = report(0.3, 0.1, 0.01).toText();
        List<String> lines = text.lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("column")).findFirst().orElseThrow();
        String a = lines.stream().filter(l -> l.startsWith("a ")).findFirst().orElseThrow();
        String other = lines.stream().filter(l -> l.startsWith("longer_name")).findFirst().orElseThrow();
        // The PSI column ends at the same position on every line.
        int end = header.indexOf("PSI") + 3;
        assertEquals(end, a.indexOf("0.3000") + 6);
        assertEquals(end, other.indexOf("0.0100") + 6);
        assertThat(text).startsWith("Drift of 500 customers: RETRAIN");
    }
}
