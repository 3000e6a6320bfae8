package io.segmentation.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmentation.cluster.Dbscan;
import io.segmentation.cluster.GaussianMixture;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.FeatureMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ComparisonTest {
    private static final Blobs THREE = Blobs.of(450, 2, 3, 8.0, 4);

    @Test
    void tabulates_each_clusterer_with_the_metrics_computed_directly() {
        KMeans kmeans = KMeans.builder().k(3).seed(1).build();
        KMeans tooMany = KMeans.builder().k(6).seed(1).build();
        ComparisonTable table = Comparison.builder().add(kmeans).add(tooMany)
                .add(GaussianMixture.builder().k(3).seed(1).build()).build().run(THREE.x);
        assertEquals(3, table.rows().size());
        ComparisonRow first = table.rows().get(0);
        int[] labels = table.model(0).labels();
        assertEquals("kmeans", first.algorithm());
        assertEquals(kmeans.describe(), first.parameters());
        assertEquals(3, first.clusters());
        assertEquals(0.0, first.noiseShare());
        assertEquals(Silhouette.exact(THREE.x, labels).score(), first.silhouette(), 0.0);
        assertEquals(CalinskiHarabasz.of(THREE.x, labels), first.calinskiHarabasz(), 0.0);
        assertEquals(DaviesBouldin.of(THREE.x, labels), first.daviesBouldin(), 0.0);
        assertEquals(SizeDistribution.of(labels).smallestToLargest(), first.sizeSpread(), 0.0);
        // Sorting by silhouette puts a 3-cluster fit of 3 blobs before the 6-cluster one.
        ComparisonTable sorted = table.sortedBy(ComparisonTable.Order.SILHOUETTE);
        assertEquals(6, sorted.rows().get(2).clusters());
        assertEquals(sorted.rows().get(2).silhouette(), Silhouette.exact(THREE.x, sorted.model(2).labels()).score(), 0.0);
        assertThat(table.toText().split("\n")).hasSize(4);
        assertThat(table.toText()).startsWith("algorithm  parameters");
    }

    @Test
    void shows_noise_and_puts_undefined_scores_last() {
        // eps far too small: DBSCAN calls everything noise, so it has no silhouette and sorts last.
        ComparisonTable table = Comparison.builder()
                .add(Dbscan.builder().eps(1e-3).minPts(5).build())
                .add(Dbscan.builder().eps(1.5).minPts(5).build())
                .build().run(THREE.x);
        ComparisonRow allNoise = table.rows().get(0);
        assertEquals(1.0, allNoise.noiseShare());
        assertTrue(Double.isNaN(allNoise.silhouette()));
        ComparisonTable sorted = table.sortedBy(ComparisonTable.Order.SILHOUETTE);
        assertEquals(1.0, sorted.rows().get(1).noiseShare());
        assertThat(sorted.rows().get(0).clusters()).isEqualTo(3);
    }

    @Test
    void samples_the_silhouette_above_the_threshold() {
        ComparisonTable table = Comparison.builder().add(KMeans.builder().k(3).seed(1).build())
                .silhouetteSampleAbove(100).silhouetteSampleSize(90).seed(3).build().run(THREE.x);
        ComparisonRow row = table.rows().get(0);
        assertTrue(row.silhouetteSampled());
        assertEquals(Silhouette.exact(THREE.x, table.model(0).labels()).score(), row.silhouette(), 0.05);
        assertThat(table.toText()).endsWith("* silhouette estimated from a stratified sample");
    }

    @Test
    void accepts_a_feature_matrix() {
        FeatureMatrix features = FeatureMatrix.of(THREE.x.data, 450, 2, List.of("recency", "monetary"));
        Comparison comparison = Comparison.builder().add(KMeans.builder().k(3).seed(1).build()).build();
        ComparisonRow fromFeatures = comparison.run(features).rows().get(0);
        ComparisonRow fromMatrix = comparison.run(THREE.x).rows().get(0);
        assertEquals(fromMatrix.silhouette(), fromFeatures.silhouette(), 0.0);
        assertEquals(fromMatrix.calinskiHarabasz(), fromFeatures.calinskiHarabasz(), 0.0);
    }

    @Test
    void needs_a_clusterer() {
        assertThatThrownBy(() -> Comparison.builder().build())
                .hasMessage("Comparison is incomplete:\n  - add(...) was not called");
        assertThatThrownBy(() -> Comparison.builder().addAll(List.of()).silhouetteSampleSize(1))
                .hasMessage("silhouetteSampleSize must be >= 2 (was 1)");
    }
}
