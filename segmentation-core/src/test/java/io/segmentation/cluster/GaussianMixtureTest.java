package io.segmentation.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.segmentation.cluster.GaussianMixture.Covariance;
import io.segmentation.io.StateReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class GaussianMixtureTest extends ClustererContract {
    private static final double REG = 1e-6;

    @Override
    Clusterer clusterer(int k, long seed) {
        return GaussianMixture.builder().k(k).seed(seed).build();
    }

    @Override
    Map<String, Runnable> badParameters() {
        Map<String, Runnable> m = new LinkedHashMap<>();
        m.put("k", () -> GaussianMixture.builder().k(0));
        m.put("reg", () -> GaussianMixture.builder().reg(-1e-9));
        m.put("maxIterations", () -> GaussianMixture.builder().maxIterations(0));
        m.put("tolerance", () -> GaussianMixture.builder().tolerance(Double.NaN));
        m.put("nInit", () -> GaussianMixture.builder().nInit(0));
        m.put("threads", () -> GaussianMixture.builder().threads(0));
        return m;
    }

    /**
     * Two groups so far apart that every responsibility is exactly 0 or 1. Worked by hand:
     * A = (0,0), (1,0), (0,1), (3,3): mean (1,1), deviations (-1,-1), (0,-1), (-1,0), (2,2), so
     * var = (1+0+1+4)/4 = 1.5 in both features and cov = (1+0+0+4)/4 = 1.25.
     * B = (100,100), (101,100), (100,101), (101,101): mean (100.5,100.5), var 0.25, cov 0.
     * Tied = (4·A + 4·B)/8 = [[0.875, 0.625], [0.625, 0.875]].
     */
    private static final double[][] TWO_GROUPS = {
        {0, 0}, {100, 100}, {1, 0}, {101, 100}, {0, 1}, {100, 101}, {3, 3}, {101, 101}};

    private static int componentNear(GaussianMixtureModel model, double x, double y) {
        double[] m = model.means();
        int best = 0;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int c = 0; c < model.clusterCount(); c++) {
            double dist = (m[2 * c] - x) * (m[2 * c] - x) + (m[2 * c + 1] - y) * (m[2 * c + 1] - y);
            if (dist < bestDist) {
                bestDist = dist;
                best = c;
            }
        }
        return best;
    }

    @ParameterizedTest
    @EnumSource(Covariance.class)
    void each_covariance_type_matches_the_hand_worked_case(Covariance type) {
        GaussianMixtureModel model = GaussianMixture.builder().k(2).covariance(type).seed(1).build().fit(TWO_GROUPS);
        int a = componentNear(model, 1, 1);
        int b = 1 - a;
        assertArrayEquals(new double[] {0.5, 0.5}, model.weights(), 1e-12);
        assertArrayEquals(new double[] {1, 1}, java.util.Arrays.copyOfRange(model.means(), 2 * a, 2 * a + 2), 1e-12);
        assertArrayEquals(new double[] {100.5, 100.5}, java.util.Arrays.copyOfRange(model.means(), 2 * b, 2 * b + 2),
                1e-12);
        double[] expectedA;
        double[] expectedB;
        switch (type) {
            case FULL:
                expectedA = new double[] {1.5 + REG, 1.25, 1.25, 1.5 + REG};
                expectedB = new double[] {0.25 + REG, 0, 0, 0.25 + REG};
                break;
            case TIED:
                expectedA = new double[] {0.875 + REG, 0.625, 0.625, 0.875 + REG};
                expectedB = expectedA;
                break;
            case DIAGONAL:
                expectedA = new double[] {1.5 + REG, 0, 0, 1.5 + REG};
                expectedB = new double[] {0.25 + REG, 0, 0, 0.25 + REG};
                break;
            default: // spherical: the mean of the two variances, equal here
                expectedA = new double[] {1.5 + REG, 0, 0, 1.5 + REG};
                expectedB = new double[] {0.25 + REG, 0, 0, 0.25 + REG};
                break;
        }
        assertArrayEquals(expectedA, model.covariance(a), 1e-12, "component near (1,1)");
        assertArrayEquals(expectedB, model.covariance(b), 1e-12, "component near (100.5,100.5)");
        assertArrayEquals(new int[] {a, b, a, b, a, b, a, b}, model.labels());
    }

    @Test
    void spherical_variance_is_the_mean_of_the_feature_variances() {
        // By hand: (0,0), (2,0), (0,4), (2,4): variances 1 and 4, so the spherical variance is 2.5.
        GaussianMixtureModel model = GaussianMixture.builder().covariance(Covariance.SPHERICAL).build()
                .fit(new double[][] {{0, 0}, {2, 0}, {0, 4}, {2, 4}});
        assertArrayEquals(new double[] {2.5 + REG, 0, 0, 2.5 + REG}, model.covariance(0), 1e-12);
    }

    @ParameterizedTest
    @EnumSource(Covariance.class)
    void log_likelihood_never_decreases(Covariance type) {
        for (long seed : SEEDS) {
            // Three overlapping groups, so that EM takes many small steps.
            DMatrixRMaj x = Partitions.blobs(seed, 3_000, 2, 3, 2.5, 1.2);
            GaussianMixtureModel model = GaussianMixture.builder().k(3).covariance(type).tolerance(0.0)
                    .maxIterations(40).seed(seed).build().fit(x);
            double[] ll = model.report().objective();
            assertThat(ll.length).isEqualTo(40);
            for (int t = 1; t < ll.length; t++) {
                // EM's guarantee, up to rounding of a sum of 3,000 terms.
                assertThat(ll[t]).as(type + " iteration " + t + ", seed " + seed)
                        .isGreaterThanOrEqualTo(ll[t - 1] - 1e-9 * Math.abs(ll[t - 1]));
            }
            assertThat(model.trainingLogLikelihood()).isGreaterThanOrEqualTo(ll[ll.length - 1] - 1e-9 * Math.abs(ll[0]));
        }
    }

    @Test
    void recovers_a_known_mixture() {
        // Weights 0.5/0.3/0.2, means (0,0), (6,0), (0,6), covariances below; 40,000 rows. Standard errors:
        // weights ≤ 0.0025, means ≤ 0.013, covariance entries ≤ 0.026; the tolerances are about 4-6 of them.
        double[] w = {0.5, 0.3, 0.2};
        double[][] mu = {{0, 0}, {6, 0}, {0, 6}};
        double[][] cov = {{1, 0.5, 1}, {2, 0, 0.5}, {0.5, -0.3, 1.5}}; // a, b, c of [[a, b], [b, c]]
        int n = 40_000;
        SplittableRandom random = new SplittableRandom(77);
        DMatrixRMaj x = new DMatrixRMaj(n, 2);
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int c = u < w[0] ? 0 : u < w[0] + w[1] ? 1 : 2;
            double l11 = Math.sqrt(cov[c][0]);
            double l21 = cov[c][1] / l11;
            double l22 = Math.sqrt(cov[c][2] - l21 * l21);
            double z1 = gaussian(random);
            double z2 = gaussian(random);
            x.data[2 * i] = mu[c][0] + l11 * z1;
            x.data[2 * i + 1] = mu[c][1] + l21 * z1 + l22 * z2;
        }
        GaussianMixtureModel model = GaussianMixture.builder().k(3).seed(5).build().fit(x);
        for (int c = 0; c < 3; c++) {
            int m = componentNear(model, mu[c][0], mu[c][1]);
            assertEquals(w[c], model.weights()[m], 0.015, "weight " + c);
            assertEquals(mu[c][0], model.means()[2 * m], 0.06, "mean x " + c);
            assertEquals(mu[c][1], model.means()[2 * m + 1], 0.06, "mean y " + c);
            double[] s = model.covariance(m);
            assertEquals(cov[c][0], s[0], 0.1, "var x " + c);
            assertEquals(cov[c][1], s[1], 0.1, "cov " + c);
            assertEquals(cov[c][2], s[3], 0.1, "var y " + c);
        }
    }

    @ParameterizedTest
    @EnumSource(Covariance.class)
    void duplicate_rows_collapse_to_the_regularisation_without_nan(Covariance type) {
        // 300 copies of (5,5) and 300 rows around the origin: one component sits on the copies, where the
        // M-step's scatter is exactly 0, so its variances are reg (tied: shared with the other group).
        SplittableRandom random = new SplittableRandom(3);
        double[][] rows = new double[600][];
        for (int i = 0; i < 600; i++) {
            rows[i] = i % 2 == 0 ? new double[] {5, 5} : new double[] {gaussian(random), gaussian(random)};
        }
        GaussianMixtureModel model = GaussianMixture.builder().k(2).covariance(type).seed(3).build().fit(rows);
        for (double[] values : new double[][] {model.weights(), model.means(), model.covariance(0), model.covariance(1)}) {
            for (double v : values) {
                assertThat(v).isFinite();
            }
        }
        assertThat(model.trainingLogLikelihood()).isFinite();
        int dup = componentNear(model, 5, 5);
        if (type != Covariance.TIED) {
            assertEquals(REG, model.covariance(dup)[0], 1e-15);
        }
        double[] p = model.predictProbabilities(new double[] {5, 5});
        assertEquals(1.0, p[0] + p[1], 1e-15);
        assertEquals(dup, model.predict(new double[] {5, 5}));
    }

    @ParameterizedTest
    @EnumSource(value = Covariance.class, names = {"FULL", "DIAGONAL"})
    void a_component_that_collapses_even_after_regularisation_is_named(Covariance type) {
        double[][] rows = new double[10][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {1, 2};
        }
        GaussianMixture gmm = GaussianMixture.builder().covariance(type).reg(0.0).build();
        assertThatThrownBy(() -> gmm.fit(rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("covariance of component 0 is not positive definite after regularisation 0.0");
    }

    @Test
    void log_likelihood_bic_and_aic_match_the_closed_form() {
        // By hand: rows (0,0), (2,0), (0,2), (2,2), (1,1): mean (1,1), covariance 0.8·I, so with
        // s = 0.8 + reg, |Σ| = s² and Σ‖x − μ‖² = 8: LL = −5·ln 2π − 5·ln s − 4/s.
        // Parameters: 0 weights + 2 means + 3 covariance values = 5.
        double[][] rows = {{0, 0}, {2, 0}, {0, 2}, {2, 2}, {1, 1}};
        GaussianMixtureModel model = GaussianMixture.builder().build().fit(rows);
        DMatrixRMaj x = new DMatrixRMaj(rows);
        double s = 0.8 + REG;
        double ll = -5 * Math.log(2 * Math.PI) - 5 * Math.log(s) - 4 / s;
        assertEquals(ll, model.logLikelihood(x), 1e-12);
        assertEquals(5, model.parameterCount());
        assertEquals(-2 * ll + 5 * Math.log(5), model.bic(x), 1e-11);
        assertEquals(-2 * ll + 10, model.aic(x), 1e-11);
        assertEquals(ll, model.trainingLogLikelihood(), 1e-12);
    }

    @Test
    void parameter_counts_by_covariance_type() {
        // k = 2, d = 2: weights 1, means 4, covariances full 2·3, tied 3, diagonal 4, spherical 2.
        int[] expected = {11, 8, 9, 7};
        Covariance[] types = Covariance.values();
        for (int t = 0; t < types.length; t++) {
            GaussianMixtureModel model = GaussianMixture.builder().k(2).covariance(types[t]).build().fit(TWO_GROUPS);
            assertEquals(expected[t], model.parameterCount(), types[t].name());
        }
    }

    @Test
    void probabilities_sum_to_one_and_agree_with_predict() {
        DMatrixRMaj x = Partitions.blobs(8, 2_000, 3, 4, 3.0, 1.0);
        GaussianMixtureModel model = GaussianMixture.builder().k(4).seed(8).build().fit(x);
        for (int i = 0; i < x.numRows; i += 37) {
            double[] row = java.util.Arrays.copyOfRange(x.data, i * 3, i * 3 + 3);
            double[] p = model.predictProbabilities(row);
            double sum = 0.0;
            int best = 0;
            for (int c = 0; c < p.length; c++) {
                sum += p[c];
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            assertEquals(1.0, sum, 1e-12, "row " + i);
            assertEquals(best, model.predict(row), "row " + i);
        }
    }

    @Test
    void state_round_trip_keeps_every_value() {
        for (Covariance type : Covariance.values()) {
            GaussianMixtureModel model = GaussianMixture.builder().k(2).covariance(type).build().fit(TWO_GROUPS);
            JsonObject json = JsonParser.parseString(model.toState().toString()).getAsJsonObject();
            ClusterModel back = ClusterModel.read(new StateReader(json));
            assertEquals(model, back, type.name());
        }
    }

    @Test
    void reading_a_covariance_that_is_not_positive_definite_names_the_path() {
        GaussianMixtureModel model = GaussianMixture.builder().k(2).build().fit(TWO_GROUPS);
        JsonObject json = model.toState();
        JsonArray cov = json.getAsJsonArray("covariances");
        cov.set(1, new JsonPrimitive(5.0)); // |Σ| = 1.5·1.5 − 5·1.25 < 0
        cov.set(2, new JsonPrimitive(5.0));
        cov.set(5, new JsonPrimitive(5.0));
        cov.set(6, new JsonPrimitive(5.0));
        assertThatThrownBy(() -> GaussianMixtureModel.read(new StateReader(json)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("$.covariances: covariance of component");
    }

    @Test
    void reports_progress_once_per_em_iteration_and_stops_when_interrupted() {
        java.util.List<String> stages = new java.util.ArrayList<>();
        GaussianMixtureModel model = GaussianMixture.builder().k(2).progress((stage, done, total) -> stages.add(stage))
                .build().fit(TWO_GROUPS);
        long em = stages.stream().filter(st -> !st.contains("k-means")).count();
        assertEquals(model.report().iterations(), em);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> GaussianMixture.builder().k(2).threads(2).build().fit(TWO_GROUPS))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void rejects_k_larger_than_the_row_count() {
        assertThatThrownBy(() -> GaussianMixture.builder().k(3).build().fit(new double[][] {{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be <= number of rows (was k=3, rows=2)");
    }
}
