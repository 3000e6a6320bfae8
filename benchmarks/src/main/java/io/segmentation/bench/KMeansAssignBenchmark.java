package io.segmentation.bench;

import io.segmentation.cluster.internal.BlockDistances;
import io.segmentation.cluster.internal.Kernels;
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
 * The k-means assignment step: the direct difference loop that the library uses
 * ({@link Kernels#assignRows(double[], double[], int, int, int[], double[], int, int)}) against a blocked
 * "norms + dot products" kernel (‖c‖² − 2·x·c over four rows at a time, centres transposed), written here
 * only to measure whether it would be faster, and the blocks of rows that k-means now assigns with
 * ({@link BlockDistances#nearest}), scalar and over the Vector API (the fork adds its module), and a plain
 * read of the data as the memory-bandwidth floor of any pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class KMeansAssignBenchmark {
    @Param({"10000", "100000"})
    int n;
    @Param({"8", "16", "32"})
    int d;
    @Param({"8", "16"})
    int k;
    @Param({"direct", "dots", "blockScalar", "blockVector", "inPlaceScalar", "inPlaceVector", "readOnly"})
    String kernel;

    double[] x;
    double[] centres;
    double[] centresT;
    double[] centreNorms;
    double[] distances;
    double[] scratch;
    int[] labels;
    BlockDistances blocks;
    int[] rows;
    double[] transposed;
    double[] sums;
    double[] blocked;
    int[] best;
    double[] bestDist;
    double[] secondDist;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        x = random.doubles((long) n * d).toArray();
        centres = random.doubles((long) k * d).toArray();
        centresT = new double[k * d];
        centreNorms = new double[k];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                double v = centres[c * d + j];
                centresT[j * k + c] = v;
                centreNorms[c] += v * v;
            }
        }
        distances = new double[n];
        scratch = new double[4 * k];
        labels = new int[n];
        boolean vector = kernel.endsWith("Vector");
        blocks = vector ? BlockDistances.vector() : BlockDistances.scalar();
        if (vector && !BlockDistances.vectorAvailable()) {
            throw new IllegalStateException(kernel + " needs --add-modules jdk.incubator.vector");
        }
        blocked = BlockDistances.blocked(n, d);
        BlockDistances.fillBlocked(x, d, 0, n, blocked);
        rows = new int[BlockDistances.ROWS];
        transposed = new double[BlockDistances.ROWS * d];
        sums = new double[BlockDistances.ROWS * k];
        best = new int[BlockDistances.ROWS];
        bestDist = new double[BlockDistances.ROWS];
        secondDist = new double[BlockDistances.ROWS];
    }

    @Benchmark
    public int assign() {
        if (kernel.equals("direct")) {
            return Kernels.assignRows(x, centres, d, k, labels, distances, 0, n);
        }
        if (kernel.startsWith("block")) {
            return assignByBlocks(false);
        }
        if (kernel.startsWith("inPlace")) {
            return assignByBlocks(true);
        }
        if (kernel.equals("readOnly")) {
            return readOnce();
        }
        return assignByDots();
    }

    /** The floor for any pass: reads every one of the n × d values once ({@link Data#sumOnce}). */
    private int readOnce() {
        return (int) Math.signum(Data.sumOnce(x, 0, n * d));
    }

    /**
     * What a Lloyd pass does: blocks of rows, nearest centre and the two smallest distances per row; the
     * blocks either gathered from the row-major data (as Hamerly's failing rows are) or measured where
     * they lie in the blocked copy k-means makes once per fit.
     */
    private int assignByBlocks(boolean inPlace) {
        int changed = 0;
        for (int from = 0; from < n; from += BlockDistances.ROWS) {
            int m = BlockDistances.range(rows, from, n);
            if (inPlace) {
                blocks.nearestOfBlock(blocked, from * d, d, m, centres, k, sums, best, bestDist, secondDist);
            } else {
                blocks.nearest(x, d, rows, m, centres, k, transposed, sums, best, bestDist, secondDist);
            }
            for (int r = 0; r < m; r++) {
                if (labels[from + r] != best[r]) {
                    labels[from + r] = best[r];
                    changed++;
                }
                distances[from + r] = bestDist[r];
            }
        }
        return changed;
    }

    /** ‖c‖² − 2·x·c for four rows at a time (‖x‖² does not change the nearest centre). */
    private int assignByDots() {
        int changed = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            int o0 = i * d;
            for (int c = 0; c < k; c++) {
                scratch[c] = centreNorms[c];
                scratch[k + c] = centreNorms[c];
                scratch[2 * k + c] = centreNorms[c];
                scratch[3 * k + c] = centreNorms[c];
            }
            for (int j = 0; j < d; j++) {
                double a0 = -2.0 * x[o0 + j];
                double a1 = -2.0 * x[o0 + d + j];
                double a2 = -2.0 * x[o0 + 2 * d + j];
                double a3 = -2.0 * x[o0 + 3 * d + j];
                int t = j * k;
                for (int c = 0; c < k; c++) {
                    double v = centresT[t + c];
                    scratch[c] += a0 * v;
                    scratch[k + c] += a1 * v;
                    scratch[2 * k + c] += a2 * v;
                    scratch[3 * k + c] += a3 * v;
                }
            }
            for (int r = 0; r < 4; r++) {
                int best = 0;
                double bestDist = scratch[r * k];
                for (int c = 1; c < k; c++) {
                    if (scratch[r * k + c] < bestDist) {
                        bestDist = scratch[r * k + c];
                        best = c;
                    }
                }
                if (labels[i + r] != best) {
                    labels[i + r] = best;
                    changed++;
                }
                distances[i + r] = bestDist;
            }
        }
        return changed;
    }
}
