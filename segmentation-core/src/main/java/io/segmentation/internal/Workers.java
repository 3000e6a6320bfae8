package io.segmentation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * A pool of a fixed number of threads, owned by one fit and closed at its end (never the common pool).
 * {@link #forEach} runs a task for every index in [0, count) and returns when all are done; with one
 * thread, tasks run on the caller's thread. Tasks must write only to their own slots of shared arrays.
 */
public final class Workers implements AutoCloseable {
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final int threads;
    private final ExecutorService pool;

    private Workers(int threads) {
        this.threads = threads;
        if (threads == 1) {
            this.pool = null;
        } else {
            int number = POOL_NUMBER.incrementAndGet();
            AtomicInteger thread = new AtomicInteger();
            ThreadFactory factory = r -> {
                Thread t = new Thread(r, "segmentation-" + number + "-" + thread.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            this.pool = Executors.newFixedThreadPool(threads, factory);
        }
    }

    /** A pool of {@code threads} threads (1 = run on the caller's thread). */
    public static Workers of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1 (was " + threads + ")");
        }
        return new Workers(threads);
    }

    /** The number of threads. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code task} for every index in [0, count) and waits for all of them.
     *
     * @throws CancellationException when the calling thread is interrupted (its flag stays set)
     * @throws RuntimeException      the first failure of a task, as thrown
     */
    public void forEach(int count, IntConsumer task) {
        forEach(count, () -> null, (unused, c) -> task.accept(c));
    }

    /**
     * Runs {@code task} for every index in [0, count), as {@link #forEach(int, IntConsumer)}, handing it
     * scratch buffers made by {@code scratch} once per task the pool runs (at most min(threads, count) per
     * call, each used by one thread at a time) and reused for every index that task takes: buffers that
     * live in a thread's cache, with no allocation per index.
     */
    public <S> void forEach(int count, Supplier<S> scratch, ObjIntConsumer<S> task) {
        checkInterrupted();
        if (pool == null || count <= 1) {
            S buffers = scratch.get();
            for (int c = 0; c < count; c++) {
                task.accept(buffers, c);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(threads, count);
        List<Future<?>> futures = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                S buffers = scratch.get();
                for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
                    task.accept(buffers, c);
                }
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            next.set(count);
            for (Future<?> f : futures) {
                f.cancel(true);
            }
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            next.set(count);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Runs {@code task} for every chunk of {@code n} rows; see {@link Chunks}. */
    public void forEachChunk(int n, IntConsumer task) {
        forEach(Chunks.count(n), task);
    }

    /** Runs {@code task} for every chunk of {@code n} rows with per-thread scratch buffers; see {@link Chunks}. */
    public <S> void forEachChunk(int n, Supplier<S> scratch, ObjIntConsumer<S> task) {
        forEach(Chunks.count(n), scratch, task);
    }

    /**
     * Throws when the calling thread has been interrupted; long loops call this between iterations.
     *
     * @throws CancellationException when interrupted (the flag stays set)
     */
    public static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }

    /** Stops the threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
