/**
 * Not API: may change in any release. What every package of the core shares: argument checks
 * ({@code Check}), fixed row chunks and the per-fit thread pool ({@code Chunks}, {@code Workers}), atomic
 * file writes and knee detection.
 */
package io.segmentation.internal;
