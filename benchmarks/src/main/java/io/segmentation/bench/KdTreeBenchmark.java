package io.segmentation.bench;

import io.segmentation.cluster.internal.KdTree;
import io.segmentation.cluster.internal.SpatialIndex;
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

/** The KD-tree under DBSCAN: building it, and 1,000 radius counts and neighbour lists. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class KdTreeBenchmark {
    @Param({"10000", "100000"}) int n;
    @Param({"2", "8"}) int d;
    @Param({"0.3"}) double eps;
    double[] x;
    KdTree tree;
    SpatialIndex.Search search;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        x = new double[n * d];
        // Points in a box whose side grows with n^(1/d), so the density (and the neighbours within eps)
        // stays about the same as n grows: about 10 in 2-D.
        double side = Math.pow(n * Math.pow(eps, d) / 10.0, 1.0 / d);
        for (int p = 0; p < x.length; p++) {
            x[p] = random.nextDouble() * side;
        }
        tree = KdTree.build(x, n, d);
        search = tree.newSearch();
    }

    @Benchmark
    public KdTree build() {
        return KdTree.build(x, n, d);
    }

    @Benchmark
    public long countWithin1000() {
        double eps2 = eps * eps;
        long total = 0;
        for (int i = 0; i < 1000; i++) {
            total += search.count(x, i * d, eps2, Integer.MAX_VALUE);
        }
        return total;
    }

    @Benchmark
    public long listWithin1000() {
        double eps2 = eps * eps;
        long total = 0;
        for (int i = 0; i < 1000; i++) {
            total += search.within(x, i * d, eps2);
        }
        return total;
    }
}
