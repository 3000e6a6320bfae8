package io.segmentation.eval;

import org.ejml.data.DMatrixRMaj;

/**
 * The internal scores of one labeling, as every table of this package shows them: silhouette (exact up
 * to a number of rows, sampled above it), Calinski–Harabasz, Davies–Bouldin and the size distribution.
 * A score that is undefined for the labeling (fewer than two clusters) is NaN. Not API.
 */
final class Scores {
    final double silhouette;
    final boolean silhouetteSampled;
    final double calinskiHarabasz;
    final double daviesBouldin;
    final SizeDistribution sizes;
    final int clusters;

    private Scores(double silhouette, boolean silhouetteSampled, double calinskiHarabasz, double daviesBouldin,
            SizeDistribution sizes, int clusters) {
        this.silhouette = silhouette;
        this.silhouetteSampled = silhouetteSampled;
        this.calinskiHarabasz = calinskiHarabasz;
        this.daviesBouldin = daviesBouldin;
        this.sizes = sizes;
        this.clusters = clusters;
    }

    /**
     * Scores labels of checked, finite data.
     *
     * @param k           the model's cluster count (for the size distribution)
     * @param sampleAbove the silhouette is sampled when there are more non-noise rows than this
     * @param sampleSize  rows in the silhouette's sample
     */
    static Scores of(DMatrixRMaj x, int[] labels, int k, int sampleAbove, int sampleSize, long seed, int threads) {
        Labels checked = Labels.of(x, labels);
        SizeDistribution sizes = SizeDistribution.of(labels, Math.max(1, Math.max(k, checked.k)));
        int clusters = checked.nonEmpty();
        if (clusters < 2) {
            return new Scores(Double.NaN, false, Double.NaN, Double.NaN, sizes, clusters);
        }
        boolean sample = checked.clustered() > sampleAbove;
        Silhouette silhouette = sample
                ? Silhouette.sampled(x, labels, sampleSize, seed, threads)
                : Silhouette.exact(x, labels, threads);
        ClusterMoments moments = ClusterMoments.of(x.data, x.numCols, checked, null, threads);
        double ch = checked.clustered() > clusters
                ? CalinskiHarabasz.of(x.data, x.numCols, checked, moments)
                : Double.NaN;
        double db = DaviesBouldin.of(x.numCols, checked, moments);
        return new Scores(silhouette.score(), silhouette.isSampled(), ch, db, sizes, clusters);
    }
}
