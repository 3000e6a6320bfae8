package io.segmentation.cluster;

import com.google.gson.JsonObject;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.io.StateReader;
import org.ejml.data.DMatrixRMaj;

/**
 * A fitted clustering: the labels of the training rows, one centre per cluster, and {@code predict}
 * for new rows. Immutable and safe to share between threads.
 */
public interface ClusterModel {
    /** The label of a row that belongs to no cluster (DBSCAN noise). */
    int NOISE = -1;

    /** The algorithm's short name, as in {@link Clusterer#algorithm()}. */
    String algorithm();

    /** The number of clusters k; labels are in [0, k) or {@link #NOISE}. */
    int clusterCount();

    /** The number of features d a row must have. */
    int dimension();

    /** A copy of the labels of the training rows, in order. */
    int[] labels();

    /**
     * A copy of the k×d cluster centres, row-major: the fitted centres or means, or for algorithms
     * without them the mean of each cluster's training rows.
     */
    double[] centres();

    /**
     * The cluster of one new row; thread-safe. Applied to a training row it returns that row's label.
     *
     * @param row d values, not modified
     * @throws IllegalArgumentException when {@code row} does not have d values
     */
    int predict(double[] row);

    /** The clusters of the rows of {@code x} (n×d, not modified). */
    int[] predictAll(DMatrixRMaj x);

    /** The clusters of the rows of {@code x}. */
    default int[] predictAll(FeatureMatrix x) {
        return predictAll(x.toMatrix());
    }

    /** What the fit did: iterations, objective, distance computations, time. */
    FitReport report();

    /** The model's state for the model file; {@link #read(StateReader)} reads it back. */
    JsonObject toState();

    /**
     * Reads a model written by {@link #toState()}, checking shapes and finiteness.
     *
     * @throws IllegalArgumentException naming the JSON path of whatever is wrong
     */
    static ClusterModel read(StateReader state) {
        String algorithm = state.string("algorithm");
        switch (algorithm) {
            case "kmeans":
                return KMeansModel.read(state);
            case "gmm":
                return GaussianMixtureModel.read(state);
            case "dbscan":
                return DbscanModel.read(state);
            case "agglomerative":
                return AgglomerativeModel.read(state);
            default:
                throw state.fail("algorithm", "unknown algorithm \"" + algorithm + "\"");
        }
    }
}
