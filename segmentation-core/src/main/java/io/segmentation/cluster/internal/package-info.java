/**
 * Not API: may change in any release. Distance kernels, spatial indexes (KD-tree, brute-force blocks),
 * minimum spanning trees and linkage algorithms shared by the clustering algorithms and reachable by the
 * benchmarks.
 */
package io.segmentation.cluster.internal;
