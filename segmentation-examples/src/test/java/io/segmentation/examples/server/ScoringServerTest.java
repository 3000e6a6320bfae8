package io.segmentation.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segmentation.Assignment;
import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.data.Schema;
import io.segmentation.profile.Strategy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over real HTTP on a loopback port chosen by the system. */
final class ScoringServerTest {
    private static final SegmentationModel MODEL = ServerFixtures.MODEL;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static ScoringServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = ScoringServer.builder().model(MODEL).port(0).threads(4).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- helpers ----

    private static HttpResponse<String> send(ScoringServer s, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(s.uri().resolve(path)).method(method, publisher)
                .timeout(Duration.ofSeconds(20)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(server, "GET", path, null);
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(server, "POST", path, body);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** Asserts the status, the JSON error body without a stack trace, and returns the message. */
    private static String error(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject o = json(response);
        String message = o.get("error").getAsString();
        assertThat(message).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at io.segmentation");
        return message;
    }

    /** Asserts that one result of /predict says exactly what model.assign says. */
    private static void assertSameAssignment(Assignment expected, JsonObject actual) {
        assertEquals(expected.segment(), actual.get("segment").getAsInt());
        assertEquals(expected.segmentName(), actual.get("name").getAsString());
        assertEquals(expected.confidence(), actual.get("confidence").getAsDouble(), 0.0);
        JsonArray distances = actual.getAsJsonArray("distances");
        double[] d = expected.distances();
        assertEquals(d.length, distances.size());
        for (int c = 0; c < d.length; c++) {
            assertEquals(d[c], distances.get(c).getAsDouble(), 0.0, "distance " + c); // Double.toString round-trips
        }
        assertThat(actual.has("probabilities")).isEqualTo(expected.hasProbabilities());
    }

    // ---- endpoints ----

    @Test
    void health_answers_ok_with_the_number_of_segments() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(200, r.statusCode());
        JsonObject o = json(r);
        assertEquals("ok", o.get("status").getAsString());
        assertEquals(4, o.get("segments").getAsInt());
    }

    @Test
    void head_answers_like_get_without_a_body() throws Exception {
        HttpResponse<String> r = send(server, "HEAD", "/health", null);
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    void predict_one_customer_answers_what_the_model_assigns() throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = post("/predict", ServerFixtures.customerJson(i).toString());
            assertEquals(200, r.statusCode(), r.body());
            JsonObject o = json(r);
            assertSameAssignment(MODEL.assign(ServerFixtures.customer(i)), o);
            assertEquals(ServerFixtures.customer(i).get("customer_id"), o.get("id").getAsString());
        }
    }

    @Test
    void predict_batch_answers_model_assign_for_every_row_in_order() throws Exception {
        JsonArray batch = new JsonArray();
        for (int i = 0; i < 60; i++) {
            batch.add(ServerFixtures.customerJson(i));
        }
        HttpResponse<String> r = post("/predict", batch.toString());
        assertEquals(200, r.statusCode(), r.body());
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonArray results = JsonParser.parseString(r.body()).getAsJsonArray();
        assertEquals(60, results.size());
        for (int i = 0; i < 60; i++) {
            assertSameAssignment(MODEL.assign(ServerFixtures.customer(i)), results.get(i).getAsJsonObject());
        }
    }

    @Test
    void predict_empty_batch_answers_an_empty_array() throws Exception {
        HttpResponse<String> r = post("/predict", "[]");
        assertEquals(200, r.statusCode());
        assertEquals("[]", r.body());
    }

    @Test
    void predict_treats_null_and_absent_fields_as_missing() throws Exception {
        // Only a few fields: the rest are absent, income is null; the model imputes both like a missing cell.
        String body = "{\"age\": 41, \"income\": null, \"gender\": \"female\"}";
        Map<String, Object> same = new java.util.HashMap<>();
        same.put("age", 41.0);
        same.put("income", null);
        same.put("gender", "female");
        HttpResponse<String> r = post("/predict", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = json(r);
        assertSameAssignment(MODEL.assign(same), o);
        assertThat(o.has("id")).isFalse();
    }

    @Test
    void segments_lists_every_segment_of_the_model() throws Exception {
        JsonObject o = json(get("/segments"));
        assertEquals(MODEL.segments().size(), o.get("count").getAsInt());
        JsonArray list = o.getAsJsonArray("segments");
        for (Segment s : MODEL.segments()) {
            JsonObject e = list.get(s.id()).getAsJsonObject();
            assertEquals(s.id(), e.get("id").getAsInt());
            assertEquals(s.name(), e.get("name").getAsString());
            assertEquals(s.size(), e.get("size").getAsInt());
            assertEquals(s.share(), e.get("share").getAsDouble(), 0.0);
            assertEquals(s.strategy().objective(), e.get("objective").getAsString());
        }
        assertThat(o.has("noise")).isFalse(); // k-means has no noise
    }

    @Test
    void segment_answers_the_full_profile() throws Exception {
        for (Segment s : MODEL.segments()) {
            HttpResponse<String> r = get("/segment/" + s.id());
            assertEquals(200, r.statusCode());
            JsonObject o = json(r);
            assertEquals(s.id(), o.get("id").getAsInt());
            assertEquals(s.name(), o.get("name").getAsString());
            assertEquals(s.size(), o.get("size").getAsInt());
            assertEquals(s.profile().numeric().size(), o.getAsJsonArray("numeric").size());
            assertEquals(s.strategy().objective(), o.getAsJsonObject("strategy").get("objective").getAsString());
        }
    }

    @Test
    void recommendations_answer_the_segment_strategy() throws Exception {
        Segment s = MODEL.segment(2);
        Strategy st = s.strategy();
        JsonObject o = json(get("/recommendations/2"));
        assertEquals(2, o.get("segment").getAsInt());
        assertEquals(s.name(), o.get("name").getAsString());
        assertEquals(st.objective(), o.get("objective").getAsString());
        assertEquals(st.channels(), strings(o.getAsJsonArray("channels")));
        assertEquals(st.offers(), strings(o.getAsJsonArray("offers")));
        assertEquals(st.kpis(), strings(o.getAsJsonArray("kpis")));
        assertEquals(st.actions(), strings(o.getAsJsonArray("actions")));
        assertEquals(s.profile().distinctions().size(), o.getAsJsonArray("because").size());
    }

    private static List<String> strings(JsonArray a) {
        List<String> list = new ArrayList<>();
        a.forEach(e -> list.add(e.getAsString()));
        return list;
    }

    @Test
    void model_answers_the_metadata_and_the_input_schema() throws Exception {
        JsonObject o = json(get("/model"));
        assertEquals(MODEL.metadata().formatVersion(), o.get("formatVersion").getAsInt());
        assertEquals(42L, o.get("seed").getAsLong());
        assertEquals(800, o.getAsJsonObject("trainingData").get("rows").getAsInt());
        assertEquals(MODEL.clusterModel().algorithm(), o.get("algorithm").getAsString());
        assertEquals("customer_id", o.get("idColumn").getAsString());
        JsonArray schema = o.getAsJsonArray("schema");
        List<Schema.Field> fields = MODEL.inputSchema().columns();
        assertEquals(fields.size(), schema.size());
        for (int t = 0; t < fields.size(); t++) {
            assertEquals(fields.get(t).name(), schema.get(t).getAsJsonObject().get("name").getAsString());
            assertEquals(fields.get(t).type().name(), schema.get(t).getAsJsonObject().get("type").getAsString());
        }
        assertEquals(MODEL.metrics().silhouette(), o.getAsJsonObject("metrics").get("silhouette").getAsDouble(), 0.0);
    }

    // ---- errors ----

    @Test
    void bad_json_is_400() throws Exception {
        assertThat(error(post("/predict", "{\"age\": 41,"), 400)).startsWith("body is not valid JSON");
        assertThat(error(post("/predict", "{age: 41}"), 400)).startsWith("body is not valid JSON");
        assertThat(error(post("/predict", "{\"age\": NaN}"), 400)).startsWith("body is not valid JSON");
        assertThat(error(post("/predict", "{\"age\": 1e999}"), 400)).startsWith("body is not valid JSON");
        assertThat(error(post("/predict", ""), 400)).isEqualTo(
                "body: empty; expected a JSON object (one customer) or an array of objects (a batch)");
        assertThat(error(post("/predict", "{} {}"), 400))
                .isEqualTo("body is not valid JSON: malformed JSON at line 1 column 5 path $");
        assertThat(error(post("/predict", "42"), 400)).endsWith("found the number 42");
    }

    @Test
    void a_wrong_type_is_400_naming_the_field() throws Exception {
        HttpResponse<String> r = post("/predict", "{\"age\": \"forty\"}");
        assertEquals("$.age: expected a number or null, found a string \"forty\"", error(r, 400));
        assertEquals("age", json(r).get("field").getAsString());
        assertEquals("$.gender: expected a string or null, found the number 3",
                error(post("/predict", "{\"gender\": 3}"), 400));
        assertEquals("$.age: expected a number or null, found an array", error(post("/predict", "{\"age\": [1]}"), 400));
        assertEquals("$.age: expected a number or null, found true", error(post("/predict", "{\"age\": true}"), 400));
    }

    @Test
    void a_batch_error_names_the_row_and_the_field() throws Exception {
        JsonArray batch = new JsonArray();
        batch.add(ServerFixtures.customerJson(0));
        JsonObject bad = ServerFixtures.customerJson(1);
        bad.addProperty("income", "lots");
        batch.add(bad);
        HttpResponse<String> r = post("/predict", batch.toString());
        assertEquals("$[1].income: expected a number or null, found a string \"lots\"", error(r, 400));
        assertEquals("$[1]: expected a customer object, found the number 7", error(post("/predict", "[{}, 7]"), 400));
    }

    @Test
    void an_unknown_field_is_400_unless_ignored() throws Exception {
        HttpResponse<String> r = post("/predict", "{\"age\": 30, \"agee\": 31}");
        assertThat(error(r, 400)).startsWith("$.agee: not an input column of the model");
        assertEquals("agee", json(r).get("field").getAsString());
        try (ScoringServer lenient = ScoringServer.builder().model(MODEL).port(0).threads(1)
                .unknownFields(UnknownFields.IGNORE).build().start()) {
            HttpResponse<String> ok = send(lenient, "POST", "/predict", "{\"age\": 30, \"agee\": {\"x\": [1]}}");
            assertEquals(200, ok.statusCode(), ok.body());
            assertSameAssignment(MODEL.assign(Map.of("age", 30.0)), json(ok));
        }
    }

    @Test
    void a_repeated_field_is_400() throws Exception {
        assertEquals("$.age: the field appears twice", error(post("/predict", "{\"age\": 30, \"age\": 31}"), 400));
    }

    @Test
    void a_value_the_model_rejects_is_400_with_the_model_message() throws Exception {
        // The test model encodes with Unseen.ERROR: a region never seen in training is the model's own error.
        String message = error(post("/predict", "[{}, {\"region\": \"Atlantis\"}]"), 400);
        assertThat(message).startsWith("$[1]: ").contains("region").contains("Atlantis");
    }

    @Test
    void unknown_paths_and_segments_are_404() throws Exception {
        assertThat(error(get("/nothing"), 404)).startsWith("no such path: /nothing");
        assertThat(error(get("/segments/"), 404)).startsWith("no such path");
        assertEquals("no segment \"4\"; segments are 0 to 3", error(get("/segment/4"), 404));
        assertEquals("no segment \"-1\"; segments are 0 to 3", error(get("/segment/-1"), 404));
        assertEquals("no segment \"x\"; segments are 0 to 3", error(get("/recommendations/x"), 404));
        assertEquals("no segment \"\"; segments are 0 to 3", error(get("/segment/"), 404));
        assertEquals("no segment \"99999999999\"; segments are 0 to 3", error(get("/segment/99999999999"), 404));
    }

    @Test
    void a_wrong_method_is_405_with_allow() throws Exception {
        HttpResponse<String> r = get("/predict");
        assertEquals("method GET is not allowed here; use POST", error(r, 405));
        assertThat(r.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> p = post("/health", "{}");
        error(p, 405);
        assertThat(p.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(send(server, "DELETE", "/segment/1", null).headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void a_body_over_the_limit_is_413_with_or_without_a_length() throws Exception {
        try (ScoringServer small = ScoringServer.builder().model(MODEL).port(0).threads(1).maxBodyBytes(100)
                .build().start()) {
            String exactly = "{\"age\": 30" + " ".repeat(100 - 11) + "}";
            assertEquals(100, exactly.length());
            assertEquals(200, send(small, "POST", "/predict", exactly).statusCode());

            String over = "{\"age\": 30" + " ".repeat(101 - 11) + "}";
            assertEquals("body: at most 100 bytes are accepted, found 101 bytes",
                    error(send(small, "POST", "/predict", over), 413));

            // No Content-Length (chunked): the server stops reading one byte past the limit.
            byte[] bytes = ("[" + "{},".repeat(300) + "{}]").getBytes(StandardCharsets.UTF_8);
            HttpRequest chunked = HttpRequest.newBuilder(small.uri().resolve("/predict"))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
            HttpResponse<String> r = CLIENT.send(chunked, HttpResponse.BodyHandlers.ofString());
            assertEquals("body: at most 100 bytes are accepted, found more bytes", error(r, 413));
        }
    }

    @Test
    void a_failure_inside_is_500_without_a_stack_trace_and_goes_to_on_error() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (ScoringServer failing = ScoringServer.builder().model(MODEL).port(0).threads(1)
                .scorer(customer -> {
                    throw new IllegalStateException("disk on fire");
                })
                .onError(failures::add).build().start()) {
            HttpResponse<String> r = send(failing, "POST", "/predict", "{}");
            assertEquals("internal error while answering POST /predict", error(r, 500));
            assertThat(r.body()).doesNotContain("disk on fire");
            assertEquals(1, failures.size());
            assertThat(failures.get(0)).hasMessage("disk on fire");
            assertEquals(200, send(failing, "GET", "/health", null).statusCode()); // still serving
        }
    }

    // ---- lifecycle ----

    @Test
    void close_lets_a_request_in_progress_finish_and_answers_503_meanwhile() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScoringServer slow = ScoringServer.builder().model(MODEL).port(0).threads(2).shutdownGrace(Duration.ofSeconds(20))
                .scorer(customer -> {
                    entered.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return MODEL.assign(customer);
                }).build().start();
        URI uri = slow.uri();
        CompletableFuture<HttpResponse<String>> inProgress = CLIENT.sendAsync(
                HttpRequest.newBuilder(uri.resolve("/predict")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(slow::close);
        closer.start();
        // The closer waits for the request in progress; a new request meanwhile is refused politely.
        HttpResponse<String> refused = null;
        for (int attempt = 0; attempt < 200 && refused == null; attempt++) {
            HttpResponse<String> r = send(slow, "GET", "/health", null);
            if (r.statusCode() == 503) {
                refused = r;
            } else {
                Thread.sleep(5);
            }
        }
        assertThat(refused).isNotNull();
        assertEquals("the server is shutting down", error(refused, 503));
        release.countDown();
        HttpResponse<String> finished = inProgress.get(20, TimeUnit.SECONDS);
        assertEquals(200, finished.statusCode());
        assertSameAssignment(MODEL.assign(Map.of()), json(finished));
        closer.join(20_000);
        assertThat(closer.isAlive()).isFalse();
        assertThatThrownBy(() -> send(slow, "GET", "/health", null)).isInstanceOf(ConnectException.class);
        slow.close(); // idempotent
        slow.awaitClose();
    }

    @Test
    void the_builder_and_the_lifecycle_name_what_is_wrong() {
        assertThatThrownBy(() -> ScoringServer.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("ScoringServer is incomplete: model(...) was not called");
        assertThatThrownBy(() -> ScoringServer.builder().port(70_000)).hasMessage(
                "port must be between 0 and 65535 (was 70000)");
        assertThatThrownBy(() -> ScoringServer.builder().threads(0)).hasMessage(
                "threads must be between 1 and 1024 (was 0)");
        assertThatThrownBy(() -> ScoringServer.builder().maxBodyBytes(0)).hasMessage(
                "maxBodyBytes must be between 1 and 2147483646 (was 0)");
        assertThatThrownBy(() -> ScoringServer.builder().shutdownGrace(Duration.ofSeconds(-1))).hasMessage(
                "shutdownGrace must be >= 0 (was PT-1S)");
        ScoringServer idle = ScoringServer.builder().model(MODEL).port(0).build();
        assertThatThrownBy(idle::port).hasMessage("the server is not started; call start()");
        idle.start();
        assertThat(idle.port()).isPositive();
        assertThat(idle.uri().toString()).isEqualTo("http://127.0.0.1:" + idle.port() + "/");
        assertThatThrownBy(idle::start).isInstanceOf(IllegalStateException.class);
        idle.close();
    }

    @Test
    void a_taken_port_is_named() {
        ScoringServer second = ScoringServer.builder().model(MODEL).port(server.port()).build();
        assertThatThrownBy(second::start).hasMessageStartingWith("cannot listen on 127.0.0.1:" + server.port());
    }

    // ---- load ----

    @Test
    void twenty_thousand_requests_from_eight_threads_all_succeed_with_the_right_segment() throws Exception {
        int rows = 200;
        String[] bodies = new String[rows];
        int[] expected = new int[rows];
        for (int i = 0; i < rows; i++) {
            bodies[i] = ServerFixtures.customerJson(i).toString();
            expected[i] = MODEL.assign(ServerFixtures.customer(i)).segment();
        }
        int clients = 8;
        int perClient = 2_500;
        AtomicInteger failures = new AtomicInteger();
        List<String> firstFailures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                int client = t;
                done.add(pool.submit(() -> {
                    // One HttpClient per thread: its own keep-alive connection, as separate callers would have.
                    HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    for (int q = 0; q < perClient; q++) {
                        int i = (client * perClient + q) % rows;
                        try {
                            HttpResponse<String> r = own.send(HttpRequest.newBuilder(server.uri().resolve("/predict"))
                                    .POST(HttpRequest.BodyPublishers.ofString(bodies[i])).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            JsonElement e = JsonParser.parseString(r.body());
                            if (r.statusCode() != 200 || e.getAsJsonObject().get("segment").getAsInt() != expected[i]) {
                                failures.incrementAndGet();
                                if (firstFailures.size() < 3) {
                                    firstFailures.add(r.statusCode() + " " + r.body());
                                }
                            }
                        } catch (IOException | RuntimeException e) {
                            failures.incrementAndGet();
                            if (firstFailures.size() < 3) {
                                firstFailures.add(e.toString());
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, failures.get(), "first failures: " + firstFailures);
    }

    // ---- main ----

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ScoringServer.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errLine() {
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(1);
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ");
        return text.strip();
    }

    @Test
    void main_without_a_model_path_is_usage_2() {
        assertEquals(2, run());
        assertEquals("usage: ScoringServer <model.json> [port]", errLine());
    }

    @Test
    void main_with_a_bad_port_is_usage_2() {
        assertEquals(2, run("model.json", "eighty"));
        assertEquals("error: port must be a whole number from 0 to 65535 (was \"eighty\")", errLine());
        err.reset();
        assertEquals(2, run("model.json", "65536"));
        errLine();
    }

    @Test
    void main_with_a_missing_or_damaged_model_is_1() throws IOException {
        assertEquals(1, run(dir.resolve("none.json").toString()));
        assertThat(errLine()).startsWith("error: no model file");
        err.reset();
        Path damaged = dir.resolve("damaged.json");
        Files.writeString(damaged, "{\"formatVersion\": 1");
        assertEquals(1, run(damaged.toString()));
        assertThat(errLine()).startsWith("error: ").contains("damaged.json");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
