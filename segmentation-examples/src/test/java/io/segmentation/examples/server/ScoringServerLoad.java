package io.segmentation.examples.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the latency of {@code POST /predict} for one customer, as seen by the client, on the load of the
 * test (20,000 requests from 8 threads with keep-alive connections), after a warm-up of the same size; then
 * the latency of one client alone. Not a test: a timing, printed for {@code docs/performance.md}.
 *
 * <pre>
 * mvn -B -o -q -pl segmentation-examples -am test-compile exec:java \
 *     -Dexec.mainClass=io.segmentation.examples.server.ScoringServerLoad -Dexec.classpathScope=test
 * </pre>
 */
final class ScoringServerLoad {
    private ScoringServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 2_500;
        String[] bodies = new String[200];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = ServerFixtures.customerJson(i).toString();
        }
        try (ScoringServer server = ScoringServer.builder().model(ServerFixtures.MODEL).port(0).build().start()) {
            URI predict = server.uri().resolve("/predict");
            run(predict, bodies, clients, perClient, "warm-up");
            run(predict, bodies, clients, perClient, "loaded");
            run(predict, bodies, 1, perClient * 2, "alone");
        }
    }

    private static void run(URI predict, String[] bodies, int clients, int perClient, String label)
            throws Exception {
        long[][] nanos = new long[clients][perClient];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                int client = t;
                done.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    int errors = 0;
                    for (int q = 0; q < perClient; q++) {
                        HttpRequest request = HttpRequest.newBuilder(predict)
                                .POST(HttpRequest.BodyPublishers.ofString(bodies[(client * perClient + q) % bodies.length]))
                                .build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        nanos[client][q] = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            errors++;
                        }
                    }
                    return errors;
                }));
            }
            int errors = 0;
            for (Future<Integer> f : done) {
                errors += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf(Locale.ROOT,
                    "%-8s %d clients x %d requests: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d errors%n",
                    label, clients, perClient, all.length / seconds, quantile(all, 0.50), quantile(all, 0.99),
                    all[all.length - 1] / 1e6, errors);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The q-quantile in milliseconds, nearest rank. */
    private static double quantile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
