/**
 * The front door: build a {@code Pipeline}, fit it on customers, and use the resulting model to assign,
 * explain and save segments.
 */
package io.segmentation;
