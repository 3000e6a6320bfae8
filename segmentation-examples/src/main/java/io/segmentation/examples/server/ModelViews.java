package io.segmentation.examples.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.segmentation.Assignment;
import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.TrainingMetrics;
import io.segmentation.profile.Strategy;
import java.util.List;

/**
 * The JSON the server answers with, built from the model: the views of segments, recommendations and
 * metadata (made once, since the model is immutable) and the result of one assignment. Stateless.
 */
final class ModelViews {
    private ModelViews() {
    }

    static JsonObject health(SegmentationModel model) {
        JsonObject o = new JsonObject();
        o.addProperty("status", "ok");
        o.addProperty("segments", model.segments().size());
        return o;
    }

    /** Every segment in short: id, name, archetype, size, share and the strategy's objective; noise when any. */
    static JsonObject segments(SegmentationModel model) {
        JsonArray list = new JsonArray();
        for (Segment s : model.segments()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", s.id());
            o.addProperty("name", s.name());
            o.addProperty("archetype", s.profile().archetype());
            o.addProperty("size", s.size());
            o.addProperty("share", s.share());
            o.addProperty("objective", s.strategy().objective());
            list.add(o);
        }
        JsonObject o = new JsonObject();
        o.addProperty("count", model.segments().size());
        o.add("segments", list);
        model.profiles().noise().ifPresent(noise -> {
            JsonObject n = new JsonObject();
            n.addProperty("id", Segment.NOISE);
            n.addProperty("name", SegmentationModel.NOISE_NAME);
            n.addProperty("size", noise.size());
            n.addProperty("share", noise.share());
            o.add("noise", n);
        });
        return o;
    }

    /**
     * The full profile of each segment, by id, exactly as the model file holds it ({@code docs/model-file.md}):
     * statistics in original units, what sets the segment apart, the strategy and the rule.
     */
    static List<JsonElement> profiles(SegmentationModel model) {
        JsonArray all = model.profiles().toState().getAsJsonArray("segments");
        return all.asList();
    }

    static JsonObject recommendations(Segment s) {
        Strategy st = s.strategy();
        JsonObject o = new JsonObject();
        o.addProperty("segment", s.id());
        o.addProperty("name", s.name());
        o.addProperty("archetype", s.profile().archetype());
        o.addProperty("objective", st.objective());
        o.add("channels", strings(st.channels()));
        o.add("offers", strings(st.offers()));
        o.add("kpis", strings(st.kpis()));
        o.add("actions", strings(st.actions()));
        JsonArray why = new JsonArray();
        s.profile().distinctions().forEach(d -> why.add(d.description()));
        o.add("because", why);
        return o;
    }

    /** The metadata as in the model file, with the algorithm, the id column and the training metrics. */
    static JsonObject model(SegmentationModel model) {
        JsonObject o = model.metadata().toState();
        o.addProperty("algorithm", model.clusterModel().algorithm());
        o.addProperty("segments", model.segments().size());
        model.idColumn().ifPresent(id -> o.addProperty("idColumn", id));
        TrainingMetrics m = model.metrics();
        JsonObject metrics = new JsonObject();
        metrics.addProperty("parameters", m.parameters());
        metrics.addProperty("choice", m.choice());
        metrics.addProperty("rows", m.rows());
        finite(metrics, "silhouette", m.silhouette());
        metrics.addProperty("silhouetteSampled", m.silhouetteSampled());
        finite(metrics, "calinskiHarabasz", m.calinskiHarabasz());
        finite(metrics, "daviesBouldin", m.daviesBouldin());
        finite(metrics, "noiseShare", m.noiseShare());
        finite(metrics, "smallestToLargest", m.smallestToLargest());
        metrics.addProperty("fitMillis", m.fitTime().toMillis());
        o.add("metrics", metrics);
        return o;
    }

    /**
     * One scored customer: the id when the request gave one, the segment ({@code -1} for noise), its name,
     * the confidence, the distance to every centre and, for a Gaussian mixture, the probabilities.
     */
    static JsonObject assignment(Assignment a, Object id) {
        JsonObject o = new JsonObject();
        if (id != null) {
            o.addProperty("id", id.toString());
        }
        o.addProperty("segment", a.segment());
        o.addProperty("name", a.segmentName());
        o.addProperty("confidence", a.confidence());
        o.add("distances", numbers(a.distances()));
        if (a.hasProbabilities()) {
            o.add("probabilities", numbers(a.probabilities()));
        }
        return o;
    }

    static JsonObject error(String message, String field) {
        JsonObject o = new JsonObject();
        o.addProperty("error", message);
        if (field != null) {
            o.addProperty("field", field);
        }
        return o;
    }

    /** Undefined scores (NaN, infinity) are left out: JSON has no such numbers. */
    private static void finite(JsonObject o, String name, double value) {
        if (Double.isFinite(value)) {
            o.addProperty(name, value);
        }
    }

    private static JsonArray numbers(double[] values) {
        JsonArray a = new JsonArray(values.length);
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray(values.size());
        values.forEach(a::add);
        return a;
    }
}
