package io.segmentation.profile;

/**
 * A segment's recency, frequency and monetary value against everyone; see {@link RfmMeasure} for the
 * scores that the {@linkplain SegmentNamer#rfm() RFM namer} reads.
 *
 * @param recency   days since the last order (lower is better; its score is inverted)
 * @param frequency orders in the period
 * @param monetary  spend in the period
 */
public record RfmSummary(RfmMeasure recency, RfmMeasure frequency, RfmMeasure monetary) {
}
