/**
 * Not API: may change in any release. What every package of the core shares: argument checks
 * ({@code Check}), fixed row chunks and the per-fit thread pool ({@code Chunks}, {@code Workers}), atomic
 * file writes, the CSV text the library writes ({@code CsvText}, {@code NumberText}) and knee detection.
 */
package io.segmentation.internal;
