package io.segmentation.bench;

import io.segmentation.cluster.Agglomerative;
import io.segmentation.cluster.Linkage;
import io.segmentation.cluster.internal.GenericLinkage;
import io.segmentation.cluster.internal.MergeList;
import io.segmentation.cluster.internal.NnChain;
import io.segmentation.cluster.internal.PackedDistances;
import io.segmentation.cluster.internal.PrimMst;
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
 * Agglomerative clustering on one thread: the merge kernels (ward's nearest-neighbour chain, Prim's
 * minimum spanning tree, the generic algorithm on a packed matrix) and whole fits per linkage
 * (including the dendrogram and the cut).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AgglomerativeBenchmark {
    @Param({"2000", "5000"}) int n;
    @Param({"8"}) int d;
    @Param({"WARD", "COMPLETE", "AVERAGE", "SINGLE"}) Linkage linkage;
    double[] x;
    Workers workers;
    Agglomerative agglomerative;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        x = new double[n * d];
        for (int i = 0; i < n; i++) {
            int c = i % 5;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = (j == c ? 8.0 : 0.0) + random.nextDouble() * 2.0;
            }
        }
        workers = Workers.of(1);
        agglomerative = Agglomerative.builder().k(5).linkage(linkage).threads(1).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workers.close();
    }

    /** The merges alone: the kernel the linkage uses (the matrix fill included for complete and average). */
    @Benchmark
    public MergeList merges() {
        switch (linkage) {
            case WARD:
                return NnChain.ward(x, n, d, workers);
            case SINGLE:
                return PrimMst.of(x, n, d, workers);
            default:
                return GenericLinkage.of(PackedDistances.of(x, n, d, workers), linkage == Linkage.AVERAGE, workers);
        }
    }

    @Benchmark
    public Object wholeFit() {
        return agglomerative.fit(DMatrixRMaj.wrap(n, d, x));
    }
}
