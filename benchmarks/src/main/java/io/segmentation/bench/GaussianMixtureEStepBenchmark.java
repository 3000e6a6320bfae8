package io.segmentation.bench;

import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.GaussianMixtureModel;
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
 * The Gaussian-mixture E-step's density work, through the public {@code logLikelihood}: for every row and
 * component a triangular product (full), then log-sum-exp; single-threaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class GaussianMixtureEStepBenchmark {
    @Param({"10000", "100000"})
    int n;
    @Param({"8"})
    int d;
    @Param({"5"})
    int k;
    @Param({"FULL", "DIAGONAL"})
    String covariance;

    DMatrixRMaj x;
    GaussianMixtureModel model;

    @Setup(Level.Trial)
    public void setUp() {
        x = Data.blobs(42, n, d, k, 6.0);
        model = GaussianMixture.builder().k(k).covariance(GaussianMixture.Covariance.valueOf(covariance))
                .maxIterations(5).seed(1).build().fit(Data.blobs(7, 5000, d, k, 6.0));
    }

    @Benchmark
    public double logLikelihood() {
        return model.logLikelihood(x);
    }
}
