package io.segmentation.profile;

/**
 * One of recency, frequency and monetary value for a segment, with its score against everyone.
 *
 * <p>The <b>score</b> places the segment's median customer in the overall distribution: the mid-rank
 * percentile {@code p = (#{x < median} + ½·#{x = median}) / m} over the m customers with a value. For
 * frequency and monetary value the score is {@code p}; for recency (days since the last order, fewer is
 * better) it is {@code 1 − p}. So for all three a higher score is better and 0.5 is the overall median.
 *
 * @param column        the column's name
 * @param median        the segment's median, in the column's units
 * @param overallMedian the overall median
 * @param mean          the segment's mean
 * @param overallMean   the overall mean
 * @param score         the score in [0, 1], higher is better
 */
public record RfmMeasure(String column, double median, double overallMedian, double mean, double overallMean,
        double score) {
}
