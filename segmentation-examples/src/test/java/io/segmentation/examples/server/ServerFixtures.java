package io.segmentation.examples.server;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.segmentation.Pipeline;
import io.segmentation.SegmentationModel;
import io.segmentation.cluster.KMeans;
import io.segmentation.data.Dataset;
import io.segmentation.data.Schema;
import io.segmentation.data.SyntheticCustomers;
import io.segmentation.preprocess.Encode;
import io.segmentation.preprocess.Impute;
import io.segmentation.preprocess.Scale;
import java.util.HashMap;
import java.util.Map;

/** One small fitted model and its customers, shared by the server tests (fitting takes a moment). */
final class ServerFixtures {
    static final Dataset CUSTOMERS = SyntheticCustomers.builder().n(800).seed(3).build().generate();
    /** Median imputation, one-hot encoding that rejects unseen levels, standard scaling, 4-means. */
    static final SegmentationModel MODEL = Pipeline.builder()
            .idColumn(SyntheticCustomers.ID_COLUMN)
            .dropColumns(SyntheticCustomers.SEGMENT_COLUMN)
            .impute(Impute.median())
            .encode(Encode.oneHot().unseen(Encode.Unseen.ERROR))
            .scale(Scale.standard())
            .cluster(KMeans.builder().k(4).build())
            .seed(42)
            .build()
            .fit(CUSTOMERS);

    private ServerFixtures() {
    }

    /** Row {@code i} as the model takes it: input columns only, null for a missing cell. */
    static Map<String, Object> customer(int i) {
        Map<String, Object> row = CUSTOMERS.row(i);
        Map<String, Object> input = new HashMap<>();
        for (Schema.Field f : MODEL.inputSchema().columns()) {
            Object v = row.get(f.name());
            input.put(f.name(), v instanceof Double d && d.isNaN() ? null : v);
        }
        return input;
    }

    /** Row {@code i} as a JSON object, written independently of the server's reader. */
    static JsonObject customerJson(int i) {
        JsonObject o = new JsonObject();
        for (Map.Entry<String, Object> e : customer(i).entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                o.add(e.getKey(), JsonNull.INSTANCE);
            } else if (v instanceof Number n) {
                o.addProperty(e.getKey(), n);
            } else {
                o.addProperty(e.getKey(), (String) v);
            }
        }
        return o;
    }
}
