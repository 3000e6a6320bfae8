package io.segmentation.examples;

import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.internal.AtomicFile;
import io.segmentation.preprocess.Encode;
import io.segmentation.preprocess.Impute;
import io.segmentation.preprocess.Outliers;
import io.segmentation.preprocess.Pca;
import io.segmentation.preprocess.Preprocessor;
import io.segmentation.preprocess.Scale;
import io.segmentation.viz.Charts;
import io.segmentation.viz.Format;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.internal.chartpart.Chart;

/** What the clustering examples share: the customers and the features of the preprocessing example. */
final class Examples {
    private Examples() {
    }

    /** Seeded synthetic customers. */
    static Dataset customers(ExampleArgs args) {
        return SyntheticCustomers.builder().n(args.n()).seed(args.seed()).build().generate();
    }

    /**
     * The preprocessing example's chain without PCA: median imputation, IQR clipping, one-hot encoding,
     * standard scaling; the id and the hidden segment are left out.
     */
    static Preprocessor.Builder preprocessing() {
        return Preprocessor.builder().idColumn(SyntheticCustomers.ID_COLUMN).drop(SyntheticCustomers.SEGMENT_COLUMN)
                .impute(Impute.median()).outliers(Outliers.iqr(1.5).clip()).encode(Encode.oneHot())
                .scale(Scale.standard());
    }

    /** The features without PCA. */
    static FeatureMatrix features(Dataset customers) {
        return preprocessing().build().fitTransform(customers).features();
    }

    /** The features projected on the principal components that keep {@code variance} of the variance. */
    static FeatureMatrix pcaFeatures(Dataset customers, double variance) {
        return preprocessing().pca(Pca.keepVariance(variance)).build().fitTransform(customers).features();
    }

    /** Saves {@code chart} as {@code name} (PNG) in the output directory, prints where and returns the path. */
    static Path chart(ExampleArgs args, PrintStream out, Chart<?, ?> chart, String name) throws IOException {
        Path file = file(args, name);
        Charts.save(chart, file, Format.PNG);
        out.println("wrote " + file);
        return file;
    }

    /** Writes {@code text} as UTF-8 to {@code file} atomically (a temporary file moved into place). */
    static void writeText(Path file, String text) throws IOException {
        AtomicFile.write(file, writer -> writer.write(text));
    }

    /** Creates the output directory and returns the path of a file in it. */
    static Path file(ExampleArgs args, String name) throws IOException {
        Files.createDirectories(args.out());
        return args.out().resolve(name);
    }
}
