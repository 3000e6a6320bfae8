package io.segmentation.eval;

import java.util.List;

/**
 * One (eps, minPts) pair tried by a {@link DbscanSelection}, with its scores and warnings. Scores that do
 * not apply (fewer than two clusters) are NaN.
 *
 * @param eps               the neighbourhood radius
 * @param minPts            the neighbours (the row included) that make a core row
 * @param clusters          clusters found
 * @param noiseShare        share of rows labelled noise, in [0, 1]
 * @param silhouette        mean silhouette of the non-noise rows, in [-1, 1]
 * @param silhouetteSampled whether the silhouette was estimated from a sample
 * @param sizeSpread        smallest cluster over largest, in [0, 1]
 * @param warnings          what makes this result suspect, in words (empty when nothing does)
 */
public record DbscanCandidate(double eps, int minPts, int clusters, double noiseShare, double silhouette,
        boolean silhouetteSampled, double sizeSpread, List<String> warnings) {
    /** Copies the warnings. */
    public DbscanCandidate {
        warnings = List.copyOf(warnings);
    }
}
