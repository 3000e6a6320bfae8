package io.segmentation.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segmentation.io.StateReader;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Invariants every clusterer keeps, checked on seeded, well-separated Gaussian blobs. A clusterer's
 * test extends this class and says how to configure the algorithm for {@code k} blobs.
 */
abstract class ClustererContract {
    static final int K = 4;
    static final int D = 3;
    static final long[] SEEDS = {11, 12, 13};

    /** The algorithm configured to find {@code k} well-separated blobs, with {@code seed}. */
    abstract Clusterer clusterer(int k, long seed);

    /**
     * Calls that must throw {@link IllegalArgumentException}, each keyed by the parameter name the
     * message must contain.
     */
    abstract Map<String, Runnable> badParameters();

    /** Rows large enough to span several chunks, so that threads really share the work. */
    int rows() {
        return 9_000;
    }

    /**
     * {@code n} rows around {@code k} centres 12 units apart on the axes (a 3-simplex corner each) with
     * standard deviation 0.5: every algorithm separates them, so partitions can be compared exactly.
     */
    static DMatrixRMaj blobs(long seed, int n, int d, int k) {
        SplittableRandom random = new SplittableRandom(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            int c = i % k;
            for (int j = 0; j < d; j++) {
                double centre = (c > 0 && j == (c - 1) % d) ? 12.0 * (1 + (c - 1) / d) : 0.0;
                x.data[i * d + j] = centre + 0.5 * gaussian(random);
            }
        }
        return x;
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller; 1 - u keeps the logarithm's argument in (0, 1].
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /** Whether two labelings are the same partition: a bijection of labels with noise mapped to noise. */
    static boolean samePartition(int[] a, int[] b) {
        if (a.length != b.length) {
            return false;
        }
        Map<Integer, Integer> ab = new HashMap<>();
        Map<Integer, Integer> ba = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            if ((a[i] == ClusterModel.NOISE) != (b[i] == ClusterModel.NOISE)) {
                return false;
            }
            Integer prevB = ab.putIfAbsent(a[i], b[i]);
            Integer prevA = ba.putIfAbsent(b[i], a[i]);
            if ((prevB != null && prevB != b[i]) || (prevA != null && prevA != a[i])) {
                return false;
            }
        }
        return true;
    }

    @Test
    final void same_seed_gives_identical_results_on_1_and_4_threads() {
        for (long seed : SEEDS) {
            DMatrixRMaj x = blobs(seed, rows(), D, K);
            ClusterModel one = clusterer(K, seed).withThreads(1).fit(x);
            ClusterModel four = clusterer(K, seed).withThreads(4).fit(x);
            assertArrayEquals(one.labels(), four.labels(), "labels, seed " + seed);
            assertArrayEquals(one.centres(), four.centres(), "centres, seed " + seed);
            assertArrayEquals(one.report().objective(), four.report().objective(), "objective, seed " + seed);
        }
    }

    @Test
    final void shuffled_rows_give_the_same_partition() {
        for (long seed : SEEDS) {
            DMatrixRMaj x = blobs(seed, rows(), D, K);
            int n = x.numRows;
            int[] perm = permutation(n, new SplittableRandom(seed + 1000));
            DMatrixRMaj shuffled = new DMatrixRMaj(n, D);
            for (int i = 0; i < n; i++) {
                System.arraycopy(x.data, perm[i] * D, shuffled.data, i * D, D);
            }
            int[] labels = clusterer(K, seed).fit(x).labels();
            int[] shuffledLabels = clusterer(K, seed).fit(shuffled).labels();
            int[] back = new int[n];
            for (int i = 0; i < n; i++) {
                back[perm[i]] = shuffledLabels[i];
            }
            assertThat(samePartition(labels, back)).as("same partition after shuffling, seed " + seed).isTrue();
        }
    }

    @Test
    final void finds_the_blobs_with_labels_in_range() {
        for (long seed : SEEDS) {
            DMatrixRMaj x = blobs(seed, rows(), D, K);
            ClusterModel model = clusterer(K, seed).fit(x);
            int[] truth = new int[x.numRows];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = i % K;
            }
            assertEquals(K, model.clusterCount(), "clusters, seed " + seed);
            assertEquals(D, model.dimension(), "dimension, seed " + seed);
            assertEquals(K * D, model.centres().length, "centres, seed " + seed);
            assertThat(samePartition(truth, model.labels())).as("blobs recovered, seed " + seed).isTrue();
        }
    }

    @Test
    final void input_is_not_modified() {
        DMatrixRMaj x = blobs(SEEDS[0], rows(), D, K);
        double[] copy = x.data.clone();
        clusterer(K, SEEDS[0]).withThreads(2).fit(x);
        assertArrayEquals(copy, x.data);
    }

    @Test
    final void predict_of_training_rows_reproduces_the_labels() {
        for (long seed : SEEDS) {
            DMatrixRMaj x = blobs(seed, rows(), D, K);
            ClusterModel model = clusterer(K, seed).fit(x);
            int[] labels = model.labels();
            assertArrayEquals(labels, model.predictAll(x), "predictAll, seed " + seed);
            for (int i = 0; i < x.numRows; i += 97) {
                double[] row = java.util.Arrays.copyOfRange(x.data, i * D, i * D + D);
                assertEquals(labels[i], model.predict(row), "predict row " + i + ", seed " + seed);
            }
        }
    }

    @Test
    final void saved_and_reloaded_model_predicts_identically() {
        DMatrixRMaj x = blobs(SEEDS[0], rows(), D, K);
        ClusterModel model = clusterer(K, SEEDS[0]).fit(x);
        String json = model.toState().toString();
        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        ClusterModel loaded = ClusterModel.read(new StateReader(parsed));
        assertEquals(model.algorithm(), loaded.algorithm());
        assertEquals(model.clusterCount(), loaded.clusterCount());
        assertArrayEquals(model.centres(), loaded.centres());
        assertArrayEquals(model.labels(), loaded.predictAll(x));
    }

    @Test
    final void bad_parameters_are_named_in_the_message() {
        Map<String, Runnable> cases = badParameters();
        assertThat(cases).isNotEmpty();
        cases.forEach((name, call) -> assertThatThrownBy(call::run)
                .as(name)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name));
    }

    @Test
    final void rejects_a_nan_cell_naming_its_row_and_column() {
        DMatrixRMaj x = blobs(SEEDS[0], 200, D, K);
        x.set(17, 2, Double.NaN);
        assertThatThrownBy(() -> clusterer(K, SEEDS[0]).fit(x))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 17, column 2");
    }

    @Test
    final void predict_rejects_a_row_of_the_wrong_length() {
        ClusterModel model = clusterer(K, SEEDS[0]).fit(blobs(SEEDS[0], 400, D, K));
        assertThatThrownBy(() -> model.predict(new double[D + 1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row must have " + D + " values");
    }

    static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
