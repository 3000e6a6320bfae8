package io.segmentation.viz;

/** The file formats a chart is saved in by {@link Charts#save}. */
public enum Format {
    /** A bitmap at the chart's size in pixels; for slides and documents. */
    PNG,
    /** A vector picture (text as outlines); sharp at any zoom, embeddable in HTML. */
    SVG
}
