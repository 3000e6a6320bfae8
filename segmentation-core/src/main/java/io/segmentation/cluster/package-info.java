/**
 * Clustering algorithms written here over flat row-major arrays and EJML: each is an immutable
 * {@link io.segmentation.cluster.Clusterer} whose {@code fit} returns an immutable, thread-safe
 * {@link io.segmentation.cluster.ClusterModel}.
 */
package io.segmentation.cluster;
