package io.segmentation.monitor;

/**
 * How one segment changed in a new batch.
 *
 * @param segment       the segment id
 * @param name          the segment name
 * @param trainingShare the segment's share of the training customers
 * @param share         its share of the new customers
 * @param centreShift   the distance between the mean of its new customers' features and its centre (NaN when
 *                      no new customer falls in it)
 * @param relativeShift {@code centreShift} in units of the segment's training spread (NaN as above, or when the
 *                      spread is 0)
 * @param status        the status of {@code relativeShift} against the thresholds
 */
public record SegmentDrift(int segment, String name, double trainingShare, double share, double centreShift,
        double relativeShift, DriftStatus status) {
}
