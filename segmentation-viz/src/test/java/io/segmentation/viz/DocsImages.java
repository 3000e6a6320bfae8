package io.segmentation.viz;

import io.segmentation.SegmentationModel;
import io.segmentation.data.DataSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * Writes the PNG images of {@code docs/visualisation.md} into {@code docs/images/} and a sample report to
 * {@code segmentation-viz/target/sample-report.html}. Run from the repository root:
 * <pre>
 * mvn -B -o -q -pl segmentation-viz -am test-compile exec:java -Dviz.docs.skip=false
 * </pre>
 * ({@code -Dexec.args="DIR REPORT"} writes elsewhere). The images depend only on fixed seeds.
 */
final class DocsImages {
    private DocsImages() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");      // before any AWT class loads (exec:java)
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(dir);
        SegmentationModel model = Fixtures.MODEL;
        save(SegmentCharts.pcaScatter(model, Fixtures.CUSTOMERS), dir, "pca-scatter");
        List<XYChart> pairs = SegmentCharts.scatterPairs(model, Fixtures.CUSTOMERS, 3);
        for (int i = 0; i < pairs.size(); i++) {
            save(pairs.get(i), dir, "scatter-pair-" + (i + 1));
        }
        save(SegmentCharts.sizes(model), dir, "sizes");
        save(SegmentCharts.profileHeatmap(model), dir, "profile-heatmap");
        save(SegmentCharts.radar(model, 0, 6), dir, "radar");
        save(SelectionCharts.elbow(Fixtures.SELECTION), dir, "elbow");
        for (SelectionCharts.Score s : SelectionCharts.Score.values()) {
            save(SelectionCharts.score(Fixtures.SELECTION, s), dir, "score-" + s.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'));
        }
        save(SelectionCharts.informationCriteria(Fixtures.MIXTURES), dir, "bic-aic");
        save(SelectionCharts.kDistance(Fixtures.EPS), dir, "k-distance");
        save(QualityCharts.silhouette(model, Fixtures.CUSTOMERS), dir, "silhouette");
        save(QualityCharts.dendrogram(Fixtures.TREE.dendrogram(), 30, 4), dir, "dendrogram");
        save(RfmCharts.distribution(model, Fixtures.CUSTOMERS, "recency_days", 20), dir, "rfm-recency");
        save(RfmCharts.recencyFrequency(model, Fixtures.CUSTOMERS, "recency_days", "frequency"), dir,
                "rfm-recency-frequency");
        save(RfmCharts.recencyFrequencyByMonetary(Fixtures.CUSTOMERS, "recency_days", "frequency", "monetary"), dir,
                "rfm-monetary");
        save(FeatureCharts.explainedVariance(Fixtures.PCA_MODEL.preprocessor().pca().orElseThrow()), dir,
                "pca-variance");
        save(FeatureCharts.correlations(DataSummary.of(Fixtures.CUSTOMERS)), dir, "correlations");
        save(FeatureCharts.drift(List.of("age", "income", "recency_days", "frequency", "monetary", "tenure_months"),
                new double[] {0.02, 0.04, 0.31, 0.12, 0.08, 0.01}, 0.1, 0.25), dir, "drift");
        Path report = Path.of(args.length > 1 ? args[1] : "segmentation-viz/target/sample-report.html");
        HtmlReport.builder(model, Fixtures.CUSTOMERS).selection(Fixtures.SELECTION).comparison(Fixtures.COMPARISON)
                .title("Synthetic customers: sample report").build().write(report);
    }

    private static void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path dir, String name)
            throws IOException {
        Charts.save(chart, dir.resolve(name + ".png"), Format.PNG);
    }
}
