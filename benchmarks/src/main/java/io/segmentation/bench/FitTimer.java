package io.segmentation.bench;

import io.segmentation.cluster.Agglomerative;
import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.Clusterer;
import io.segmentation.cluster.Dbscan;
import io.segmentation.cluster.DbscanModel;
import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.GaussianMixtureModel;
import io.segmentation.cluster.KMeans;
import io.segmentation.cluster.KMeansModel;
import io.segmentation.cluster.Linkage;
import io.segmentation.cluster.internal.BlockDistances;
import io.segmentation.data.ColumnType;
import io.segmentation.data.CsvOptions;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.eval.AdjustedRand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Times whole fits on a CSV file with the same arguments and {@code key=value} output as
 * {@code shared/peers/sklearn_fit.py}, so the two run side by side on one machine:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.segmentation.bench.FitTimer --input FILE.csv [--label COLUMN]
 *      --algorithm kmeans|gmm|dbscan|agglomerative [--k N] [--covariance full|tied|diag|spherical]
 *      [--eps E] [--min-pts M] [--linkage ward|average|complete|single] [--n-init N] [--max-iter N]
 *      [--kmeans-algorithm lloyd|hamerly|elkan|minibatch] [--seed S] [--threads T] [--repeat R] [--warmup W]
 *      [--warmup-seconds S]
 * </pre>
 *
 * <p>Every column but the label is a feature, used as it is (no scaling). After untimed warm-up fits, at
 * least W of them (default 3) and for at least the warm-up seconds (default 2), fit r of R (default 3)
 * uses seed S + r. Prints {@code fit_seconds_median},
 * {@code fit_seconds_min}, {@code clusters}, {@code ari} (with a label column), and {@code inertia},
 * {@code iterations}, {@code seconds_per_iteration} for k-means or {@code log_likelihood},
 * {@code iterations} for mixtures, {@code noise_share} for DBSCAN, all from the last timed fit.
 * {@code --min-pts} counts the point itself, as scikit-learn's {@code min_samples}.
 */
public final class FitTimer {
    private FitTimer() {
    }

    /**
     * Runs the timing described in the class comment.
     *
     * @param args the arguments above
     * @throws IOException when the input cannot be read
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> a = parse(args);
        String input = required(a, "input");
        String label = a.get("label");
        Table table = readCsv(Path.of(input), label);
        int repeat = Integer.parseInt(a.getOrDefault("repeat", "3"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "3"));
        double warmupSeconds = Double.parseDouble(a.getOrDefault("warmup-seconds", "2"));
        long seed = Long.parseLong(a.getOrDefault("seed", "1"));

        // Warm up for at least W fits and at least the warm-up seconds: the JIT compiles the hot loops,
        // and the young generation, sized after the reading's garbage is collected, is filled and reused
        // at least once. Otherwise the timed fits allocate their scratch arrays in heap pages the process
        // has never touched, and on a VM each first touch costs about 12 µs per 4 KiB page: 30 ms of a
        // 40 ms fit at 100,000 × 16. A long-running application works in pages it has touched before.
        System.gc();
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int w = 0; w < warmup || System.nanoTime() < warmupEnd; w++) {
            make(a, seed + 1000 + w).fit(table.x);
        }
        double[] times = new double[repeat];
        ClusterModel model = null;
        for (int r = 0; r < repeat; r++) {
            Clusterer clusterer = make(a, seed + r);
            long t0 = System.nanoTime();
            model = clusterer.fit(table.x);
            times[r] = (System.nanoTime() - t0) / 1e9;
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = repeat % 2 == 1 ? sorted[repeat / 2] : 0.5 * (sorted[repeat / 2 - 1] + sorted[repeat / 2]);
        print("fit_seconds_median", median);
        print("fit_seconds_min", sorted[0]);
        int[] labels = model.labels();
        System.out.println("clusters=" + countClusters(labels));
        if (model instanceof KMeansModel km) {
            int iterations = km.report().iterations();
            print("inertia", km.inertia());
            print("seconds_per_iteration", times[repeat - 1] / iterations);
            System.out.println("iterations=" + iterations);
            System.out.println("distance_kernel=" + BlockDistances.get().name());
        }
        if (model instanceof GaussianMixtureModel gm) {
            print("log_likelihood", gm.trainingLogLikelihood());
            System.out.println("iterations=" + gm.report().iterations());
        }
        if (model instanceof DbscanModel db) {
            print("noise_share", (double) db.noiseCount() / labels.length);
        }
        if (table.truth != null) {
            print("ari", AdjustedRand.of(table.truth, labels));
        }
    }

    /** The clusterer for {@code --algorithm}: one case per algorithm. */
    private static Clusterer make(Map<String, String> a, long seed) {
        int k = Integer.parseInt(a.getOrDefault("k", "8"));
        int nInit = Integer.parseInt(a.getOrDefault("n-init", "1"));
        int threads = Integer.parseInt(a.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        String algorithm = required(a, "algorithm");
        switch (algorithm) {
            case "kmeans": {
                KMeans.Builder b = KMeans.builder().k(k).nInit(nInit).seed(seed).threads(threads)
                        .maxIterations(Integer.parseInt(a.getOrDefault("max-iter", "300")));
                String variant = a.getOrDefault("kmeans-algorithm", "hamerly");
                switch (variant) {
                    case "lloyd":
                        b.algorithm(KMeans.Algorithm.LLOYD);
                        break;
                    case "hamerly":
                        b.algorithm(KMeans.Algorithm.HAMERLY);
                        break;
                    case "elkan":
                        b.algorithm(KMeans.Algorithm.ELKAN);
                        break;
                    case "minibatch":
                        b.algorithm(KMeans.Algorithm.MINI_BATCH);
                        break;
                    default:
                        throw new IllegalArgumentException("--kmeans-algorithm must be lloyd, hamerly, elkan or minibatch (was "
                                + variant + ")");
                }
                return b.build();
            }
            case "gmm": {
                String cov = a.getOrDefault("covariance", "full");
                GaussianMixture.Covariance type;
                switch (cov) {
                    case "full":
                        type = GaussianMixture.Covariance.FULL;
                        break;
                    case "tied":
                        type = GaussianMixture.Covariance.TIED;
                        break;
                    case "diag":
                        type = GaussianMixture.Covariance.DIAGONAL;
                        break;
                    case "spherical":
                        type = GaussianMixture.Covariance.SPHERICAL;
                        break;
                    default:
                        throw new IllegalArgumentException(
                                "--covariance must be full, tied, diag or spherical (was " + cov + ")");
                }
                return GaussianMixture.builder().k(k).covariance(type).nInit(nInit).seed(seed).threads(threads)
                        .maxIterations(Integer.parseInt(a.getOrDefault("max-iter", "100"))).build();
            }
            case "dbscan":
                return Dbscan.builder().eps(Double.parseDouble(a.getOrDefault("eps", "0.5")))
                        .minPts(Integer.parseInt(a.getOrDefault("min-pts", "5"))).threads(threads).build();
            case "agglomerative":
                return Agglomerative.builder().k(k).threads(threads)
                        .linkage(Linkage.valueOf(a.getOrDefault("linkage", "ward").toUpperCase(Locale.ROOT))).build();
            default:
                throw new IllegalArgumentException(
                        "--algorithm must be kmeans, gmm, dbscan or agglomerative (was " + algorithm + ")");
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, found \"" + args[i] + "\"");
            }
            a.put(args[i].substring(2), args[++i]);
        }
        return a;
    }

    private static String required(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v;
    }

    private static void print(String key, double value) {
        System.out.println(key + "=" + String.format(Locale.ROOT, "%.6f", value));
    }

    private static final class Table {
        DMatrixRMaj x;
        int[] truth;
    }

    /** Reads every numeric column but the label as a feature, with the project's CSV reader. */
    private static Table readCsv(Path path, String label) throws IOException {
        CsvOptions.Builder options = CsvOptions.builder();
        if (label != null) {
            options.type(label, ColumnType.NUMERIC);
        }
        Dataset data = Dataset.readCsv(path, options.build());
        List<String> features = new ArrayList<>(data.schema().names(ColumnType.NUMERIC));
        features.remove(label);
        int n = data.rowCount();
        int d = features.size();
        Table table = new Table();
        table.x = new DMatrixRMaj(n, d);
        for (int j = 0; j < d; j++) {
            data.numeric(features.get(j)).copyTo(table.x.data, j, d);
        }
        if (label != null) {
            NumericColumn truth = data.numeric(label);
            table.truth = new int[n];
            for (int i = 0; i < n; i++) {
                table.truth[i] = (int) truth.get(i);
            }
        }
        return table;
    }

    private static int countClusters(int[] labels) {
        int max = -1;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        return max + 1;
    }
}
