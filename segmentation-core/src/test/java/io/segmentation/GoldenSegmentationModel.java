package io.segmentation;

import io.segmentation.cluster.KMeans;
import io.segmentation.data.Dataset;
import io.segmentation.data.SyntheticCustomers;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the golden model file that every later version must load, and the customers it was fitted on.
 * Regenerate it only on purpose while format version 1 is current; once the format moves on, freeze this
 * class and the files and add {@code -v2} ones. Run from the repository root:
 * <pre>
 * mvn -B -q -pl segmentation-core -am test-compile
 * mvn -B -q -pl segmentation-core dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp segmentation-core/target/classes:segmentation-core/target/test-classes:$(cat segmentation-core/target/cp.txt) \
 *     io.segmentation.GoldenSegmentationModel segmentation-core/src/test/resources/io/segmentation
 * </pre>
 */
final class GoldenSegmentationModel {
    static final String MODEL = "segmentation-model-v1.json";
    static final String CUSTOMERS = "segmentation-model-v1-customers.csv";
    static final int K = 3;

    private GoldenSegmentationModel() {
    }

    public static void main(String[] args) throws IOException {
        Path base = Path.of(args.length > 0 ? args[0] : "segmentation-core/src/test/resources/io/segmentation");
        Dataset customers = SyntheticCustomers.builder().n(300).seed(11).build().generate();
        SegmentationModel model = Pipeline.builder().idColumn("customer_id")
                .cluster(KMeans.builder().k(K).build()).seed(3).threads(1)
                .description("golden model of format version 1").build().fit(customers);
        customers.writeCsv(base.resolve(CUSTOMERS));
        model.save(base.resolve(MODEL));
    }
}
