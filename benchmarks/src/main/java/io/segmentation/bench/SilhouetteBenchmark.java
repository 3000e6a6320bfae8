package io.segmentation.bench;

import io.segmentation.eval.Silhouette;
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

/**
 * The exact silhouette (O(n²·d)) and the sampled one, on uniform data with k = 8 labels dealt in turn, to
 * compare with scikit-learn's {@code silhouette_score} on the same sizes. One call is seconds long, so
 * each measurement is a single shot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SilhouetteBenchmark {
    @Param({"20000", "100000"}) int n;
    @Param({"16"}) int d;
    @Param({"8"}) int k;
    @Param({"1", "2"}) int threads;
    DMatrixRMaj x;
    int[] labels;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        x = DMatrixRMaj.wrap(n, d, random.doubles((long) n * d).toArray());
        labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % k;
        }
    }

    @Benchmark
    public double exact() {
        return Silhouette.exact(x, labels, threads).score();
    }

    @Benchmark
    public double sampled2000() {
        return Silhouette.sampled(x, labels, 2000, 42, threads).score();
    }
}
