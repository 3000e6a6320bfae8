package io.segmentation.examples;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segmentation.BatchScorer;
import io.segmentation.Pipeline;
import io.segmentation.ScoringSummary;
import io.segmentation.SegmentationModel;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.BadRows;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.data.Schema;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.examples.cli.Table;
import io.segmentation.examples.server.ScoringServer;
import io.segmentation.monitor.DriftMonitor;
import io.segmentation.monitor.DriftReport;
import io.segmentation.monitor.DriftStatus;
import io.segmentation.monitor.DriftThresholds;
import io.segmentation.monitor.FeatureDrift;
import io.segmentation.viz.Charts;
import io.segmentation.viz.FeatureCharts;
import io.segmentation.viz.Format;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Stage 9, deployment: fit and save a model, load it where it runs, score a file of new customers in batch,
 * check a later batch for drift, and answer single customers over HTTP.
 *
 * <pre>
 * mvn -B -q -pl segmentation-examples -am compile exec:java -Dexec.mainClass=io.segmentation.examples.DeploymentExample
 * </pre>
 *
 * Options: {@code --n} customers (default 5,000: 4,000 to train on, 1,000 to score), {@code --seed} (default
 * 42), {@code --out} (default {@code target/examples/deployment}). The server listens on a free port of
 * 127.0.0.1 only while the example runs.
 */
public final class DeploymentExample {
    private DeploymentExample() {
    }

    /** Runs the example; see the class comment for the options. */
    public static void main(String[] args) {
        ExampleArgs.main(args, "deployment", 5_000, DeploymentExample::run);
    }

    static Path run(ExampleArgs args, PrintStream out) throws IOException {
        // Step 1: customers. One seeded draw split in two: the first 80 % are the training customers, the
        // rest arrive later to be scored (a draw with another seed would do as well: the places are the same
        // for every seed).
        Dataset all = Examples.customers(args);
        int train = all.rowCount() * 4 / 5;
        Dataset training = all.head(train);
        Dataset later = all.rows(IntStream.range(train, all.rowCount()).toArray());

        // Step 2: fit and save. City is left out: about 50 levels would add 50 one-hot features, and its
        // drift index on small batches is mostly sampling noise. The model file holds everything needed to
        // score, including the training reference that drift monitoring compares with.
        SegmentationModel fitted = Pipeline.builder()
                .idColumn(SyntheticCustomers.ID_COLUMN)
                .dropColumns(SyntheticCustomers.SEGMENT_COLUMN, "city")
                .cluster(KMeans.builder().k(4).build())
                .seed(args.seed())
                .build()
                .fit(training);
        Path modelFile = Examples.file(args, "model.json");
        fitted.save(modelFile);
        out.printf(Locale.ROOT, "fitted %d segments on %d customers; saved %s%n", fitted.segments().size(), train,
                modelFile);

        // Step 3: where the model runs, load it: an immutable, thread-safe object, loaded in milliseconds.
        SegmentationModel model = SegmentationModel.load(modelFile);

        // Step 4: batch scoring. BatchScorer streams the CSV in chunks (bounded memory, any file length),
        // scores them in parallel and writes the output atomically. Under SKIP a row it cannot score goes to
        // the rejects file with its line and problem; nothing is dropped silently.
        Path newCustomers = Examples.file(args, "new-customers.csv");
        later.writeCsv(newCustomers);
        Path scored = Examples.file(args, "scored.csv");
        ScoringSummary summary = BatchScorer.builder(model)
                .badRows(BadRows.SKIP)
                .rejectsFile(Examples.file(args, "rejects.csv"))
                .extra(BatchScorer.Extra.DISTANCES)
                .build()
                .score(newCustomers, scored);
        Table table = new Table("segment", "name", "customers");
        for (int c = 0; c < model.segments().size(); c++) {
            table.row(c, model.segment(c).name(), summary.segmentCount(c));
        }
        out.printf(Locale.ROOT, "%nscored %d customers (%d rejected) into %s%n%s%n", summary.rowsScored(),
                summary.rowsRejected(), scored, table.toText());

        // Step 5: drift. Months later, spend has tripled. The monitor compares the new batch with the training
        // reference kept in the model: PSI per column, segment shares, centre shifts, customers far from every
        // centre; the worst measure sets the status. The chart shows PSI per column against the thresholds.
        // A check needs 1,000 customers (below that, sampling noise alone crosses the thresholds; see
        // docs/monitoring.md). This demo's batch may be smaller when --n is small, so it says so explicitly.
        DriftMonitor monitor = DriftMonitor.of(model).withThresholds(DriftThresholds.defaults()
                .withMinimumRows(Math.min(DriftThresholds.defaults().minimumRows(), later.rowCount())));
        DriftReport sameMonth = monitor.check(later);
        double[] monetary = later.numeric("monetary").toArray();
        for (int i = 0; i < monetary.length; i++) {
            monetary[i] *= 3;
        }
        Dataset shifted = later.withColumn(NumericColumn.wrap("monetary", monetary));
        DriftReport drift = monitor.check(shifted);
        out.printf(Locale.ROOT, "%ndrift of the batch as drawn: %s; with spend tripled: %s%n", sameMonth.status(),
                drift.status());
        for (FeatureDrift f : drift.features()) {
            if (f.status() != DriftStatus.STABLE) {
                out.printf(Locale.ROOT, "  %s: PSI %.3f, %s%n", f.column(), f.psi(), f.status());
            }
        }
        out.println(drift.recommendation());
        Path chart = Examples.file(args, "drift.png");
        Charts.save(FeatureCharts.drift(drift), chart, Format.PNG);
        out.println("wrote " + chart);

        // Step 6: the REST server. Port 0 picks a free port; the server binds to 127.0.0.1 and is closed by
        // try-with-resources (requests in progress finish first). `segment serve --model model.json` runs
        // the same server from the command line.
        try (ScoringServer server = ScoringServer.builder().model(model).port(0).build().start()) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI base = server.uri();
            HttpResponse<String> health = send(client, HttpRequest.newBuilder(base.resolve("health")));
            out.printf(Locale.ROOT, "%nGET %shealth -> %d %s%n", base, health.statusCode(), health.body());

            // One customer as a JSON object with the model's input columns (null for a missing value).
            JsonObject customer = customerJson(model, later.row(0));
            HttpResponse<String> predicted = send(client, HttpRequest.newBuilder(base.resolve("predict"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(customer.toString())));
            out.printf(Locale.ROOT, "POST %spredict -> %d %s%n", base, predicted.statusCode(), predicted.body());
            int segment = JsonParser.parseString(predicted.body()).getAsJsonObject().get("segment").getAsInt();
            // The server and the batch scorer run the same model: compare with the first row of the scored file.
            int batch = (int) Dataset.readCsv(scored).numeric("segment").get(0);
            out.printf(Locale.ROOT, "customer %s: segment %d from the server, %d in %s%n",
                    later.row(0).get(SyntheticCustomers.ID_COLUMN), segment, batch, scored.getFileName());
        }
        out.println("server stopped; files in " + args.out());
        return args.out();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws IOException {
        try {
            return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the server", e);
        }
    }

    /** A customer's input columns as JSON: numbers, strings, and null for a missing value (NaN in a dataset). */
    private static JsonObject customerJson(SegmentationModel model, Map<String, Object> row) {
        JsonObject o = new JsonObject();
        for (Schema.Field f : model.inputSchema().columns()) {
            Object v = row.get(f.name());
            if (v == null || v instanceof Double d && d.isNaN()) {
                o.add(f.name(), JsonNull.INSTANCE);
            } else if (v instanceof Number n) {
                o.addProperty(f.name(), n);
            } else {
                o.addProperty(f.name(), v.toString());
            }
        }
        return o;
    }
}
