package io.segmentation.preprocess;

import io.segmentation.data.FeatureMatrix;

/**
 * The result of {@link Preprocessor#fitTransform}: the fitted chain, the training features, and which
 * training rows they come from (all of them unless outliers were dropped). Immutable.
 */
public final class Preprocessed {
    private final FittedPreprocessor fitted;
    private final FeatureMatrix features;
    private final int[] keptRows;

    Preprocessed(FittedPreprocessor fitted, FeatureMatrix features, int[] keptRows) {
        this.fitted = fitted;
        this.features = features;
        this.keptRows = keptRows.clone();
    }

    /** The fitted chain, to transform new customers. */
    public FittedPreprocessor fitted() {
        return fitted;
    }

    /** The training features, one row per kept training row. */
    public FeatureMatrix features() {
        return features;
    }

    /** A copy of the indices of the training rows behind {@link #features()}, ascending. */
    public int[] keptRows() {
        return keptRows.clone();
    }
}
