package io.segmentation.bench;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import io.segmentation.preprocess.Encode;
import io.segmentation.preprocess.FittedPreprocessor;
import io.segmentation.preprocess.Impute;
import io.segmentation.preprocess.Outliers;
import io.segmentation.preprocess.Pca;
import io.segmentation.preprocess.Preprocessor;
import io.segmentation.preprocess.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The full preprocessing chain (median imputation, IQR clipping, one-hot encoding, standard scaling, PCA to 90%
 * of the variance) on n customers × 20 columns driven by 4 hidden traits: 16 numeric (half log-normal, 1%
 * missing) and 4 categorical with 3, 6, 9 and 12 levels (1% missing), 46 features after encoding. {@code fitAndTransform} is the training cost, {@code transform} the cost of
 * scoring a batch, {@code transformRow} the cost of scoring one customer (as REST does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PreprocessBenchmark {
    @Param({"100000", "1000000"})
    int n;

    Dataset customers;
    Preprocessor chain;
    FittedPreprocessor fitted;
    Map<String, Object> one;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        List<Column> columns = new ArrayList<>();
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add("c" + i);
        }
        columns.add(IdColumn.of("customer_id", ids));
        // Customers driven by 4 hidden traits (as real spend, frequency and engagement columns are), plus noise.
        double[][] traits = new double[4][n];
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < n; i++) {
                traits[t][i] = random.nextGaussian();
            }
        }
        for (int j = 0; j < 16; j++) {
            double[] v = new double[n];
            double[] trait = traits[j % 4];
            for (int i = 0; i < n; i++) {
                double g = (1 + j / 4) * trait[i] + 0.5 * random.nextGaussian();
                v[i] = random.nextInt(100) == 0 ? Double.NaN : (j % 2 == 0 ? Math.exp(g / 2) : 10 * j + g);
            }
            columns.add(NumericColumn.of("x" + j, v));
        }
        for (int j = 0; j < 4; j++) {
            int levels = 3 + 3 * j;
            double[] trait = traits[j];
            List<String> v = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int level = (int) Math.max(0, Math.min(levels - 1, (trait[i] + 2.5) / 5 * levels));
                if (random.nextInt(5) == 0) {
                    level = random.nextInt(levels);
                }
                v.add(random.nextInt(100) == 0 ? null : "level" + level);
            }
            columns.add(CategoricalColumn.of("c" + j, v));
        }
        customers = Dataset.ofColumns(columns);
        chain = Preprocessor.builder().idColumn("customer_id").impute(Impute.median())
                .outliers(Outliers.iqr(1.5).clip()).encode(Encode.oneHot()).scale(Scale.standard())
                .pca(Pca.keepVariance(0.90)).build();
        fitted = chain.fit(customers);
        one = customers.row(n / 2);
    }

    @Benchmark
    public FeatureMatrix fitAndTransform() {
        return chain.fit(customers).transform(customers);
    }

    @Benchmark
    public FeatureMatrix transform() {
        return fitted.transform(customers);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] transformRow() {
        return fitted.transformRow(one);
    }
}
