package io.segmentation.cluster;

import io.segmentation.ProgressListener;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.data.FeatureMatrix;
import org.ejml.data.DMatrixRMaj;

/**
 * A configured clustering algorithm: immutable and reusable. {@code fit} learns a {@link ClusterModel}
 * from n rows of d features and never modifies its input. The same seed gives bit-for-bit the same
 * model on any number of threads.
 */
public interface Clusterer {
    /**
     * Fits the algorithm to the rows of {@code x}.
     *
     * @param x n×d data, row-major; not modified
     * @return the fitted model, with the labels of the rows of {@code x}
     * @throws IllegalArgumentException when {@code x} has no rows, too few rows for the parameters, or a
     *                                  NaN or infinite cell (the message names the row and column)
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    ClusterModel fit(DMatrixRMaj x);

    /** Fits the algorithm to a feature matrix; see {@link #fit(DMatrixRMaj)}. */
    default ClusterModel fit(FeatureMatrix x) {
        return fit(x.toMatrix());
    }

    /** Fits the algorithm to rows of equal length; see {@link #fit(DMatrixRMaj)}. */
    default ClusterModel fit(double[][] rows) {
        return fit(Inputs.fromRows(rows));
    }

    /** The algorithm's short name, as in model files and comparison tables: {@code kmeans}. */
    String algorithm();

    /** The parameters in words, for tables and reports: {@code k=5, nInit=4, seed=42}. */
    String describe();

    /** The same configuration with another seed. */
    Clusterer withSeed(long seed);

    /** The same configuration with another number of threads (at least 1). */
    Clusterer withThreads(int threads);

    /** The same configuration reporting to another progress listener. */
    Clusterer withProgress(ProgressListener progress);
}
