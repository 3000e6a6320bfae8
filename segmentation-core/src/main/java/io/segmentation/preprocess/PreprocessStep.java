package io.segmentation.preprocess;

import io.segmentation.data.Dataset;

/**
 * The immutable configuration of one table-to-table step ({@link Impute}, {@link Outliers}, {@link Encode},
 * {@link Scale}, {@link Rfm}, {@link Engagement}, {@link Ratios}): it learns what it needs from training
 * customers and returns a fitted step that applies it to any table.
 */
public interface PreprocessStep {
    /**
     * Learns the step's parameters from {@code data}.
     *
     * @param data training customers; not modified
     * @return the fitted step, immutable and thread-safe
     * @throws IllegalArgumentException when the table has no rows, a needed column is missing, of the wrong
     *                                  type, or holds no value at all
     */
    FittedStep fit(Dataset data);
}
