package io.segmentation.bench;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import io.segmentation.io.DatasetFingerprint;
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

/**
 * Time to fingerprint a table of n customers with an id, 8 numeric and 2 categorical columns (SHA-256
 * over every cell). Run with {@code -prof gc}: allocation per call is a constant (the digest, an 8 KB
 * buffer, the level bytes), not a multiple of n.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DatasetFingerprintBenchmark {
    @Param({"10000", "100000"})
    int n;
    Dataset data;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        String[] ids = new String[n];
        String[] channels = new String[n];
        String[] regions = new String[n];
        String[] channelLevels = {"web", "app", "store"};
        String[] regionLevels = {"north", "south", "east", "west", "centre"};
        for (int i = 0; i < n; i++) {
            ids[i] = "C" + i;
            channels[i] = random.nextInt(20) == 0 ? null : channelLevels[random.nextInt(channelLevels.length)];
            regions[i] = regionLevels[random.nextInt(regionLevels.length)];
        }
        Dataset d = Dataset.ofColumns(IdColumn.of("customer_id", ids), CategoricalColumn.of("channel", channels),
                CategoricalColumn.of("region", regions));
        for (int j = 0; j < 8; j++) {
            d = d.withColumn(NumericColumn.of("x" + j, random.doubles(n).toArray()));
        }
        data = d;
    }

    @Benchmark
    public String fingerprint() {        // returning the digest keeps the work alive
        return DatasetFingerprint.of(data);
    }
}
