package io.segmentation.examples.server;

/** What {@code POST /predict} does with a customer field that is not an input column of the model. */
public enum UnknownFields {
    /** Answer 400 naming the field: a misspelt column is never silently scored as missing (the default). */
    REJECT,
    /** Skip the field, as {@link io.segmentation.SegmentationModel#assign(java.util.Map)} does. */
    IGNORE
}
