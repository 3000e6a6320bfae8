package io.segmentation.eval;

import io.segmentation.cluster.ClusterModel;
import java.util.Locale;

/**
 * The outcome of a {@link Stability} assessment: the fit on all rows, the ARIs between re-fits, and each
 * segment's Jaccard stability with its verdict. Immutable.
 */
public final class StabilityReport {
    /** Hennig's (2007) reading of a segment's mean Jaccard stability. */
    public enum Verdict {
        /** Below 0.6: the segment is likely an artefact of the method or the sample. */
        UNSTABLE,
        /** In [0.6, 0.75): there is a pattern, but which rows belong to it is doubtful. */
        DOUBTFUL,
        /** In [0.75, 0.85): a valid, stable segment. */
        STABLE,
        /** 0.85 or more: highly stable. */
        HIGHLY_STABLE
    }

    private final ClusterModel reference;
    private final double[] pairAri;
    private final double[] referenceAri;
    private final double[][] jaccard;

    StabilityReport(ClusterModel reference, double[] pairAri, double[] referenceAri, double[][] jaccard) {
        this.reference = reference;
        this.pairAri = pairAri;
        this.referenceAri = referenceAri;
        this.jaccard = jaccard;
    }

    /** The fit on all rows, whose segments are assessed. */
    public ClusterModel reference() {
        return reference;
    }

    /** The number of re-fits B. */
    public int resamples() {
        return referenceAri.length;
    }

    /** The mean ARI over every pair of re-fits, on the rows each pair shares (1 = the same partition every time). */
    public double meanAdjustedRand() {
        return mean(pairAri);
    }

    /** A copy of the ARI of every pair of re-fits (a, b), a &lt; b, in order (0,1), (0,2), ..., (1,2), ... */
    public double[] pairwiseAdjustedRand() {
        return pairAri.clone();
    }

    /** A copy of each re-fit's ARI against the fit on all rows, on the re-fit's rows. */
    public double[] referenceAdjustedRand() {
        return referenceAri.clone();
    }

    /** The number of segments of the reference fit. */
    public int segmentCount() {
        return jaccard.length;
    }

    /** Segment c's mean Jaccard stability in [0, 1] over the re-fits that drew any of its rows (NaN if none did). */
    public double jaccard(int c) {
        return mean(jaccard[c]);
    }

    /** A copy of every segment's mean Jaccard stability. */
    public double[] jaccards() {
        double[] j = new double[jaccard.length];
        for (int c = 0; c < j.length; c++) {
            j[c] = jaccard(c);
        }
        return j;
    }

    /** The share of re-fits in which segment c dissolved (best Jaccard 0.5 or less), Hennig's dissolution rate. */
    public double dissolved(int c) {
        int counted = 0;
        int dissolved = 0;
        for (double v : jaccard[c]) {
            if (!Double.isNaN(v)) {
                counted++;
                if (v <= 0.5) {
                    dissolved++;
                }
            }
        }
        return counted == 0 ? Double.NaN : (double) dissolved / counted;
    }

    /** Hennig's reading of segment c's Jaccard stability. */
    public Verdict verdict(int c) {
        double j = jaccard(c);
        if (!(j >= 0.6)) {
            return Verdict.UNSTABLE;
        }
        if (j < 0.75) {
            return Verdict.DOUBTFUL;
        }
        return j < 0.85 ? Verdict.STABLE : Verdict.HIGHLY_STABLE;
    }

    private static double mean(double[] values) {
        double s = 0.0;
        int m = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                s += v;
                m++;
            }
        }
        return m == 0 ? Double.NaN : s / m;
    }

    /** The report as text: mean ARI, then one line per segment. */
    public String toText() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%d re-fits: mean ARI between re-fits %.3f", resamples(), meanAdjustedRand()));
        for (int c = 0; c < jaccard.length; c++) {
            s.append('\n').append(String.format(Locale.ROOT, "segment %d: Jaccard %.3f, dissolved in %.0f%%, %s", c,
                    jaccard(c), 100.0 * dissolved(c), verdict(c).name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "StabilityReport: mean ARI %.3f over %d re-fits", meanAdjustedRand(),
                resamples());
    }
}
