package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

final class CalinskiHarabaszTest {
    @Test
    void scores_two_one_dimensional_pairs_by_hand() {
        // A = {0, 2}, B = {5, 7}: means 1 and 6, grand mean 3.5. B = 2·2.5² + 2·2.5² = 25,
        // W = 1 + 1 + 1 + 1 = 4, m = 4, k = 2: CH = (25 / 1) / (4 / 2) = 12.5. The noise row is ignored.
        DMatrixRMaj x = DMatrixRMaj.wrap(5, 1, new double[] {0, 2, 5, 7, -40});
        assertEquals(12.5, CalinskiHarabasz.of(x, new int[] {0, 0, 1, 1, -1}), 1e-13);
    }

    @Test
    void scores_a_two_dimensional_case_by_hand() {
        // Cluster 0: (0,0), (2,0), (1,3) -> mean (1,1); squared distances 2, 2, 4: W0 = 8.
        // Cluster 1: (10,10), (10,12) -> mean (10,11); W1 = 1 + 1 = 2. W = 10, m = 5, k = 2.
        // Grand mean (23/5, 25/5) = (4.6, 5). B = 3·(3.6² + 4²) + 2·(5.4² + 6²) = 3·28.96 + 2·65.16 = 217.2.
        // CH = 217.2 / (10 / 3) = 65.16.
        DMatrixRMaj x = DMatrixRMaj.wrap(5, 2, new double[] {0, 0, 2, 0, 1, 3, 10, 10, 10, 12});
        assertEquals(65.16, CalinskiHarabasz.of(x, new int[] {0, 0, 0, 1, 1}), 1e-12);
    }

    @Test
    void is_infinite_when_every_row_sits_on_its_mean() {
        DMatrixRMaj x = DMatrixRMaj.wrap(4, 1, new double[] {1, 1, 3, 3});
        assertEquals(Double.POSITIVE_INFINITY, CalinskiHarabasz.of(x, new int[] {0, 0, 1, 1}));
    }

    @Test
    void is_bit_identical_on_one_and_four_threads() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 20_000;
        double[] data = random.doubles(n * 3L).toArray();
        int[] labels = random.ints(n, 0, 6).toArray();
        DMatrixRMaj x = DMatrixRMaj.wrap(n, 3, data);
        assertEquals(CalinskiHarabasz.of(x, labels, 1), CalinskiHarabasz.of(x, labels, 4), 0.0);
    }

    @Test
    void rejects_too_few_clusters_or_rows() {
        DMatrixRMaj x = DMatrixRMaj.wrap(2, 1, new double[] {0, 1});
        assertThatThrownBy(() -> CalinskiHarabasz.of(x, new int[] {0, 0}))
                .hasMessage("Calinski-Harabasz needs at least 2 non-empty clusters (was 1, with 0 noise rows excluded)");
        assertThatThrownBy(() -> CalinskiHarabasz.of(x, new int[] {0, 1}))
                .hasMessage("Calinski-Harabasz needs more non-noise rows than clusters (was 2 rows, 2 clusters)");
    }
}
