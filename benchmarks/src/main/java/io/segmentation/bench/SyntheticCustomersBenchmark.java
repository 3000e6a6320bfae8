package io.segmentation.bench;

import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
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

/**
 * Time to generate n synthetic customers (all 28 columns, default missing rates and outliers) on one
 * thread and on two. The aim is 1,000,000 customers in under 10 s on a 2-core machine. The one-time
 * start-up of datafaker (loading its dictionaries) falls in the warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SyntheticCustomersBenchmark {
    @Param({"100000", "1000000"})
    int n;
    @Param({"1", "2"})
    int threads;
    SyntheticCustomers generator;

    @Setup(Level.Trial)
    public void setUp() {
        generator = SyntheticCustomers.builder().n(n).seed(42).threads(threads).build();
    }

    @Benchmark
    public Dataset generate() {        // returning the dataset keeps the work alive
        return generator.generate();
    }
}
