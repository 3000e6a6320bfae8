package io.segmentation.bench;

import io.segmentation.cluster.Dbscan;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.ml.clustering.DBSCANClusterer;
import org.apache.commons.math3.ml.clustering.DoublePoint;
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
 * A whole DBSCAN fit on 2-D Gaussian blobs, ours beside Apache Commons Math 3's {@code DBSCANClusterer}
 * (O(n²) neighbour search, so small sizes only). Commons Math does not count the point itself in
 * {@code minPts}, so it is given {@code minPts - 1} for the same clustering.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DbscanBenchmark {
    @Param({"2000", "10000"}) int n;
    @Param({"ours", "commonsMath"}) String impl;
    @Param({"10"}) int minPts;
    @Param({"0.3"}) double eps;
    DMatrixRMaj x;
    List<DoublePoint> points;
    Dbscan dbscan;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        x = new DMatrixRMaj(n, 2);
        points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = i % 8;
            for (int j = 0; j < 2; j++) {
                double u = 1.0 - random.nextDouble();
                double v = random.nextDouble();
                double g = Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
                x.data[i * 2 + j] = 10.0 * ((c >> j) & 3) + g;
            }
            points.add(new DoublePoint(new double[] {x.data[i * 2], x.data[i * 2 + 1]}));
        }
        dbscan = Dbscan.builder().eps(eps).minPts(minPts).threads(1).build();
    }

    @Benchmark
    public Object fit() {
        if (impl.equals("ours")) {
            return dbscan.fit(x);
        }
        return new DBSCANClusterer<DoublePoint>(eps, minPts - 1).cluster(points);
    }
}
