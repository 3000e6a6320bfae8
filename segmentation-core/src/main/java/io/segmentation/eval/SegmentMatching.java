package io.segmentation.eval;

import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.internal.Kernels;
import io.segmentation.internal.Check;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Keeps segment ids stable across retrains: matches the segments of a new fit to those of a previous
 * one so that the total Euclidean distance between matched centres is least (the Hungarian method,
 * O(k³)), and renumbers the new labels accordingly. New segment c becomes previous id
 * {@link #previousId(int)}; when the new fit has more segments than the previous one, the unmatched
 * ones get fresh ids k_prev, k_prev + 1, ... in their own order. Immutable.
 *
 * <p>References: H. W. Kuhn, "The Hungarian method for the assignment problem", Naval Research Logistics
 * Quarterly 2, 1955, doi:10.1002/nav.3800020109; R. Jonker and A. Volgenant, "A shortest augmenting path
 * algorithm for dense and sparse linear assignment problems", Computing 38, 1987. Ties between equal
 * total distances are broken towards lower ids.
 *
 * <pre>{@code
 * SegmentMatching match = SegmentMatching.of(lastMonth, thisMonth);
 * int[] stableLabels = match.relabel(thisMonth.labels());
 * }</pre>
 */
public final class SegmentMatching {
    private final int[] previousId;
    private final double[] distance;
    private final int previousCount;

    private SegmentMatching(int[] previousId, double[] distance, int previousCount) {
        this.previousId = previousId;
        this.distance = distance;
        this.previousCount = previousCount;
    }

    /**
     * Matches the centres of two fitted models.
     *
     * @throws IllegalArgumentException when the models' dimensions differ
     */
    public static SegmentMatching of(ClusterModel previous, ClusterModel current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        if (previous.dimension() != current.dimension()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "models must have the same dimension (were %d and %d)", previous.dimension(),
                    current.dimension()));
        }
        return of(previous.centres(), previous.clusterCount(), current.centres(), current.clusterCount(),
                current.dimension());
    }

    /**
     * Matches two sets of centres.
     *
     * @param previous      previousK×d centres, row-major, finite; not modified
     * @param previousK     at least 1
     * @param current       currentK×d centres, row-major, finite; not modified
     * @param currentK      at least 1
     * @param d             features, at least 1
     * @throws IllegalArgumentException when a length is not k·d or a centre is not finite
     */
    public static SegmentMatching of(double[] previous, int previousK, double[] current, int currentK, int d) {
        Check.atLeast("previousK", previousK, 1);
        Check.atLeast("currentK", currentK, 1);
        Check.atLeast("d", d, 1);
        requireCentres("previous", previous, previousK, d);
        requireCentres("current", current, currentK, d);
        // Rows of the cost matrix are the smaller side, as Hungarian.solve needs r <= m.
        boolean currentIsRows = currentK <= previousK;
        int r = currentIsRows ? currentK : previousK;
        int m = currentIsRows ? previousK : currentK;
        double[] cost = new double[r * m];
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < m; b++) {
                int c = currentIsRows ? a : b;
                int p = currentIsRows ? b : a;
                cost[a * m + b] = Math.sqrt(Kernels.squaredDistance(current, c, previous, p, d));
            }
        }
        int[] assignment = Hungarian.solve(cost, r, m);
        int[] previousId = new int[currentK];
        double[] distance = new double[currentK];
        Arrays.fill(previousId, -1);
        Arrays.fill(distance, Double.NaN);
        for (int a = 0; a < r; a++) {
            int c = currentIsRows ? a : assignment[a];
            int p = currentIsRows ? assignment[a] : a;
            previousId[c] = p;
            distance[c] = cost[a * m + assignment[a]];
        }
        int fresh = previousK;
        for (int c = 0; c < currentK; c++) {
            if (previousId[c] < 0) {
                previousId[c] = fresh++;
            }
        }
        return new SegmentMatching(previousId, distance, previousK);
    }

    private static void requireCentres(String name, double[] centres, int k, int d) {
        Objects.requireNonNull(centres, name);
        if (centres.length != k * d) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s must hold k*d = %d values (was %d)", name, k * d, centres.length));
        }
        for (int p = 0; p < centres.length; p++) {
            if (!Double.isFinite(centres[p])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s centre %d, feature %d: %s is not a finite number", name, p / d, p % d, centres[p]));
            }
        }
    }

    /** The id that new segment c takes: its matched previous id, or a fresh id ≥ the previous count. */
    public int previousId(int c) {
        return previousId[c];
    }

    /** A copy of the id of each new segment (see {@link #previousId(int)}). */
    public int[] previousIds() {
        return previousId.clone();
    }

    /** Whether new segment c was matched to a previous one. */
    public boolean isMatched(int c) {
        return previousId[c] < previousCount;
    }

    /** The Euclidean distance from new centre c to its matched previous centre; NaN when unmatched. */
    public double distance(int c) {
        return distance[c];
    }

    /** The total distance between matched centres, the quantity the matching minimises. */
    public double totalDistance() {
        double s = 0.0;
        for (double v : distance) {
            if (!Double.isNaN(v)) {
                s += v;
            }
        }
        return s;
    }

    /**
     * New labels renumbered to the previous ids; noise (-1) stays noise.
     *
     * @param labels labels of the new fit, each in [0, currentK) or -1; not modified
     * @throws IllegalArgumentException naming the first label out of range
     */
    public int[] relabel(int[] labels) {
        Objects.requireNonNull(labels, "labels");
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (c < -1 || c >= previousId.length) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "labels[%d] must be in [-1, %d) (was %d)", i, previousId.length, c));
            }
            out[i] = c < 0 ? c : previousId[c];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentMatching s && Arrays.equals(previousId, s.previousId)
                && Arrays.equals(distance, s.distance) && previousCount == s.previousCount;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(previousId);
    }

    @Override
    public String toString() {
        return "SegmentMatching new->previous " + Arrays.toString(previousId);
    }
}
