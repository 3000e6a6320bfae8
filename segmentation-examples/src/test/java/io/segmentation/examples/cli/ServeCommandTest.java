package io.segmentation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ServeCommandTest {
    private static final Pattern ADDRESS = Pattern.compile("on (http://127\\.0\\.0\\.1:[0-9]+/)");

    @TempDir
    Path dir;

    @Test
    void serves_health_until_interrupted_then_stops_listening() throws Exception {
        // GIVEN the command running on a free port in a thread of this JVM
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(-1);
        String model = DeployFixtures.model(dir).toString();
        Thread serving = new Thread(() -> status.set(SegmentCommand.execute(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "serve", "--model", model, "--port", "0", "--threads", "2")), "serve-test");
        serving.start();
        URI base = awaitAddress(out, err);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        // WHEN /health is asked THEN it answers 200 with the model's segment count
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        JsonObject json = JsonParser.parseString(health.body()).getAsJsonObject();
        assertEquals("ok", json.get("status").getAsString());
        assertEquals(3, json.get("segments").getAsInt());
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("serving 3 segments of " + model);

        // WHEN the thread is interrupted (as Ctrl-C closes the server through the hook) THEN it exits 0
        serving.interrupt();
        serving.join(15_000);
        assertThat(serving.isAlive()).isFalse();
        assertEquals(SegmentCommand.OK, status.get(), err.toString(StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(base.resolve("health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void settings_out_of_range_are_bad_usage_before_the_model_is_read() {
        for (String[] args : new String[][] {{"--port", "70000"}, {"--threads", "0"}, {"--port", "eighty"}}) {
            CliRun run = CliRun.of("serve", "--model", dir.resolve("absent.json").toString(), args[0], args[1]);
            assertEquals(SegmentCommand.BAD_USAGE, run.status(), run.err());
            assertEquals(1, run.errLines(), run.err());
            assertThat(run.err()).startsWith("segment serve: ").contains(args[0].substring(2));
        }
        CliRun noModel = CliRun.of("serve");
        assertEquals(SegmentCommand.BAD_USAGE, noModel.status());
        assertThat(noModel.err()).contains("--model");
    }

    @Test
    void a_missing_or_broken_model_is_bad_data_in_one_line() throws Exception {
        CliRun missing = CliRun.of("serve", "--model", dir.resolve("absent.json").toString(), "--port", "0");
        assertEquals(SegmentCommand.BAD_DATA, missing.status());
        assertEquals(1, missing.errLines(), missing.err());
        assertThat(missing.err()).contains("absent.json: no such file").doesNotContain("\tat ");
        Path broken = Files.writeString(dir.resolve("broken.json"), "[]");
        CliRun bad = CliRun.of("serve", "--model", broken.toString(), "--port", "0");
        assertEquals(SegmentCommand.BAD_DATA, bad.status());
        assertEquals(1, bad.errLines(), bad.err());
        assertThat(bad.err()).contains("broken.json").doesNotContain("\tat ");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void a_port_in_use_is_one_line_naming_the_address() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun run = CliRun.of("serve", "--model", DeployFixtures.model(dir).toString(), "--port",
                    Integer.toString(port));
            assertEquals(SegmentCommand.BAD_DATA, run.status());
            assertEquals(1, run.errLines(), run.err());
            assertThat(run.err()).startsWith("segment serve: cannot listen on 127.0.0.1:" + port);
        }
    }

    /** The base URI from the command's address line, once it is printed (at most 20 s). */
    private static URI awaitAddress(ByteArrayOutputStream out, ByteArrayOutputStream err) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = ADDRESS.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (!err.toString(StandardCharsets.UTF_8).isEmpty()) {
                throw new AssertionError("serve failed: " + err.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(10);
        }
        throw new IOException("serve printed no address within 20 s: " + out.toString(StandardCharsets.UTF_8));
    }
}
