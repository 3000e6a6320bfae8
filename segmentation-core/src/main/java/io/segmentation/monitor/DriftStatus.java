package io.segmentation.monitor;

/** How far new customers have moved from the training customers, from best to worst. */
public enum DriftStatus {
    /** Every measure is below its watch threshold: the model fits the new customers. */
    STABLE,
    /** A measure passed its watch threshold: look again with the next batch. */
    WATCH,
    /** A measure passed its retrain threshold: refit the model on recent customers. */
    RETRAIN;

    /** The worse of this status and {@code other}. */
    public DriftStatus worst(DriftStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The status of {@code value} against a watch and a retrain threshold (NaN counts as stable). */
    static DriftStatus of(double value, double watch, double retrain) {
        if (value >= retrain) {
            return RETRAIN;
        }
        return value >= watch ? WATCH : STABLE;
    }
}
