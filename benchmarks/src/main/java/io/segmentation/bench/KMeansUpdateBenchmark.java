package io.segmentation.bench;

import io.segmentation.cluster.internal.Kernels;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/** The k-means centre update: per-label sums and counts of all rows ({@link Kernels#sumRows}). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class KMeansUpdateBenchmark {
    @Param({"10000", "100000"})
    int n;
    @Param({"8", "32"})
    int d;
    @Param({"16"})
    int k;

    double[] x;
    double[] sums;
    long[] counts;
    int[] labels;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        x = random.doubles((long) n * d).toArray();
        labels = random.ints(n, 0, k).toArray();
        sums = new double[k * d];
        counts = new long[k];
    }

    @Benchmark
    public double[] sumRows() {
        Arrays.fill(sums, 0.0);
        Arrays.fill(counts, 0L);
        Kernels.sumRows(x, d, labels, 0, n, sums, 0, counts, 0);
        return sums;
    }
}
