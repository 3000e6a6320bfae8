package io.segmentation.data;

/** What a column holds: numbers, categories, or identifiers that are never used as features. */
public enum ColumnType {
    /** Doubles; a missing cell is NaN. */
    NUMERIC,
    /** Dictionary-coded strings; a missing cell has code {@link CategoricalColumn#MISSING}. */
    CATEGORICAL,
    /** Strings that identify a row (a customer id); kept alongside results, never clustered. */
    ID
}
