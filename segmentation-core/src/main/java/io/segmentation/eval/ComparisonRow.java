package io.segmentation.eval;

import java.time.Duration;

/**
 * One clusterer's line in a {@link ComparisonTable}: plain values for text, charts or an HTML report.
 * Scores that do not apply (fewer than two clusters) are NaN.
 *
 * @param algorithm         the algorithm's short name ({@code kmeans})
 * @param parameters        its parameters in words ({@code k=5, nInit=4, seed=42})
 * @param clusters          non-empty clusters found
 * @param noiseShare        share of rows labelled noise, in [0, 1]
 * @param silhouette        mean silhouette of non-noise rows, in [-1, 1] (higher is better)
 * @param silhouetteSampled whether the silhouette was estimated from a sample
 * @param calinskiHarabasz  Calinski–Harabasz index (higher is better)
 * @param daviesBouldin     Davies–Bouldin index (lower is better)
 * @param sizeSpread        smallest cluster over largest, in [0, 1]
 * @param fitTime           wall-clock time of the fit
 */
public record ComparisonRow(String algorithm, String parameters, int clusters, double noiseShare, double silhouette,
        boolean silhouetteSampled, double calinskiHarabasz, double daviesBouldin, double sizeSpread,
        Duration fitTime) {
}
