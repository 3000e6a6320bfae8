package io.segmentation.examples.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.segmentation.Assignment;
import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.internal.Check;
import io.segmentation.io.ModelFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A REST server that scores customers against one {@link SegmentationModel} and serves its segments,
 * recommendations and metadata, in JSON over HTTP/1.1 ({@code docs/rest.md} lists every endpoint).
 * Built on the JDK's {@code com.sun.net.httpserver}: a fixed pool of worker threads shares the immutable
 * model; the listener binds to {@code 127.0.0.1} unless told otherwise.
 *
 * <pre>{@code
 * SegmentationModel model = SegmentationModel.load(Path.of("model.json"));
 * try (ScoringServer server = ScoringServer.builder().model(model).port(8080).build().start()) {
 *     // POST http://127.0.0.1:8080/predict {"age": 34, "income": 52000, "gender": "F"}
 *     server.awaitClose();
 * }
 * }</pre>
 *
 * <p>Endpoints: {@code GET /health}, {@code POST /predict} (an object gives one result, an array a list),
 * {@code GET /segments}, {@code GET /segment/{id}}, {@code GET /recommendations/{id}}, {@code GET /model}.
 * Errors answer {@code {"error": "..."}}: 400 for a bad body (naming the JSON path and the field), 404 for an
 * unknown path or segment, 405 for a wrong method (with {@code Allow}), 413 for a body over
 * {@link Builder#maxBodyBytes(int)}, 503 while closing, and 500 (a generic message, never a stack trace) for a
 * failure inside the server, which goes to {@link Builder#onError(Consumer)}.
 *
 * <p>A server is started once and closed once; {@link #close()} stops accepting, lets requests in progress
 * finish (up to {@link Builder#shutdownGrace(Duration)}) and stops the worker threads.
 */
public final class ScoringServer implements AutoCloseable {
    /** The default port of {@link #main(String[])}. */
    public static final int DEFAULT_PORT = 8080;
    /** The default limit of a request body: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    private static final String JSON = "application/json; charset=utf-8";
    private static final String GET = "GET, HEAD";
    private static final String POST = "POST";
    private static final String PATHS = "/health, /predict, /segments, /segment/{id}, /recommendations/{id}, /model";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final SegmentationModel model;
    private final String host;
    private final int requestedPort;
    private final int threads;
    private final int maxBodyBytes;
    private final UnknownFields unknownFields;
    private final Duration shutdownGrace;
    private final Consumer<? super Throwable> onError;
    private final Function<Map<String, ?>, Assignment> scorer;
    private final CustomerReader reader;

    // The model is immutable, so every GET answer is made once.
    private final byte[] health;
    private final byte[] segments;
    private final byte[] modelView;
    private final List<byte[]> profiles;
    private final List<byte[]> recommendations;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile HttpServer http;
    private ExecutorService pool;
    private boolean started;

    private ScoringServer(Builder b) {
        this.model = b.model;
        this.host = b.host;
        this.requestedPort = b.port;
        this.threads = b.threads;
        this.maxBodyBytes = b.maxBodyBytes;
        this.unknownFields = b.unknownFields;
        this.shutdownGrace = b.shutdownGrace;
        this.onError = b.onError;
        this.scorer = b.scorer != null ? b.scorer : model::assign;
        this.reader = new CustomerReader(model.inputSchema(), unknownFields);
        this.health = bytes(ModelViews.health(model));
        this.segments = bytes(ModelViews.segments(model));
        this.modelView = bytes(ModelViews.model(model));
        List<byte[]> p = new ArrayList<>();
        for (JsonElement e : ModelViews.profiles(model)) {
            p.add(bytes(e));
        }
        this.profiles = List.copyOf(p);
        List<byte[]> r = new ArrayList<>();
        for (Segment s : model.segments()) {
            r.add(bytes(ModelViews.recommendations(s)));
        }
        this.recommendations = List.copyOf(r);
    }

    /** A builder; {@link Builder#model(SegmentationModel)} is the one required setting. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the listener and starts serving.
     *
     * @return this server
     * @throws IllegalStateException when the server was started before
     * @throws UncheckedIOException  when the address cannot be bound (the port is taken, the host unknown)
     */
    public synchronized ScoringServer start() {
        if (started || closing) {
            throw new IllegalStateException("the server was started or closed before; build a new one");
        }
        started = true;
        // Without TCP_NODELAY the JDK server answers a keep-alive client about 20 times a second (Nagle's
        // algorithm meets delayed acknowledgements). The JDK reads the property once, when its first server
        // is created; an explicit setting by the user is left alone.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer listener;
        try {
            listener = HttpServer.create(new InetSocketAddress(host, requestedPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(String.format(Locale.ROOT, "cannot listen on %s:%d: %s", host,
                    requestedPort, e.getMessage()), e);
        }
        // A fixed number of workers. The queue holds at most one exchange per open connection, since the JDK
        // server reads a connection's next request only after answering the previous one.
        pool = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                workerThreads());
        listener.setExecutor(pool);
        listener.createContext("/", this::handle);
        listener.start();
        http = listener;
        return this;
    }

    /**
     * The port the server listens on (the chosen one when built with port 0).
     *
     * @throws IllegalStateException before {@link #start()}
     */
    public int port() {
        return address().getPort();
    }

    /**
     * The address the server listens on.
     *
     * @throws IllegalStateException before {@link #start()}
     */
    public InetSocketAddress address() {
        HttpServer listener = http;
        if (listener == null) {
            throw new IllegalStateException("the server is not started; call start()");
        }
        return listener.getAddress();
    }

    /**
     * The base URI of the server, such as {@code http://127.0.0.1:8080/}.
     *
     * @throws IllegalStateException before {@link #start()}
     */
    public URI uri() {
        InetSocketAddress a = address();
        String h = a.getAddress().getHostAddress();
        if (h.indexOf(':') >= 0) {
            h = "[" + h + "]";
        }
        return URI.create("http://" + h + ":" + a.getPort() + "/");
    }

    /** The model the server scores with. */
    public SegmentationModel model() {
        return model;
    }

    /**
     * Blocks until {@link #close()} has finished (from another thread or a shutdown hook).
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops the server: new requests are answered 503, requests in progress get up to the shutdown grace to
     * finish, then the listener and the worker threads stop. Idempotent; a server never started just closes.
     */
    @Override
    public void close() {
        HttpServer listener;
        ExecutorService workers;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            listener = http;
            workers = pool;
        }
        try {
            if (listener == null) {
                return;
            }
            long deadline = System.nanoTime() + shutdownGrace.toNanos();
            // The handler counts itself in before it reads the flag, so once the count is 0 here every later
            // request sees the flag and is answered 503 without scoring.
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            listener.stop(0);
            workers.shutdown();
            try {
                // What is left of the one grace period, so that close() never waits longer than it in all.
                long left = Math.max(1L, deadline - System.nanoTime());
                if (!workers.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                    workers.shutdownNow();
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
            }
        } finally {
            closed.countDown();
        }
    }

    @Override
    public String toString() {
        String where = http == null ? "not started" : "on " + uri();
        return String.format(Locale.ROOT, "ScoringServer[%d segments, %d threads, %s]", model.segments().size(),
                threads, where);
    }

    private void handle(HttpExchange exchange) {
        inFlight.incrementAndGet();
        try {
            Answer answer;
            try {
                answer = closing ? Answer.error(503, "the server is shutting down", null) : route(exchange);
            } catch (RequestException e) {
                answer = new Answer(e.status(), bytes(ModelViews.error(e.getMessage(), e.field())), e.allow());
            } catch (RuntimeException | Error e) {
                onError.accept(e);
                answer = Answer.error(500, "internal error while answering "
                        + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath(), null);
            }
            send(exchange, answer);
        } catch (IOException e) {
            // The client went away before the answer was written; there is nobody left to tell.
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    private Answer route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        switch (path) {
            case "/health":
                requireGet(method);
                return Answer.ok(health);
            case "/segments":
                requireGet(method);
                return Answer.ok(segments);
            case "/model":
                requireGet(method);
                return Answer.ok(modelView);
            case "/predict":
                if (!method.equals("POST")) {
                    throw RequestException.methodNotAllowed(method, POST);
                }
                return Answer.ok(predict(exchange));
            default:
                if (path.startsWith("/segment/")) {
                    requireGet(method);
                    return Answer.ok(profiles.get(segmentId(path, "/segment/")));
                }
                if (path.startsWith("/recommendations/")) {
                    requireGet(method);
                    return Answer.ok(recommendations.get(segmentId(path, "/recommendations/")));
                }
                throw new RequestException(404, "no such path: " + path + " (paths: " + PATHS + ")");
        }
    }

    private static void requireGet(String method) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw RequestException.methodNotAllowed(method, GET);
        }
    }

    private int segmentId(String path, String prefix) {
        String text = path.substring(prefix.length());
        int k = model.segments().size();
        // Digits only, so "+1", "01x" and "1e0" are no segment; at most 9 digits, so the parse cannot overflow.
        boolean digits = !text.isEmpty() && text.length() <= 9;
        for (int t = 0; t < text.length() && digits; t++) {
            digits = text.charAt(t) >= '0' && text.charAt(t) <= '9';
        }
        if (!digits || Integer.parseInt(text) >= k) {
            throw new RequestException(404, String.format(Locale.ROOT, "no segment \"%s\"; segments are 0 to %d",
                    text, k - 1));
        }
        return Integer.parseInt(text);
    }

    private byte[] predict(HttpExchange exchange) throws IOException {
        CustomerReader.Customers customers = reader.read(body(exchange));
        String id = model.idColumn().orElse(null);
        if (!customers.batch()) {
            Map<String, Object> row = customers.rows().get(0);
            return bytes(ModelViews.assignment(score(row, "$"), id == null ? null : row.get(id)));
        }
        JsonArray results = new JsonArray(customers.rows().size());
        for (int i = 0; i < customers.rows().size(); i++) {
            Map<String, Object> row = customers.rows().get(i);
            results.add(ModelViews.assignment(score(row, "$[" + i + "]"), id == null ? null : row.get(id)));
        }
        return bytes(results);
    }

    private Assignment score(Map<String, Object> row, String path) {
        try {
            return scorer.apply(row);
        } catch (IllegalArgumentException e) {
            // The model names the column and the rule (a wrong type, a missing value it cannot impute, an
            // unseen level under the ERROR policy); the path says which customer of a batch.
            throw new RequestException(400, path + ": " + e.getMessage());
        }
    }

    /** The request body as text, reading at most {@code maxBodyBytes + 1} bytes. */
    private String body(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new RequestException(400, "Content-Length: expected a whole number, found \"" + declared + "\"");
            }
            if (length > maxBodyBytes) {
                throw tooLarge(String.format(Locale.ROOT, "%d bytes", length));
            }
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(maxBodyBytes + 1); // chunked bodies declare no length: stop one byte past the limit
        }
        if (bytes.length > maxBodyBytes) {
            throw tooLarge("more bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RequestException(400, "body: not UTF-8 text");
        }
    }

    private RequestException tooLarge(String found) {
        return new RequestException(413, String.format(Locale.ROOT, "body: at most %d bytes are accepted, found %s",
                maxBodyBytes, found));
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", JSON);
        if (answer.allow != null) {
            exchange.getResponseHeaders().set("Allow", answer.allow);
        }
        if (answer.status == 503) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(answer.status, -1);
            return;
        }
        exchange.sendResponseHeaders(answer.status, answer.body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body);
        }
    }

    private static byte[] bytes(JsonElement json) {
        return GSON.toJson(json).getBytes(StandardCharsets.UTF_8);
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "scoring-server-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A status and a JSON body, with the Allow header of a 405. */
    private static final class Answer {
        final int status;
        final byte[] body;
        final String allow;

        private Answer(int status, byte[] body, String allow) {
            this.status = status;
            this.body = body;
            this.allow = allow;
        }

        static Answer ok(byte[] body) {
            return new Answer(200, body, null);
        }

        static Answer error(int status, String message, String field) {
            return new Answer(status, bytes(ModelViews.error(message, field)), null);
        }
    }

    /**
     * Runs a server from the command line until it is stopped (Ctrl-C): {@code <model.json> [port]}.
     * Prints the address on stdout; on bad usage prints one line on stderr and exits 2, on a model file that
     * cannot be read exits 1.
     *
     * @param args the model file, then optionally the port (default {@value #DEFAULT_PORT}; 0 picks a free one)
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: ScoringServer <model.json> [port]");
            return 2;
        }
        int port = DEFAULT_PORT;
        if (args.length == 2) {
            try {
                port = Integer.parseInt(args[1]);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65_535) {
                err.println("error: port must be a whole number from 0 to 65535 (was \"" + args[1] + "\")");
                return 2;
            }
        }
        SegmentationModel model;
        try {
            model = SegmentationModel.load(Path.of(args[0]));
        } catch (NoSuchFileException e) {
            err.println("error: no model file " + args[0]);
            return 1;
        } catch (ModelFileException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read the model file " + args[0] + ": " + e.getMessage());
            return 1;
        }
        ScoringServer server;
        try {
            server = builder().model(model).port(port).onError(e -> err.println("error: " + e)).build().start();
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "scoring-server-shutdown"));
        out.println("scoring " + model.segments().size() + " segments on " + server.uri() + " (Ctrl-C stops)");
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            server.close();
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The settings of a {@link ScoringServer}. Each setter checks its argument at once and names it in the
     * message; {@link #build()} checks that a model was given.
     */
    public static final class Builder {
        private SegmentationModel model;
        private String host = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private UnknownFields unknownFields = UnknownFields.REJECT;
        private Duration shutdownGrace = Duration.ofSeconds(5);
        private Consumer<? super Throwable> onError = ScoringServer::log;
        private Function<Map<String, ?>, Assignment> scorer;

        private Builder() {
        }

        /**
         * The model to score with (required); shared by every worker thread, as it is immutable.
         *
         * @param model a fitted or loaded model
         */
        public Builder model(SegmentationModel model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * The host name or address to listen on: {@code 127.0.0.1} by default (this machine only);
         * {@code 0.0.0.0} listens on every interface.
         *
         * @param host a host name or an IPv4/IPv6 literal, not blank
         */
        public Builder host(String host) {
            this.host = Check.notBlank("host", host);
            return this;
        }

        /**
         * The TCP port, 0 to 65535: 0 picks a free port, which {@link ScoringServer#port()} then tells
         * (default {@value ScoringServer#DEFAULT_PORT}).
         *
         * @param port 0 to 65535
         */
        public Builder port(int port) {
            this.port = Check.between("port", port, 0, 65_535);
            return this;
        }

        /**
         * The number of worker threads that answer requests (default: the number of processors, at least 2).
         *
         * @param threads 1 to 1024
         */
        public Builder threads(int threads) {
            this.threads = Check.between("threads", threads, 1, 1_024);
            return this;
        }

        /**
         * The largest request body accepted, in bytes, at least 1 (default 1 MiB); a larger body is answered
         * 413 after reading at most one byte more.
         *
         * @param maxBodyBytes bytes, 1 to {@code Integer.MAX_VALUE - 1}
         */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = Check.between("maxBodyBytes", maxBodyBytes, 1, Integer.MAX_VALUE - 1);
            return this;
        }

        /**
         * What to do with a customer field that is not an input column (default {@link UnknownFields#REJECT}).
         *
         * @param unknownFields the policy
         */
        public Builder unknownFields(UnknownFields unknownFields) {
            this.unknownFields = Objects.requireNonNull(unknownFields, "unknownFields");
            return this;
        }

        /**
         * How long {@link ScoringServer#close()} waits for requests in progress (default 5 s).
         *
         * @param shutdownGrace zero or positive
         */
        public Builder shutdownGrace(Duration shutdownGrace) {
            Objects.requireNonNull(shutdownGrace, "shutdownGrace");
            if (shutdownGrace.isNegative()) {
                throw new IllegalArgumentException("shutdownGrace must be >= 0 (was " + shutdownGrace + ")");
            }
            this.shutdownGrace = shutdownGrace;
            return this;
        }

        /**
         * Receives every failure inside the server that was answered 500, on the worker thread; by default it
         * is logged through {@link System.Logger} ({@code io.segmentation.examples.server}) at level ERROR.
         *
         * @param onError called once per failure; it should not throw
         */
        public Builder onError(Consumer<? super Throwable> onError) {
            this.onError = Objects.requireNonNull(onError, "onError");
            return this;
        }

        /** Replaces the model's {@code assign} (tests only: to make the server fail on purpose). */
        Builder scorer(Function<Map<String, ?>, Assignment> scorer) {
            this.scorer = Objects.requireNonNull(scorer, "scorer");
            return this;
        }

        /**
         * A server with these settings, not yet listening; call {@link ScoringServer#start()}.
         *
         * @throws IllegalStateException when no model was given
         */
        public ScoringServer build() {
            if (model == null) {
                throw new IllegalStateException("ScoringServer is incomplete: model(...) was not called");
            }
            return new ScoringServer(this);
        }
    }

    private static void log(Throwable e) {
        System.getLogger("io.segmentation.examples.server").log(System.Logger.Level.ERROR, "request failed", e);
    }
}
