package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.cluster.Dbscan;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

final class DbscanSelectionTest {
    /** Three blobs of 150 rows (unit spread, 10 apart) and 30 rows of uniform noise over [-20, 20]². */
    private static DMatrixRMaj blobsWithNoise() {
        Blobs blobs = Blobs.of(450, 2, 3, 10.0, 6);
        double[] data = new double[480 * 2];
        System.arraycopy(blobs.x.data, 0, data, 0, 900);
        SplittableRandom random = new SplittableRandom(2);
        for (int p = 900; p < 960; p++) {
            data[p] = -20.0 + 40.0 * random.nextDouble();
        }
        return DMatrixRMaj.wrap(480, 2, data);
    }

    @Test
    void finds_the_three_blobs_and_leaves_little_noise() {
        DMatrixRMaj x = blobsWithNoise();
        DbscanSelectionReport report = DbscanSelection.builder().minPts(5, 10).build().run(x);
        DbscanCandidate best = report.recommended();
        assertEquals(3, best.clusters(), report.toText());
        assertThat(best.noiseShare()).isLessThan(0.3);
        assertThat(best.warnings()).isEmpty();
        assertEquals(10, report.candidates().size());
        // The suggestion is Dbscan's own k-distance knee, and the grid multiplies it.
        assertEquals(Dbscan.suggestEps(x, 5).eps(), report.suggestions().get(0).eps(), 0.0);
        assertEquals(0.5 * report.suggestions().get(0).eps(), report.candidates().get(0).eps(), 0.0);
        // The scores are those of the recommended model's labels.
        int[] labels = report.recommendedModel().labels();
        assertEquals(Silhouette.exact(x, labels).score(), best.silhouette(), 0.0);
        assertEquals(SizeDistribution.of(labels).noiseShare(), best.noiseShare(), 0.0);
        assertThat(report.reason()).startsWith(String.format(java.util.Locale.ROOT, "eps=%.4g, minPts=%d: highest silhouette",
                best.eps(), best.minPts()));
    }

    @Test
    void warns_when_everything_is_noise_or_one_cluster() {
        DMatrixRMaj x = blobsWithNoise();
        DbscanSelectionReport tiny = DbscanSelection.builder().minPts(10).epsFactors(1e-4).build().run(x);
        assertThat(tiny.candidates().get(0).warnings()).first().asString().startsWith("nearly everything is noise");
        assertThat(tiny.warnings()).anyMatch(w -> w.startsWith("every setting left nearly everything as noise"));
        DbscanSelectionReport huge = DbscanSelection.builder().minPts(5).epsFactors(100).build().run(x);
        assertThat(huge.candidates().get(0).warnings()).containsExactly(
                "one cluster: eps is large enough to join every dense region");
        assertThat(huge.warnings()).anyMatch(w -> w.startsWith("no setting found two clusters"));
    }

    @Test
    void rejects_bad_settings_naming_them() {
        assertThatThrownBy(() -> DbscanSelection.builder().minPts(5, 1)).hasMessage("minPts must be >= 2 (was 1)");
        assertThatThrownBy(() -> DbscanSelection.builder().epsFactors(0.0))
                .hasMessage("epsFactors must be finite and > 0.0 (was 0.0)");
        assertThatThrownBy(() -> DbscanSelection.builder().maxNoiseShare(1.5))
                .hasMessage("maxNoiseShare must be between 0.0 and 1.0 (was 1.5)");
    }
}
