package io.segmentation;

import io.segmentation.cluster.KMeans;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the golden model file with a training reference (the optional {@code reference} section, added within
 * format version 1), fitted with the recipe of {@link GoldenSegmentationModel} on the same customers, whose CSV
 * that class writes. It leaves {@code segmentation-model-v1.json} alone: that file, without a reference, must keep
 * loading too. Regenerate only on purpose; run from the repository root as {@link GoldenSegmentationModel} says,
 * with the main class {@code io.segmentation.GoldenMonitoredModel}.
 */
final class GoldenMonitoredModel {
    static final String MODEL = "segmentation-model-v1-reference.json";

    private GoldenMonitoredModel() {
    }

    public static void main(String[] args) throws IOException {
        Path base = Path.of(args.length > 0 ? args[0] : "segmentation-core/src/test/resources/io/segmentation");
        Dataset customers = SyntheticCustomers.builder().n(300).seed(11).build().generate();
        SegmentationModel model = Pipeline.builder().idColumn("customer_id")
                .cluster(KMeans.builder().k(GoldenSegmentationModel.K).build()).seed(3).threads(1)
                .description("golden model of format version 1 with a training reference").build().fit(customers);
        model.save(base.resolve(MODEL));
    }
}
