package io.segmentation.data;

/** What a streaming reader or a batch scorer does with a row it cannot take (wrong field count, malformed value). */
public enum BadRows {
    /** Stop at the first bad row with a {@link CsvFormatException} naming its line and column. */
    FAIL,
    /**
     * Leave the row out and report it: {@link CsvChunk#rejected()} lists it with its line and problem, and a batch
     * scorer writes it to its rejects file. Nothing is dropped silently.
     */
    SKIP
}
