/**
 * Evaluation of segmentations: how good the segments are (silhouette, Calinski–Harabasz,
 * Davies–Bouldin), how well they agree with known labels or with another fit (adjusted Rand index,
 * mutual information, contingency and migration tables), how many segments there should be
 * ({@link io.segmentation.eval.KSelection}), which algorithm suits the data
 * ({@link io.segmentation.eval.Comparison}), and whether the segments survive a re-fit
 * ({@link io.segmentation.eval.Stability}, {@link io.segmentation.eval.SegmentMatching}).
 *
 * <p>Noise policy, everywhere in this package: internal metrics ({@link io.segmentation.eval.Silhouette},
 * {@link io.segmentation.eval.CalinskiHarabasz}, {@link io.segmentation.eval.DaviesBouldin}) exclude rows
 * labelled {@link io.segmentation.cluster.ClusterModel#NOISE} both as scored rows and as neighbours, and
 * report how many were excluded; tables that compare two labelings ({@link io.segmentation.eval.ContingencyTable},
 * {@link io.segmentation.eval.MigrationMatrix}) and the external scores built on them treat noise as a
 * group of its own, so a row moving into or out of noise counts as a change.
 */
package io.segmentation.eval;
