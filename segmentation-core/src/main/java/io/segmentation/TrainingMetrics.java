package io.segmentation;

import com.google.gson.JsonObject;
import io.segmentation.cluster.ClusterModel;
import io.segmentation.eval.CalinskiHarabasz;
import io.segmentation.eval.DaviesBouldin;
import io.segmentation.eval.Silhouette;
import io.segmentation.eval.SizeDistribution;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.time.Duration;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;

/**
 * How good the segments of a fitted model are, measured on the training features: the silhouette (exact up
 * to {@value #EXACT_SILHOUETTE_ROWS} rows, else on a seeded sample of {@value #SILHOUETTE_SAMPLE} rows),
 * Calinski–Harabasz, Davies–Bouldin, the spread of sizes, and how k was chosen. Noise rows are left out of
 * the internal scores. A score that is undefined (one segment) is NaN.
 *
 * @param algorithm          the clustering algorithm's short name
 * @param parameters         the algorithm's parameters in words
 * @param choice             how the number of segments was chosen, in words
 * @param segments           the number of segments k
 * @param rows               training rows clustered
 * @param silhouette         mean silhouette in [-1, 1]
 * @param silhouetteSampled  whether the silhouette was measured on a sample
 * @param calinskiHarabasz   Calinski–Harabasz index (higher is better)
 * @param daviesBouldin      Davies–Bouldin index (lower is better)
 * @param noiseShare         share of rows in no segment
 * @param smallestToLargest  size of the smallest segment / size of the largest
 * @param fitTime            wall-clock time of the whole fit
 */
public record TrainingMetrics(String algorithm, String parameters, String choice, int segments, int rows,
        double silhouette, boolean silhouetteSampled, double calinskiHarabasz, double daviesBouldin,
        double noiseShare, double smallestToLargest, Duration fitTime) {
    static final int EXACT_SILHOUETTE_ROWS = 10_000;
    static final int SILHOUETTE_SAMPLE = 2_000;

    static TrainingMetrics of(DMatrixRMaj x, int[] labels, ClusterModel model, String parameters, String choice,
            long seed, int threads, Duration fitTime) {
        int k = model.clusterCount();
        SizeDistribution sizes = SizeDistribution.of(labels, k);
        double silhouette = Double.NaN;
        double ch = Double.NaN;
        double db = Double.NaN;
        boolean sampled = false;
        if (k >= 2 && sizes.rowCount() - sizes.noiseCount() > k) {
            sampled = labels.length > EXACT_SILHOUETTE_ROWS;
            silhouette = (sampled
                    ? Silhouette.sampled(x, labels, SILHOUETTE_SAMPLE, seed, threads)
                    : Silhouette.exact(x, labels, threads)).score();
            ch = CalinskiHarabasz.of(x, labels, threads);
            db = DaviesBouldin.of(x, labels, threads);
        }
        return new TrainingMetrics(model.algorithm(), parameters, choice, k, labels.length, silhouette, sampled, ch,
                db, sizes.noiseShare(), sizes.smallestToLargest(), fitTime);
    }

    /** The metrics for the model file; undefined scores (NaN, infinity) are left out. */
    JsonObject toState() {
        StateWriter w = new StateWriter().put("algorithm", algorithm).put("parameters", parameters)
                .put("choice", choice).put("segments", segments).put("rows", rows)
                .put("silhouetteSampled", silhouetteSampled);
        putIfFinite(w, "silhouette", silhouette);
        putIfFinite(w, "calinskiHarabasz", calinskiHarabasz);
        putIfFinite(w, "daviesBouldin", daviesBouldin);
        putIfFinite(w, "noiseShare", noiseShare);
        putIfFinite(w, "smallestToLargest", smallestToLargest);
        return w.put("fitNanos", fitTime.toNanos()).toJson();
    }

    private static void putIfFinite(StateWriter w, String key, double value) {
        if (Double.isFinite(value)) {
            w.put(key, value);
        }
    }

    static TrainingMetrics read(StateReader r) {
        return new TrainingMetrics(r.string("algorithm"), r.string("parameters"), r.string("choice"),
                r.integer("segments", 0, Integer.MAX_VALUE), r.integer("rows", 1, Integer.MAX_VALUE),
                optional(r, "silhouette"), r.bool("silhouetteSampled"), optional(r, "calinskiHarabasz"),
                optional(r, "daviesBouldin"), optional(r, "noiseShare"), optional(r, "smallestToLargest"),
                Duration.ofNanos(r.longValue("fitNanos")));
    }

    private static double optional(StateReader r, String key) {
        return r.has(key) ? r.number(key) : Double.NaN;
    }

    /** The metrics as a few aligned lines of text. */
    public String toText() {
        return String.format(Locale.ROOT, "algorithm            %s (%s)%n"
                + "segments             %d, chosen by: %s%n"
                + "silhouette           %.4f%s%n"
                + "Calinski-Harabasz    %.2f%n"
                + "Davies-Bouldin       %.4f%n"
                + "noise share          %.2f%%%n"
                + "smallest / largest   %.3f%n"
                + "rows                 %d, fitted in %.2f s%n",
                algorithm, parameters, segments, choice, silhouette, silhouetteSampled ? " (sampled)" : "",
                calinskiHarabasz, daviesBouldin, 100.0 * noiseShare, smallestToLargest, rows,
                fitTime.toNanos() / 1e9);
    }
}
