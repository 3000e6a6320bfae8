package io.segmentation.bench;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.profile.SegmentProfiler;
import io.segmentation.profile.SegmentProfiles;
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
 * Time to profile n synthetic customers (26 features) by their 7 true segments, with and without rules
 * (depth-3 one-vs-rest trees on the 18 numeric features).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SegmentProfilerBenchmark {
    @Param({"10000", "100000"})
    int n;
    @Param({"0", "3"})
    int ruleDepth;
    Dataset customers;
    int[] labels;
    SegmentProfiler profiler;

    @Setup(Level.Trial)
    public void setUp() {
        customers = SyntheticCustomers.builder().n(n).seed(42).build().generate();
        CategoricalColumn truth = customers.categorical(SyntheticCustomers.SEGMENT_COLUMN);
        labels = truth.codes();
        profiler = SegmentProfiler.builder().ignore(SyntheticCustomers.SEGMENT_COLUMN).ruleDepth(ruleDepth).build();
    }

    @Benchmark
    public SegmentProfiles profile() {
        return profiler.profile(customers, labels);
    }
}
