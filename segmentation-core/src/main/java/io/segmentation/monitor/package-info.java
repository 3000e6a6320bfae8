/**
 * Monitoring of a deployed segmentation: drift of new customers against the training reference kept in the
 * model (population stability index, Kolmogorov–Smirnov, segment shares, centre shift, customers far from
 * every centre) with a status and a recommendation, and stability of segments across retrained models.
 */
package io.segmentation.monitor;
