/**
 * Not API: may change in any release. Distance kernels, spatial indexes and deterministic parallel
 * chunking shared by the clustering algorithms and reachable by the benchmarks.
 */
package io.segmentation.cluster.internal;
