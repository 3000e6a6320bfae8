package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.io.StateReader;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class FittedPcaTest {
    private static FeatureMatrix data(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[50 * 4];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() * (1 + i % 4) + (i % 4);
        }
        return FeatureMatrix.of(x, 50, 4, List.of("a", "b", "c", "e"));
    }

    @Test
    void inverse_of_all_components_reconstructs_the_rows() {
        FeatureMatrix m = data(1);
        for (FittedPca f : List.of(Pca.components(4).fit(m), Pca.components(4).whiten().fit(m))) {
            FeatureMatrix back = f.inverseTransform(f.transform(m));
            assertArrayEquals(m.toArray(), back.toArray(), 1e-12);
            assertEquals(m.featureNames(), back.featureNames());
        }
    }

    @Test
    void inverse_of_fewer_components_is_the_projection_onto_them() {
        // Reconstructing twice changes nothing: the rank-k reconstruction is a projection.
        FeatureMatrix m = data(2);
        FittedPca f = Pca.components(2).fit(m);
        FeatureMatrix once = f.inverseTransform(f.transform(m));
        FeatureMatrix twice = f.inverseTransform(f.transform(once));
        assertArrayEquals(once.toArray(), twice.toArray(), 1e-12);
    }

    @Test
    void transform_row_equals_the_matrix_transform() {
        FeatureMatrix m = data(3);
        FittedPca f = Pca.components(3).whiten().fit(m);
        FeatureMatrix z = f.transform(m);
        for (int i = 0; i < m.rowCount(); i++) {
            assertArrayEquals(z.row(i), f.transformRow(m.row(i)), 0.0);
        }
    }

    @Test
    void round_trip_gives_an_equal_object_and_identical_scores() {
        FeatureMatrix m = data(4);
        FittedPca f = Pca.keepVariance(0.7).whiten().fit(m);
        FittedPca back = FittedPca.read(States.reread(f.toState()));
        assertEquals(f, back);
        assertEquals(f.transform(m), back.transform(m));
    }

    @Test
    void rejects_other_features_rows_of_the_wrong_length_and_scores_of_the_wrong_width() {
        FittedPca f = Pca.components(2).fit(data(5));
        FeatureMatrix other = FeatureMatrix.of(new double[4], 1, 4, List.of("a", "b", "c", "d"));
        assertThatThrownBy(() -> f.transform(other))
                .hasMessage("pca step: expected the features [a, b, c, e], found [a, b, c, d]");
        assertThatThrownBy(() -> f.transformRow(new double[3])).hasMessage("pca step: expected a row of 4 values, found 3");
        assertThatThrownBy(() -> f.transformRow(new double[] {0, Double.POSITIVE_INFINITY, 0, 0}))
                .hasMessage("pca step, column \"b\", row 0: Infinity; only finite values can be used");
        FeatureMatrix wide = FeatureMatrix.of(new double[3], 1, 3, List.of("x", "y", "z"));
        assertThatThrownBy(() -> f.inverseTransform(wide))
                .hasMessage("pca step: expected scores of 2 components, found 3");
    }

    @Test
    void rejects_state_with_the_wrong_number_of_loadings() {
        JsonObject state = Pca.components(2).fit(data(6)).toState();
        state.add("components", new com.google.gson.Gson().toJsonTree(new double[7]));
        assertThatThrownBy(() -> FittedPca.read(new StateReader(state)))
                .hasMessage("$.components: expected 8 values, found 7");
    }
}
