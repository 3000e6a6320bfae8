package io.segmentation.bench;

import io.segmentation.cluster.GaussianMixture;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.fitting.MultivariateNormalMixtureExpectationMaximization;
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
 * Whole Gaussian-mixture fits with full covariances side by side with Apache Commons Math 3's
 * {@code MultivariateNormalMixtureExpectationMaximization} (its own {@code estimate} initialisation,
 * 100 iterations at most, threshold 1e-3 on the mean log-likelihood like ours). Commons Math is slow, so
 * the default sizes are small; pass {@code -p n=100000 -p impl=ours} for the large case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class GaussianMixtureFitBenchmark {
    @Param({"5000", "10000"})
    int n;
    @Param({"8"})
    int d;
    @Param({"5"})
    int k;
    @Param({"ours", "commonsMath"})
    String impl;
    @Param({"2"})
    int threads;

    DMatrixRMaj x;
    double[][] rows;
    int fits;

    @Setup(Level.Trial)
    public void setUp() {
        x = Data.blobs(42, n, d, k, 6.0);
        rows = Data.rows(x);
    }

    @Benchmark
    public Object fit() {
        if (impl.equals("ours")) {
            return GaussianMixture.builder().k(k).seed(fits++).threads(threads).build().fit(x);
        }
        MultivariateNormalMixtureExpectationMaximization em = new MultivariateNormalMixtureExpectationMaximization(rows);
        em.fit(MultivariateNormalMixtureExpectationMaximization.estimate(rows, k), 100, 1e-3);
        return em.getFittedModel();
    }
}
