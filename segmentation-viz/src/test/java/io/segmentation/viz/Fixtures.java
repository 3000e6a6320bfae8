package io.segmentation.viz;

import io.segmentation.Pipeline;
import io.segmentation.SegmentationModel;
import io.segmentation.cluster.Agglomerative;
import io.segmentation.cluster.AgglomerativeModel;
import io.segmentation.cluster.Dbscan;
import io.segmentation.cluster.EpsSuggestion;
import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.eval.Comparison;
import io.segmentation.eval.ComparisonTable;
import io.segmentation.eval.KSelection;
import io.segmentation.eval.KSelectionReport;
import io.segmentation.preprocess.Pca;

/**
 * Small fitted objects shared by the tests and the docs image generator, made once per JVM with fixed seeds:
 * fitting them takes about a second.
 */
final class Fixtures {
    static final Dataset CUSTOMERS = SyntheticCustomers.builder().n(1_500).seed(11).build().generate();

    /** K-Means with k = 5 and no PCA step: its scatter plot fits a PCA for the picture. */
    static final SegmentationModel MODEL = Pipeline.builder()
            .idColumn(SyntheticCustomers.ID_COLUMN)
            .cluster(KMeans.builder().k(5).build())
            .seed(42)
            .build()
            .fit(CUSTOMERS);

    /** K-Means with k = 4 on the principal components that keep 80 % of the variance. */
    static final SegmentationModel PCA_MODEL = Pipeline.builder()
            .idColumn(SyntheticCustomers.ID_COLUMN)
            .pca(Pca.keepVariance(0.8))
            .cluster(KMeans.builder().k(4).build())
            .seed(42)
            .build()
            .fit(CUSTOMERS);

    static final FeatureMatrix FEATURES = MODEL.features(CUSTOMERS);

    static final KSelectionReport SELECTION = KSelection.builder().kBetween(2, 7)
            .criterion(KSelection.Criterion.GAP).gapReferences(3).seed(5).build()
            .run(k -> KMeans.builder().k(k).build(), FEATURES);

    static final KSelectionReport MIXTURES = KSelection.builder().kBetween(2, 5)
            .criterion(KSelection.Criterion.BIC).seed(5).build()
            .run(k -> GaussianMixture.builder().k(k).build(), head(FEATURES, 400));

    static final AgglomerativeModel TREE = Agglomerative.builder().k(4).build().fit(head(FEATURES, 300));

    static final EpsSuggestion EPS = Dbscan.suggestEps(FEATURES, 8);

    static final ComparisonTable COMPARISON = Comparison.builder()
            .add(KMeans.builder().k(5).build())
            .add(GaussianMixture.builder().k(5).build())
            .seed(3).build().run(head(FEATURES, 500));

    private Fixtures() {
    }

    static FeatureMatrix head(FeatureMatrix x, int n) {
        int d = x.columnCount();
        double[] rows = new double[n * d];
        System.arraycopy(x.toArray(), 0, rows, 0, n * d);
        return FeatureMatrix.of(rows, n, d, x.featureNames());
    }
}
