package io.segmentation.examples;

import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.GaussianMixtureModel;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.eval.KSelection;
import io.segmentation.eval.KSelectionReport;
import io.segmentation.examples.cli.Table;
import io.segmentation.viz.SelectionCharts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;

/**
 * Stage 6, Gaussian mixtures: choose k and the covariance shape by BIC, then read each customer's
 * probability of belonging to each segment.
 *
 * <pre>
 * mvn -B -q -pl segmentation-examples -am compile exec:java -Dexec.mainClass=io.segmentation.examples.GaussianMixtureExample
 * </pre>
 *
 * Options: {@code --n} customers (default 2,000), {@code --seed} (default 42), {@code --out} (default
 * {@code target/examples/gaussian-mixture}).
 */
public final class GaussianMixtureExample {
    private static final GaussianMixture.Covariance[] SHAPES = {
        GaussianMixture.Covariance.SPHERICAL, GaussianMixture.Covariance.DIAGONAL, GaussianMixture.Covariance.FULL};

    private GaussianMixtureExample() {
    }

    /** Runs the example; see the class comment for the options. */
    public static void main(String[] args) {
        ExampleArgs.main(args, "gaussian-mixture", 2_000, GaussianMixtureExample::run);
    }

    static Path run(ExampleArgs args, PrintStream out) throws IOException {
        Dataset customers = Examples.customers(args);
        // A full covariance has d(d+1)/2 parameters per component: project first, to the components that keep
        // 80% of the variance.
        FeatureMatrix features = Examples.pcaFeatures(customers, 0.80);
        DMatrixRMaj x = features.toMatrix();

        // Step 1: BIC = -2 log-likelihood + parameters · ln n. More components and freer shapes always fit
        // better; BIC charges for every parameter, so its lowest value balances fit and size.
        Table table = new Table("k", "spherical BIC", "diagonal BIC", "full BIC");
        GaussianMixtureModel best = null;
        double bestBic = Double.POSITIVE_INFINITY;
        for (int k = 2; k <= 8; k++) {
            Object[] row = new Object[SHAPES.length + 1];
            row[0] = k;
            for (int s = 0; s < SHAPES.length; s++) {
                GaussianMixtureModel model = GaussianMixture.builder().k(k).covariance(SHAPES[s]).seed(args.seed())
                        .build().fit(x);
                double bic = model.bic(x);
                row[s + 1] = Table.number(bic, 1);
                if (bic < bestBic) {
                    bestBic = bic;
                    best = model;
                }
            }
            table.row(row);
        }
        out.println(table.toText());
        out.printf(Locale.ROOT, "%nlowest BIC: k = %d, %s covariance (BIC %.1f)%n%n", best.clusterCount(),
                best.covarianceType().name().toLowerCase(Locale.ROOT), bestBic);

        // Step 2: BIC and AIC of the winning shape against k, as a chart. AIC charges 2 per parameter and BIC
        // ln n, so AIC tends to pick more components; where both bottom out together the choice is clear.
        GaussianMixture.Covariance shape = best.covarianceType();
        KSelectionReport curve = KSelection.builder().kBetween(2, 8).criterion(KSelection.Criterion.BIC)
                .seed(args.seed()).build().run(k -> GaussianMixture.builder().k(k).covariance(shape).build(), x);
        Examples.chart(args, out, SelectionCharts.informationCriteria(curve), "bic-aic.png");
        out.println();

        // Step 3: soft assignments. Each customer gets a probability per segment; a customer split between
        // two segments is a borderline case that a campaign may treat differently.
        String[] header = new String[best.clusterCount() + 2];
        header[0] = "customer";
        header[1] = "segment";
        for (int c = 0; c < best.clusterCount(); c++) {
            header[c + 2] = "p(" + c + ")";
        }
        Table probabilities = new Table(header);
        double[][] all = new double[features.rowCount()][];
        for (int i = 0; i < features.rowCount(); i++) {
            all[i] = best.predictProbabilities(features.row(i));
            if (i < 5) {
                Object[] row = new Object[header.length];
                row[0] = i;
                row[1] = best.predict(features.row(i));
                for (int c = 0; c < best.clusterCount(); c++) {
                    row[c + 2] = Table.number(all[i][c], 3);
                }
                probabilities.row(row);
            }
        }
        out.println(probabilities.toText());

        // Step 4: every customer's probabilities as CSV.
        String[] names = new String[best.clusterCount()];
        for (int c = 0; c < names.length; c++) {
            names[c] = "p" + c;
        }
        Path csv = Examples.file(args, "probabilities.csv");
        Dataset.of(all, names).writeCsv(csv);
        out.println("wrote " + csv);
        return args.out();
    }
}
