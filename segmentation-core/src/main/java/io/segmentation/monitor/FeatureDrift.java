package io.segmentation.monitor;

/**
 * The drift of one input column.
 *
 * @param column      the column name
 * @param numeric     whether the column is numeric (PSI over training decile bins, and a KS estimate) or
 *                    categorical (PSI over the training levels, plus one bin for levels never seen in training)
 * @param psi         the population stability index, >= 0
 * @param ks          the Kolmogorov–Smirnov estimate in [0, 1] for a numeric column; NaN for a categorical one or
 *                    when every new value is missing
 * @param missingShare the share of new rows with a missing value
 * @param status      the status of {@code psi} against the thresholds
 */
public record FeatureDrift(String column, boolean numeric, double psi, double ks, double missingShare,
        DriftStatus status) {
}
