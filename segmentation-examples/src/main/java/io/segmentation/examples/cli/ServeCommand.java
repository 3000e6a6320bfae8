package io.segmentation.examples.cli;

import io.segmentation.SegmentationModel;
import io.segmentation.examples.server.ScoringServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code segment serve}: runs the REST {@link ScoringServer} on a saved model until it is stopped. Ctrl-C (or
 * any normal JVM shutdown) closes the server through a shutdown hook: requests in progress finish, and the
 * exit status is the JVM's own (130 after Ctrl-C). Interrupting the thread that runs the command closes the
 * server the same way and returns 0 (how the tests stop it).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SegmentCommand.Version.class,
        description = {"Serves a saved model over HTTP until stopped with Ctrl-C: GET /health, POST /predict, "
                + "GET /segments, GET /segment/{id}, GET /recommendations/{id}, GET /model (see docs/rest.md).",
                "Prints the address it listens on; binds to 127.0.0.1 (this machine only) unless --host says "
                        + "otherwise."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    SegmentCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "The host name or address to listen on; 0.0.0.0 listens on every interface "
                    + "(default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ScoringServer.DEFAULT_PORT,
            description = "The TCP port, 0 to 65535; 0 picks a free port, which the address line shows "
                    + "(default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads that answer requests, 1 to 1024 (default: the processors, at least 2).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        // Bad settings are bad usage before the model is read.
        ScoringServer.Builder settings = Failures.option(spec, () -> {
            ScoringServer.Builder b = ScoringServer.builder().host(host).port(port);
            if (threads != null) {
                b.threads(threads);
            }
            return b;
        });
        SegmentationModel loaded = model.load();
        Terminal terminal = root.terminal();
        ScoringServer server;
        try {
            server = settings.model(loaded).onError(e -> terminal.error("request failed: " + e)).build().start();
        } catch (UncheckedIOException e) {
            // A port in use or an unknown host: the server's message names the address; exit 1.
            throw new IllegalStateException(e.getMessage(), e);
        }
        Thread hook = new Thread(server::close, "segment-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean interrupted = false;
        try {
            terminal.result(String.format(Locale.ROOT, "serving %d segments of %s on %s (Ctrl-C stops)",
                    loaded.segments().size(), model.model, server.uri()));
            server.awaitClose();
        } catch (InterruptedException e) {
            interrupted = true;   // restored after close(), so that requests in progress get their grace period
        } finally {
            server.close();
            removeHook(hook);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        terminal.note("server stopped");
        return SegmentCommand.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the JVM is shutting down and the hook has run (or is running); nothing to remove.
        }
    }
}
