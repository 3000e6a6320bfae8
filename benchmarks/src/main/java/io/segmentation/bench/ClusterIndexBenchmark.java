package io.segmentation.bench;

import io.segmentation.eval.CalinskiHarabasz;
import io.segmentation.eval.DaviesBouldin;
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
import org.openjdk.jmh.annotations.Warmup;

/** Calinski–Harabasz and Davies–Bouldin (two O(n·d) passes each) at a million rows. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClusterIndexBenchmark {
    @Param({"1000000"}) int n;
    @Param({"16"}) int d;
    @Param({"8"}) int k;
    @Param({"1", "2"}) int threads;
    DMatrixRMaj x;
    int[] labels;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        x = DMatrixRMaj.wrap(n, d, random.doubles((long) n * d).toArray());
        labels = random.ints(n, 0, k).toArray();
    }

    @Benchmark
    public double calinskiHarabasz() {
        return CalinskiHarabasz.of(x, labels, threads);
    }

    @Benchmark
    public double daviesBouldin() {
        return DaviesBouldin.of(x, labels, threads);
    }
}
