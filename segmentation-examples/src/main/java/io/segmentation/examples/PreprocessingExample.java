package io.segmentation.examples;

import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.examples.cli.Table;
import io.segmentation.preprocess.FittedPca;
import io.segmentation.preprocess.FittedPreprocessor;
import io.segmentation.preprocess.Pca;
import io.segmentation.preprocess.PreprocessReport;
import io.segmentation.preprocess.Preprocessed;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Stage 2, preprocessing: impute, treat outliers, encode, scale and project, fitted once and applied
 * identically to new customers.
 *
 * <pre>
 * mvn -B -q -pl segmentation-examples -am compile exec:java -Dexec.mainClass=io.segmentation.examples.PreprocessingExample
 * </pre>
 *
 * Options: {@code --n} customers (default 2,000), {@code --seed} (default 42), {@code --out} (default
 * {@code target/examples/preprocessing}).
 */
public final class PreprocessingExample {
    private PreprocessingExample() {
    }

    /** Runs the example; see the class comment for the options. */
    public static void main(String[] args) {
        ExampleArgs.main(args, "preprocessing", 2_000, PreprocessingExample::run);
    }

    static Path run(ExampleArgs args, PrintStream out) throws IOException {
        Dataset customers = Examples.customers(args);

        // Step 1: the chain, in its fixed order: median imputation → clip to the IQR fences → one-hot
        // encoding → standard scaling → PCA keeping 90% of the variance. The id and the hidden segment are
        // not features.
        Preprocessed pre = Examples.preprocessing().pca(Pca.keepVariance(0.90)).build().fitTransform(customers);
        FittedPreprocessor fitted = pre.fitted();
        PreprocessReport report = fitted.report();

        // Step 2: what each step did: cells filled, cells clipped.
        Table steps = new Table("column", "missing filled", "outliers clipped");
        for (Map.Entry<String, Integer> e : report.missingFilled().entrySet()) {
            steps.row(e.getKey(), e.getValue(), report.outliers().getOrDefault(e.getKey(), 0));
        }
        out.println(steps.toText());

        // Step 3: PCA: each component's share of the variance. One-hot columns widen the table a lot, and PCA
        // folds them back into a few directions.
        FittedPca pca = fitted.pca().orElseThrow();
        double[] share = pca.explainedVarianceRatio();
        Table components = new Table("component", "variance share", "cumulative");
        double cumulative = 0;
        for (int r = 0; r < share.length; r++) {
            cumulative += share[r];
            components.row("pc" + (r + 1), Table.number(share[r], 4), Table.number(cumulative, 4));
        }
        out.println();
        out.println(components.toText());
        out.printf(Locale.ROOT, "%n%d input features (after encoding) -> %d principal components%n",
                pca.inputFeatures().size(), pca.outputFeatures().size());

        // Step 4: fitted once, applied many times: new customers go through exactly the same steps, with the
        // medians, fences, levels, means and loadings learnt above. Here the first rows again, as new rows.
        FeatureMatrix again = fitted.transform(customers.head(5));
        boolean same = true;
        for (int i = 0; i < 5; i++) {
            same &= Arrays.equals(again.row(i), pre.features().row(i));
        }
        out.println("the fitted chain maps the first 5 customers to the same features again: " + same);

        // Step 5: the features as CSV, for a look in any tool.
        FeatureMatrix x = pre.features();
        Path csv = Examples.file(args, "features.csv");
        Dataset.of(x.toRows(), x.featureNames().toArray(String[]::new)).writeCsv(csv);
        out.println("wrote " + csv);
        return args.out();
    }
}
