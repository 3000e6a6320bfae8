package io.segmentation.cluster;

import java.util.Arrays;

/**
 * An eps for DBSCAN read off the sorted k-distance curve, with the curve itself for a chart; made by
 * {@link Dbscan#suggestEps}. Immutable.
 */
public final class EpsSuggestion {
    private final int minPts;
    private final double[] curve;
    private final int knee;

    EpsSuggestion(int minPts, double[] curve, int knee) {
        this.minPts = minPts;
        this.curve = curve;
        this.knee = knee;
    }

    /**
     * The suggested eps: the k-distance at the knee of the curve, or, when the curve does not bend
     * (every k-distance nearly equal), the largest k-distance.
     */
    public double eps() {
        return knee >= 0 ? curve[knee] : curve[curve.length - 1];
    }

    /** The minPts the curve was computed for (k = minPts, the row itself counted). */
    public int minPts() {
        return minPts;
    }

    /** The index of the knee in {@link #kDistances()}, or -1 when the curve does not bend. */
    public int kneeIndex() {
        return knee;
    }

    /** A copy of every row's distance to its minPts-th nearest row (itself counted), sorted increasingly. */
    public double[] kDistances() {
        return curve.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EpsSuggestion s && minPts == s.minPts && knee == s.knee && Arrays.equals(curve, s.curve);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(curve) + knee;
    }

    @Override
    public String toString() {
        return "EpsSuggestion(eps=" + eps() + ", minPts=" + minPts + ", knee=" + knee + " of " + curve.length + ")";
    }
}
