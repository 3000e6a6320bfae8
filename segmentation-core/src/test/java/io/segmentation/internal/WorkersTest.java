package io.segmentation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

final class WorkersTest {
    @Test
    void runs_every_index_exactly_once_on_any_number_of_threads() {
        for (int threads : new int[] {1, 2, 4}) {
            try (Workers workers = Workers.of(threads)) {
                AtomicIntegerArray runs = new AtomicIntegerArray(1000);
                workers.forEach(1000, runs::incrementAndGet);
                for (int i = 0; i < 1000; i++) {
                    assertEquals(1, runs.get(i), "threads " + threads + ", index " + i);
                }
            }
        }
    }

    @Test
    void scratch_is_made_once_per_thread_and_never_shared_between_threads() {
        try (Workers workers = Workers.of(3)) {
            Map<Object, Thread> owner = new ConcurrentHashMap<>();
            AtomicInteger foreign = new AtomicInteger();
            AtomicIntegerArray runs = new AtomicIntegerArray(500);
            workers.forEach(500, () -> {
                Object scratch = new Object();
                owner.put(scratch, Thread.currentThread());
                return scratch;
            }, (scratch, c) -> {
                if (owner.get(scratch) != Thread.currentThread()) {
                    foreign.incrementAndGet();
                }
                runs.incrementAndGet(c);
            });
            assertThat(owner.size()).isBetween(1, 3);
            assertThat(new HashSet<>(owner.values())).hasSize(owner.size());
            assertEquals(0, foreign.get());
            for (int i = 0; i < 500; i++) {
                assertEquals(1, runs.get(i), "index " + i);
            }
        }
    }

    @Test
    void a_pool_whose_threads_already_run_makes_at_most_one_scratch_per_thread_and_call() {
        try (Workers workers = Workers.of(2)) {
            for (int call = 0; call < 20; call++) {
                AtomicInteger made = new AtomicInteger();
                AtomicInteger runs = new AtomicInteger();
                workers.forEach(64, () -> {
                    made.incrementAndGet();
                    return new Object();
                }, (scratch, c) -> runs.incrementAndGet());
                assertThat(made.get()).as("call " + call).isBetween(1, 2);
                assertEquals(64, runs.get());
            }
        }
    }

    @Test
    void one_thread_makes_one_scratch_on_the_callers_thread() {
        try (Workers workers = Workers.of(1)) {
            AtomicInteger made = new AtomicInteger();
            Thread caller = Thread.currentThread();
            AtomicInteger elsewhere = new AtomicInteger();
            int[][] last = new int[1][];
            workers.forEachChunk(3 * Chunks.SIZE + 1, () -> {
                made.incrementAndGet();
                last[0] = new int[1];
                return last[0];
            }, (scratch, ch) -> {
                scratch[0]++;
                if (Thread.currentThread() != caller) {
                    elsewhere.incrementAndGet();
                }
            });
            assertEquals(1, made.get());
            assertEquals(4, last[0][0]); // the one scratch served all 4 chunks
            assertEquals(0, elsewhere.get());
        }
    }

    @Test
    void a_failing_task_is_rethrown_as_thrown() {
        try (Workers workers = Workers.of(2)) {
            assertThatThrownBy(() -> workers.forEach(100, c -> {
                if (c == 37) {
                    throw new IllegalStateException("row 37 is bad");
                }
            })).isInstanceOf(IllegalStateException.class).hasMessage("row 37 is bad");
        }
    }

    @Test
    void an_interrupted_caller_is_cancelled_and_keeps_its_flag() {
        try (Workers workers = Workers.of(2)) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> workers.forEach(10, c -> { }))
                        .isInstanceOf(CancellationException.class);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void names_a_bad_thread_count() {
        assertThatThrownBy(() -> Workers.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads").hasMessageContaining("0");
    }
}
