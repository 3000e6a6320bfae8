package io.segmentation.internal;

import java.util.Objects;

/**
 * Finds the knee (or elbow) of a curve: the point farthest from the straight line through the curve's
 * end points, after both axes are scaled to [0, 1]. This is the offline form of Kneedle (Satopää,
 * Albrecht, Irwin and Raghavan, "Finding a 'Kneedle' in a Haystack: Detecting Knee Points in System
 * Behavior", ICDCS Workshops 2011, doi:10.1109/ICDCSW.2011.20). Used for the elbow of inertia against
 * k and for eps from the k-distance curve.
 */
public final class Knee {
    /** Which way the curve bends; the knee lies on the side of the chord the curve bulges to. */
    public enum Shape {
        /** Rises steeply, then flattens (diminishing returns). */
        CONCAVE_INCREASING,
        /** Falls steeply, then flattens (inertia against k). */
        CONVEX_DECREASING,
        /** Rises slowly, then steeply (sorted k-distances). */
        CONVEX_INCREASING,
        /** Falls slowly, then steeply. */
        CONCAVE_DECREASING
    }

    private Knee() {
    }

    /**
     * The index of the knee of the curve (x[i], y[i]), or -1 when the curve does not bend the way
     * {@code shape} says (no point lies strictly on that side of the chord) or has fewer than 3 points.
     * A tie goes to the lower index.
     *
     * @param x strictly increasing abscissae; not modified
     * @param y ordinates, same length; not modified
     * @throws IllegalArgumentException when the lengths differ, x is not strictly increasing, or a value
     *                                  is not finite
     */
    public static int index(double[] x, double[] y, Shape shape) {
        Objects.requireNonNull(shape, "shape");
        int n = x.length;
        if (y.length != n) {
            throw new IllegalArgumentException("x and y must have the same length (were " + n + " and " + y.length + ")");
        }
        for (int i = 0; i < n; i++) {
            Check.finite("x[" + i + "]", x[i]);
            Check.finite("y[" + i + "]", y[i]);
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("x must be strictly increasing (x[" + (i - 1) + "]=" + x[i - 1]
                        + ", x[" + i + "]=" + x[i] + ")");
            }
        }
        if (n < 3) {
            return -1;
        }
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        if (yMax == yMin) {
            return -1;
        }
        double xSpan = x[n - 1] - x[0];
        double ySpan = yMax - yMin;
        int best = -1;
        double bestGap = 0.0;
        for (int i = 0; i < n; i++) {
            double xn = (x[i] - x[0]) / xSpan;
            double yn = (y[i] - yMin) / ySpan;
            // The gap between the curve and the chord of an increasing (y = x) or decreasing (y = 1 - x)
            // curve, signed so that the bulge named by the shape is positive.
            double gap = switch (shape) {
                case CONCAVE_INCREASING -> yn - xn;
                case CONVEX_INCREASING -> xn - yn;
                case CONVEX_DECREASING -> 1.0 - xn - yn;
                case CONCAVE_DECREASING -> xn + yn - 1.0;
            };
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }
}
