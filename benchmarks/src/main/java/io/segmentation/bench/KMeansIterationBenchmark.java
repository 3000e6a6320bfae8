package io.segmentation.bench;

import io.segmentation.cluster.KMeans;
import io.segmentation.cluster.KMeansModel;
import io.segmentation.internal.Chunks;
import io.segmentation.internal.Workers;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one whole Lloyd iteration (assignment, the incremental centre sums, the update) against one
 * read of the data, both on {@code threads} threads. {@code lloyd} fits from fixed centres with the
 * tolerance at zero and {@code iterations} iterations: the difference between 11 and 1 iterations,
 * divided by 10, is one iteration without the set-up passes and the final inertia. {@code read} sums
 * every value of the data once, in fixed chunks, as a pass at memory bandwidth does. The heap is committed
 * and touched up front ({@code -Xms3g -XX:+AlwaysPreTouch}): each fit allocates about 145 MB (the blocked
 * copy of the data among it), and on a VM that has never touched a page the first touch costs about
 * 12 µs per 4 KiB, which would add up to 0.4 s to whichever fit lands on new pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-XX:+AlwaysPreTouch", "--add-modules", "jdk.incubator.vector"})
public class KMeansIterationBenchmark {
    @Param({"1000000"})
    int n;
    @Param({"16"})
    int d;
    @Param({"8"})
    int k;
    @Param({"2"})
    int threads;
    @Param({"1", "11"})
    int iterations;

    DMatrixRMaj x;
    double[][] start;
    Workers workers;
    double[] chunkSums;

    @Setup(Level.Trial)
    public void setUp() {
        // Uniform data: no clusters to find, so that rows keep changing cluster in every iteration.
        SplittableRandom random = new SplittableRandom(42);
        x = DMatrixRMaj.wrap(n, d, random.doubles((long) n * d).toArray());
        start = new double[k][d];
        for (int c = 0; c < k; c++) {
            System.arraycopy(x.data, c * 1000 * d, start[c], 0, d);
        }
        workers = Workers.of(threads);
        chunkSums = new double[Chunks.count(n)];
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workers.close();
    }

    @Benchmark
    public KMeansModel lloyd() {
        KMeansModel model = KMeans.builder().k(k).threads(threads).algorithm(KMeans.Algorithm.LLOYD)
                .initialCentres(start).tolerance(0.0).maxIterations(iterations).build().fit(x);
        if (model.report().iterations() != iterations) {
            throw new IllegalStateException("converged after " + model.report().iterations() + " iterations");
        }
        return model;
    }

    @Benchmark
    public double read() {
        double[] data = x.data;
        int width = d;
        workers.forEachChunk(n, ch -> chunkSums[ch] = Data.sumOnce(data, Chunks.from(ch) * width,
                Chunks.to(ch, n) * width));
        double total = 0.0;
        for (double s : chunkSums) {
            total += s;
        }
        return total;
    }
}
