package io.segmentation.eval;

import java.time.Duration;

/**
 * The scores of one candidate number of segments in a {@link KSelectionReport}. A score that does not
 * apply is NaN: silhouette, Calinski–Harabasz and Davies–Bouldin with fewer than two clusters, the gap
 * statistic when it was skipped, BIC and AIC for fits that are not Gaussian mixtures.
 *
 * @param k                 the k the algorithm was configured with
 * @param clusters          the non-empty clusters the fit produced
 * @param inertia           the sum of squared distances of rows to their model centres
 * @param silhouette        mean silhouette, in [-1, 1] (higher is better)
 * @param silhouetteSampled whether the silhouette was estimated from a sample
 * @param calinskiHarabasz  Calinski–Harabasz index (higher is better)
 * @param daviesBouldin     Davies–Bouldin index (lower is better)
 * @param gap               gap statistic, in log units (higher means more structure than uniform noise)
 * @param gapError          the gap's simulation error s_k
 * @param bic               Bayesian information criterion (lower is better)
 * @param aic               Akaike information criterion (lower is better)
 * @param sizeSpread        smallest cluster over largest, in [0, 1]
 * @param fitTime           wall-clock time of the fit
 */
public record KCandidate(int k, int clusters, double inertia, double silhouette, boolean silhouetteSampled,
        double calinskiHarabasz, double daviesBouldin, double gap, double gapError, double bic, double aic,
        double sizeSpread, Duration fitTime) {
}
