package io.segmentation.bench;

import io.segmentation.cluster.KMeans;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;
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
 * Whole k-means fits (k-means++ seeding, one init, to convergence) side by side with Apache Commons Math
 * 3's {@code KMeansPlusPlusClusterer} on the same data. Ours runs Lloyd or Hamerly on {@code threads}
 * threads; Commons Math is single-threaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class KMeansFitBenchmark {
    @Param({"10000", "100000"})
    int n;
    @Param({"16"})
    int d;
    @Param({"8"})
    int k;
    @Param({"ours", "oursLloyd", "commonsMath"})
    String impl;
    @Param({"2"})
    int threads;

    DMatrixRMaj x;
    List<DoublePoint> points;
    int fits;

    @Setup(Level.Trial)
    public void setUp() {
        x = Data.blobs(42, n, d, k, 4.0);
        points = new ArrayList<>(n);
        for (double[] row : Data.rows(x)) {
            points.add(new DoublePoint(row));
        }
    }

    @Benchmark
    public Object fit() {
        long seed = fits++; // a new seeding each fit, as in a median over seeds
        switch (impl) {
            case "ours":
                return KMeans.builder().k(k).seed(seed).threads(threads).build().fit(x);
            case "oursLloyd":
                return KMeans.builder().k(k).seed(seed).threads(threads).algorithm(KMeans.Algorithm.LLOYD).build()
                        .fit(x);
            default:
                return new KMeansPlusPlusClusterer<DoublePoint>(k, 300, new EuclideanDistance(),
                        new JDKRandomGenerator((int) seed)).cluster(points);
        }
    }
}
