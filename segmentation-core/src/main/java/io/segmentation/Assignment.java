package io.segmentation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The segment of one customer, with how sure the model is: the distance to every segment's centre (in
 * the model's feature space), the probability of each segment when the model is a Gaussian mixture, and a
 * confidence in [0, 1]. Immutable.
 *
 * <p>Confidence: for a mixture, the probability of the chosen segment; otherwise {@code 1 − d1 / d2}, where
 * d1 is the distance to the chosen segment's centre and d2 the smallest distance to another centre (1 at the
 * centre, 0 half-way to another; for DBSCAN and agglomerative models the chosen segment need not have the
 * nearest centre, and the confidence is then 0); 1 when there is one segment; 0 for noise.
 */
public final class Assignment {
    private final int segment;
    private final String segmentName;
    private final double[] distances;
    private final double[] probabilities;
    private final double confidence;

    Assignment(int segment, String segmentName, double[] distances, double[] probabilities, double confidence) {
        this.segment = segment;
        this.segmentName = Objects.requireNonNull(segmentName, "segmentName");
        this.distances = distances.clone();
        this.probabilities = probabilities == null ? null : probabilities.clone();
        this.confidence = confidence;
    }

    /** The segment id, or {@link Segment#NOISE}. */
    public int segment() {
        return segment;
    }

    /** The segment's name ({@link SegmentationModel#NOISE_NAME} for noise). */
    public String segmentName() {
        return segmentName;
    }

    /** Whether the customer belongs to no segment. */
    public boolean isNoise() {
        return segment == Segment.NOISE;
    }

    /** A copy of the Euclidean distance to each segment's centre, indexed by segment id. */
    public double[] distances() {
        return distances.clone();
    }

    /** Whether {@link #probabilities()} is available (the model is a Gaussian mixture). */
    public boolean hasProbabilities() {
        return probabilities != null;
    }

    /**
     * A copy of the probability of each segment, indexed by segment id.
     *
     * @throws IllegalStateException when the model gives no probabilities (only Gaussian mixtures do)
     */
    public double[] probabilities() {
        if (probabilities == null) {
            throw new IllegalStateException("probabilities need a Gaussian mixture model; use distances()");
        }
        return probabilities.clone();
    }

    /** How sure the assignment is, in [0, 1]; see the class description. */
    public double confidence() {
        return confidence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assignment a && segment == a.segment && segmentName.equals(a.segmentName)
                && Arrays.equals(distances, a.distances) && Arrays.equals(probabilities, a.probabilities)
                && Double.compare(confidence, a.confidence) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * segment + Arrays.hashCode(distances);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Assignment[segment %d \"%s\", confidence %.3f]", segment, segmentName,
                confidence);
    }
}
