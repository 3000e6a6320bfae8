package io.segmentation.bench;

import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.Clusterer;
import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.GaussianMixtureModel;
import io.segmentation.cluster.KMeans;
import io.segmentation.cluster.KMeansModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 *      --algorithm kmeans|gmm [--k N] [--covariance full|tied|diag|spherical] [--n-init N] [--max-iter N]
 *      [--kmeans-algorithm lloyd|hamerly|elkan|minibatch] [--seed S] [--threads T] [--repeat R] [--warmup W]
 * </pre>
 *
 * <p>Every column but the label is a feature, used as it is (no scaling). After W untimed warm-up fits
 * (default 3), fit r of R (default 3) uses seed S + r. Prints {@code fit_seconds_median},
 * {@code fit_seconds_min}, {@code clusters}, {@code ari} (with a label column), and {@code inertia},
 * {@code iterations}, {@code seconds_per_iteration} for k-means or {@code log_likelihood},
 * {@code iterations} for mixtures, all from the last timed fit.
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
        long seed = Long.parseLong(a.getOrDefault("seed", "1"));

        for (int w = 0; w < warmup; w++) {
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
        }
        if (model instanceof GaussianMixtureModel gm) {
            print("log_likelihood", gm.trainingLogLikelihood());
            System.out.println("iterations=" + gm.report().iterations());
        }
        if (table.truth != null) {
            print("ari", adjustedRand(table.truth, labels));
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
            default:
                throw new IllegalArgumentException("--algorithm must be kmeans or gmm (was " + algorithm + ")");
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

    /** A plain numeric CSV with a header line; the label column (if named) is kept apart as integers. */
    private static Table readCsv(Path path, String label) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IOException(path + ": empty file");
            }
            String[] names = header.split(",", -1);
            int labelColumn = -1;
            if (label != null) {
                labelColumn = Arrays.asList(names).indexOf(label);
                if (labelColumn < 0) {
                    throw new IOException(path + ": no column \"" + label + "\" in " + Arrays.toString(names));
                }
            }
            int d = names.length - (labelColumn >= 0 ? 1 : 0);
            List<double[]> blocks = new ArrayList<>();
            int[] truth = new int[1024];
            double[] block = new double[4096 * d];
            int inBlock = 0;
            int n = 0;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                if (inBlock == 4096) {
                    blocks.add(block);
                    block = new double[4096 * d];
                    inBlock = 0;
                }
                if (n == truth.length) {
                    truth = Arrays.copyOf(truth, 2 * n);
                }
                int start = 0;
                int j = 0;
                for (int col = 0; col < names.length; col++) {
                    int end = line.indexOf(',', start);
                    if (end < 0) {
                        end = line.length();
                    }
                    String cell = line.substring(start, end);
                    if (col == labelColumn) {
                        truth[n] = (int) Double.parseDouble(cell);
                    } else {
                        block[inBlock * d + j++] = Double.parseDouble(cell);
                    }
                    start = end + 1;
                }
                inBlock++;
                n++;
            }
            blocks.add(block);
            DMatrixRMaj x = new DMatrixRMaj(n, d);
            int row = 0;
            for (double[] b : blocks) {
                int rows = Math.min(4096, n - row);
                System.arraycopy(b, 0, x.data, row * d, rows * d);
                row += rows;
            }
            Table t = new Table();
            t.x = x;
            t.truth = labelColumn >= 0 ? Arrays.copyOf(truth, n) : null;
            return t;
        }
    }

    private static int countClusters(int[] labels) {
        return (int) Arrays.stream(labels).filter(l -> l != ClusterModel.NOISE).distinct().count();
    }

    /** Hubert and Arabie's adjusted Rand index of two labelings (noise is a label like any other). */
    static double adjustedRand(int[] a, int[] b) {
        Map<Long, long[]> pairs = new HashMap<>();
        Map<Integer, long[]> rows = new HashMap<>();
        Map<Integer, long[]> cols = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            pairs.computeIfAbsent(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), key -> new long[1])[0]++;
            rows.computeIfAbsent(a[i], key -> new long[1])[0]++;
            cols.computeIfAbsent(b[i], key -> new long[1])[0]++;
        }
        double index = 0.0;
        for (long[] v : pairs.values()) {
            index += choose2(v[0]);
        }
        double sumA = 0.0;
        for (long[] v : rows.values()) {
            sumA += choose2(v[0]);
        }
        double sumB = 0.0;
        for (long[] v : cols.values()) {
            sumB += choose2(v[0]);
        }
        double expected = sumA * sumB / choose2(a.length);
        double max = 0.5 * (sumA + sumB);
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double choose2(long m) {
        return m * (m - 1) / 2.0;
    }
}
