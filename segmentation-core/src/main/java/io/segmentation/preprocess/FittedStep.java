package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import io.segmentation.data.Dataset;
import io.segmentation.io.StateReader;
import java.util.List;

/**
 * A step fitted on training customers that applies exactly the same transformation to any table: a batch,
 * one customer, or a model reloaded a year later. Immutable and safe to share between threads.
 */
public sealed interface FittedStep permits FittedImpute, FittedOutliers, FittedEncode, FittedScale, FittedRfm,
        FittedEngagement, Ratios {
    /** The step's name as written in its state and in messages: {@code impute}, {@code scale}, ... */
    String step();

    /** The input columns the step was fitted on and needs in every table it transforms, in order. */
    List<String> columns();

    /**
     * Applies the step.
     *
     * @param data any table holding {@link #columns()} with their fitted types; not modified
     * @return a new table: the other columns shared, the transformed or added ones new
     * @throws IllegalArgumentException naming the step and the column when a column is missing, of the wrong
     *                                  type, or holds a value the step cannot take
     */
    Dataset transform(Dataset data);

    /** The step's state; {@link #read(StateReader)} turns it back into an equal step. */
    JsonObject toState();

    /**
     * Reads a fitted step written by {@link #toState()}, choosing the type by its {@code "step"} key.
     *
     * @throws IllegalArgumentException naming the JSON path when the state is malformed
     */
    static FittedStep read(StateReader state) {
        String step = state.string("step");
        switch (step) {
            case FittedImpute.STEP:
                return FittedImpute.read(state);
            case FittedOutliers.STEP:
                return FittedOutliers.read(state);
            case FittedEncode.STEP:
                return FittedEncode.read(state);
            case FittedScale.STEP:
                return FittedScale.read(state);
            case FittedRfm.STEP:
                return FittedRfm.read(state);
            case FittedEngagement.STEP:
                return FittedEngagement.read(state);
            case Ratios.STEP:
                return Ratios.read(state);
            default:
                throw state.fail("step", "expected one of [impute, outliers, encode, scale, rfm, engagement, "
                        + "ratios], found \"" + step + "\"");
        }
    }
}
