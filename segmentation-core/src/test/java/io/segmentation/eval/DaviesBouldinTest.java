package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

final class DaviesBouldinTest {
    @Test
    void scores_three_one_dimensional_clusters_by_hand() {
        // A = {0, 2} (mean 1, S = 1), B = {5, 7} (mean 6, S = 1), C = {20} (S = 0).
        // R_AB = 2/5, R_AC = 1/19, R_BC = 1/14: worst per cluster 2/5, 2/5, 1/14.
        DMatrixRMaj x = DMatrixRMaj.wrap(6, 1, new double[] {0, 2, 5, 7, 20, 3});
        double db = DaviesBouldin.of(x, new int[] {0, 0, 1, 1, 2, -1});
        assertEquals((0.4 + 0.4 + 1.0 / 14.0) / 3.0, db, 1e-15);
    }

    @Test
    void matches_the_scikit_learn_docstring_example() {
        // scikit-learn 1.4 docstring of davies_bouldin_score: X = [[0, 1], [1, 1], [3, 4]], labels [0, 0, 1]
        // prints 0.12... By hand: S_0 = 0.5 (mean (0.5, 1)), S_1 = 0, distance of means sqrt(2.5² + 3²).
        DMatrixRMaj x = DMatrixRMaj.wrap(3, 2, new double[] {0, 1, 1, 1, 3, 4});
        double db = DaviesBouldin.of(x, new int[] {0, 0, 1});
        assertEquals(0.5 / Math.sqrt(15.25), db, 1e-15);
        assertEquals(0.12, db, 0.01);
    }

    @Test
    void coincident_means_are_indistinguishable() {
        // Both clusters have mean 1, spreads 1 and 0: the ratio is infinite.
        DMatrixRMaj x = DMatrixRMaj.wrap(3, 1, new double[] {0, 2, 1});
        assertEquals(Double.POSITIVE_INFINITY, DaviesBouldin.of(x, new int[] {0, 0, 1}));
    }

    @Test
    void is_bit_identical_on_one_and_four_threads() {
        SplittableRandom random = new SplittableRandom(4);
        int n = 20_000;
        DMatrixRMaj x = DMatrixRMaj.wrap(n, 2, random.doubles(n * 2L).toArray());
        int[] labels = random.ints(n, -1, 5).toArray();
        assertEquals(DaviesBouldin.of(x, labels, 1), DaviesBouldin.of(x, labels, 4), 0.0);
    }

    @Test
    void rejects_a_single_cluster() {
        DMatrixRMaj x = DMatrixRMaj.wrap(3, 1, new double[] {0, 1, 2});
        assertThatThrownBy(() -> DaviesBouldin.of(x, new int[] {0, -1, 0}))
                .hasMessage("Davies-Bouldin needs at least 2 non-empty clusters (was 1, with 1 noise rows excluded)");
    }
}
