package io.segmentation.viz;

import io.segmentation.Pipeline;
import io.segmentation.SegmentationModel;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Measures {@link HtmlReport#toHtml()} for a model fitted on 100,000 synthetic customers (K-Means, k = 7):
 * the time of each of three reports after one warm-up, and the report's size. A plain main, not a test; run
 * from the repository root:
 * <pre>
 * mvn -B -o -q -pl segmentation-viz -am test-compile exec:java -Dviz.docs.skip=false \
 *     -Dexec.mainClass=io.segmentation.viz.HtmlReportMeasurement -Dexec.args=100000
 * </pre>
 * It prints one line per run (a measurement tool in test sources; the library itself never prints).
 */
final class HtmlReportMeasurement {
    private HtmlReportMeasurement() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");      // before any AWT class loads (exec:java)
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Dataset customers = SyntheticCustomers.builder().n(n).seed(1).build().generate();
        long fitStart = System.nanoTime();
        SegmentationModel model = Pipeline.builder().idColumn(SyntheticCustomers.ID_COLUMN)
                .cluster(KMeans.builder().k(7).build()).seed(42).build().fit(customers);
        System.out.printf(Locale.ROOT, "fit of %,d customers: %.2f s%n", n, (System.nanoTime() - fitStart) / 1e9);
        HtmlReport report = HtmlReport.builder(model, customers).build();
        report.toHtml();                                    // warm-up
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            String html = report.toHtml();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "report %d: %.2f s, %,d bytes%n", run, seconds,
                    html.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
