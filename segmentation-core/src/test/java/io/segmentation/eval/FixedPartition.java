package io.segmentation.eval;

import com.google.gson.JsonObject;
import io.segmentation.ProgressListener;
import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.Clusterer;
import io.segmentation.cluster.FitReport;
import java.time.Duration;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A stand-in clusterer for tests only: it returns a fixed partition of the rows it is given (labels
 * are copied; centres are the cluster means). Not a clustering algorithm.
 */
final class FixedPartition implements Clusterer {
    private final int[] labels;
    private final String name;

    FixedPartition(String name, int[] labels) {
        this.name = name;
        this.labels = labels.clone();
    }

    @Override
    public ClusterModel fit(DMatrixRMaj x) {
        int n = x.numRows;
        int d = x.numCols;
        int[] own = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            own[i] = labels[i % labels.length];
            k = Math.max(k, own[i] + 1);
        }
        double[] centres = new double[k * d];
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            if (own[i] >= 0) {
                sizes[own[i]]++;
                for (int j = 0; j < d; j++) {
                    centres[own[i] * d + j] += x.data[i * d + j];
                }
            }
        }
        for (int p = 0; p < centres.length; p++) {
            centres[p] /= Math.max(1, sizes[p / d]);
        }
        return new Model(own, centres, k, d);
    }

    @Override
    public String algorithm() {
        return name;
    }

    @Override
    public String describe() {
        return "labels=" + Arrays.toString(labels);
    }

    @Override
    public Clusterer withSeed(long seed) {
        return this;
    }

    @Override
    public Clusterer withThreads(int threads) {
        return this;
    }

    @Override
    public Clusterer withProgress(ProgressListener progress) {
        return this;
    }

    private record Model(int[] labelArray, double[] centreArray, int k, int d) implements ClusterModel {
        @Override
        public String algorithm() {
            return "fixed";
        }

        @Override
        public int clusterCount() {
            return k;
        }

        @Override
        public int dimension() {
            return d;
        }

        @Override
        public int[] labels() {
            return labelArray.clone();
        }

        @Override
        public double[] centres() {
            return centreArray.clone();
        }

        @Override
        public int predict(double[] row) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int[] predictAll(DMatrixRMaj x) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FitReport report() {
            return new FitReport("fixed", "none", new double[0], new long[0], 0, Duration.ZERO, true);
        }

        @Override
        public JsonObject toState() {
            throw new UnsupportedOperationException();
        }
    }
}
