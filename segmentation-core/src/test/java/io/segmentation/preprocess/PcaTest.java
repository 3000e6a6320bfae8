package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.FeatureMatrix;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class PcaTest {
    private static final double R2 = Math.sqrt(2);

    // Rows (3,1), (1,3), (-3,-1), (-1,-3): mean 0, Σx² = Σy² = 20, Σxy = 12, so with divisor n - 1 = 3 the
    // covariance is [[20/3, 4], [4, 20/3]]: eigenvalues 32/3 along (1,1)/√2 and 8/3 along (1,-1)/√2
    // (equal magnitudes, so the first loading is made positive). Ratios 0.8 and 0.2.
    private static FeatureMatrix square() {
        return FeatureMatrix.of(new double[] {3, 1, 1, 3, -3, -1, -1, -3}, 4, 2, List.of("a", "b"));
    }

    @Test
    void two_by_two_case_matches_hand_values() {
        FittedPca f = Pca.components(2).fit(square());
        assertArrayEquals(new double[] {32 / 3.0, 8 / 3.0}, f.explainedVariance(), 1e-13);
        assertArrayEquals(new double[] {0.8, 0.2}, f.explainedVarianceRatio(), 1e-14);
        assertArrayEquals(new double[] {1 / R2, 1 / R2}, f.component(0), 1e-14);
        assertArrayEquals(new double[] {1 / R2, -1 / R2}, f.component(1), 1e-14);
        // Row (3,1): scores 4/√2 = 2√2 and 2/√2 = √2.
        FeatureMatrix z = f.transform(square());
        assertArrayEquals(new double[] {2 * R2, R2}, z.row(0), 1e-13);
        assertEquals(List.of("pc1", "pc2"), z.featureNames());
        assertEquals(List.of("pc1", "pc2"), z.sourceColumns());
    }

    @Test
    void keep_variance_takes_the_fewest_components_reaching_the_share() {
        assertEquals(1, Pca.keepVariance(0.8).fit(square()).componentCount());
        assertEquals(2, Pca.keepVariance(0.81).fit(square()).componentCount());
        assertEquals(2, Pca.keepVariance(1.0).fit(square()).componentCount());
        assertEquals(1, Pca.keepVariance(0.5).fit(square()).componentCount());
    }

    @Test
    void whitened_scores_have_unit_sample_variance() {
        FeatureMatrix z = Pca.components(2).whiten().fit(square()).transform(square());
        for (int c = 0; c < 2; c++) {
            double ss = 0;
            for (int i = 0; i < 4; i++) {
                ss += z.get(i, c) * z.get(i, c); // scores have mean 0
            }
            assertEquals(1.0, ss / 3, 1e-13);
        }
    }

    @Test
    void components_and_variances_agree_with_power_iteration_on_random_data() {
        long seed = 20240607L;
        SplittableRandom random = new SplittableRandom(seed);
        int n = 400;
        int d = 5;
        double[] sd = {5, 3, 2, 1, 0.5};
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            double[] z = new double[d];
            for (int j = 0; j < d; j++) {
                z[j] = random.nextGaussian() * sd[j];
            }
            // A fixed mixing (lower triangular) so the axes are not the components.
            for (int j = 0; j < d; j++) {
                double s = 10.0 * j;
                for (int k = 0; k <= j; k++) {
                    s += z[k] * (k == j ? 1.0 : 0.3);
                }
                x[i * d + j] = s;
            }
        }
        FeatureMatrix m = FeatureMatrix.of(x, n, d, List.of("a", "b", "c", "e", "f"));
        FittedPca f = Pca.components(d).fit(m);

        // Independent computation: naive two-pass covariance, then power iteration with deflation.
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j] / n;
            }
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a][b] += (x[i * d + a] - mean[a]) * (x[i * d + b] - mean[b]) / (n - 1);
                }
            }
        }
        double total = 0;
        for (int j = 0; j < d; j++) {
            total += cov[j][j];
        }
        for (int c = 0; c < d; c++) {
            double[] v = new double[d];
            java.util.Arrays.fill(v, 1.0);
            double lambda = 0;
            for (int it = 0; it < 5000; it++) {
                double[] w = new double[d];
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        w[a] += cov[a][b] * v[b];
                    }
                }
                double norm = 0;
                for (double e : w) {
                    norm += e * e;
                }
                norm = Math.sqrt(norm);
                for (int a = 0; a < d; a++) {
                    v[a] = w[a] / norm;
                }
                lambda = norm;
            }
            int big = 0;
            for (int a = 1; a < d; a++) {
                if (Math.abs(v[a]) > Math.abs(v[big])) {
                    big = a;
                }
            }
            if (v[big] < 0) {
                for (int a = 0; a < d; a++) {
                    v[a] = -v[a];
                }
            }
            assertEquals(lambda, f.explainedVariance()[c], 1e-9 * lambda, "seed " + seed + ", component " + c);
            assertEquals(lambda / total, f.explainedVarianceRatio()[c], 1e-9, "seed " + seed + ", component " + c);
            assertArrayEquals(v, f.component(c), 1e-7, "seed " + seed + ", component " + c);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a][b] -= lambda * v[a] * v[b];
                }
            }
        }
    }

    @Test
    void the_largest_loading_of_every_component_is_positive_and_refits_agree() {
        SplittableRandom random = new SplittableRandom(3);
        double[] x = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() * (1 + i % 3);
        }
        FeatureMatrix m = FeatureMatrix.of(x, 100, 3, List.of("a", "b", "c"));
        FittedPca f = Pca.components(3).fit(m);
        for (int c = 0; c < 3; c++) {
            double[] v = f.component(c);
            double big = 0;
            for (double e : v) {
                big = Math.abs(e) > Math.abs(big) ? e : big;
            }
            assertEquals(true, big > 0, "seed 3, component " + c);
        }
        assertEquals(f, Pca.components(3).fit(m));
    }

    @Test
    void one_and_three_threads_give_bit_identical_results() {
        long seed = 99L;
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3 * 4096 + 17; // four chunks, the last one short
        double[] x = new double[n * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() * (1 + i % 3) + 1e6;
        }
        FeatureMatrix m = FeatureMatrix.of(x, n, 3, List.of("a", "b", "c"));
        FittedPca one = Pca.components(3).threads(1).fit(m);
        FittedPca three = Pca.components(3).threads(3).fit(m);
        assertEquals(one, three, "seed " + seed);
        assertArrayEquals(one.project(m.toArray(), n, 1), one.project(m.toArray(), n, 3), 0.0, "seed " + seed);
    }

    @Test
    void the_input_matrix_is_unchanged() {
        FeatureMatrix m = square();
        double[] before = m.toArray();
        Pca.components(1).fit(m).transform(m);
        assertArrayEquals(before, m.toArray(), 0.0);
    }

    @Test
    void rejects_bad_data_naming_the_step() {
        FeatureMatrix one = FeatureMatrix.of(new double[] {1, 2}, 1, 2, List.of("a", "b"));
        assertThatThrownBy(() -> Pca.components(1).fit(one)).hasMessage("pca step: needs at least 2 rows (was 1)");
        assertThatThrownBy(() -> Pca.components(3).fit(square()))
                .hasMessage("pca step: components must be <= number of features (was components=3, features=2)");
        FeatureMatrix nan = FeatureMatrix.of(new double[] {1, 2, Double.NaN, 4}, 2, 2, List.of("a", "b"));
        assertThatThrownBy(() -> Pca.components(1).fit(nan))
                .hasMessage("pca step, column \"a\", row 1: NaN (missing); impute missing values before this step");
        FeatureMatrix constant = FeatureMatrix.of(new double[] {1, 2, 1, 2}, 2, 2, List.of("a", "b"));
        assertThatThrownBy(() -> Pca.keepVariance(0.9).fit(constant))
                .hasMessage("pca step: every feature is constant, so there is no variance to keep");
        FeatureMatrix flat = FeatureMatrix.of(new double[] {1, 5, 2, 5, 3, 5}, 3, 2, List.of("a", "b"));
        assertThatThrownBy(() -> Pca.components(2).whiten().fit(flat))
                .hasMessage("pca step: component 2 has variance 0.0, so whitening would divide by zero; keep fewer "
                        + "components");
    }

    @Test
    void rejects_bad_arguments_by_name() {
        assertThatThrownBy(() -> Pca.components(0)).hasMessage("components must be >= 1 (was 0)");
        assertThatThrownBy(() -> Pca.keepVariance(0)).hasMessage("share must be finite and > 0.0 (was 0.0)");
        assertThatThrownBy(() -> Pca.keepVariance(1.5)).hasMessage("share must be between 0.0 and 1.0 (was 1.5)");
        assertThatThrownBy(() -> Pca.components(2).threads(0)).hasMessage("threads must be >= 1 (was 0)");
    }
}
