package io.segmentation.monitor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * An estimate of the two-sample Kolmogorov–Smirnov statistic {@code D = sup_x |F_new(x) − F_train(x)|} when
 * only the training percentiles are kept (the model does not store its training rows). The training CDF is
 * known at its 101 percentiles {@code q_0..q_100} ({@code F_train(q_p) = p/100}); D is evaluated there:
 * {@code D̂ = max_p |F_new(q_p) − p/100|}, where {@code F_new(x)} is the share of new values {@code <= x}.
 * Where percentiles repeat (ties in the training data), the repeated value takes the largest p, as the CDF
 * is right-continuous.
 *
 * <p>Approximation: between two percentiles the training CDF rises by 0.01 and the new CDF is monotone, so
 * for a continuous training distribution {@code D̂ <= D <= D̂ + 0.01}. The estimate is a distance, not a test:
 * with thousands of customers every small shift is significant, so thresholds on D (or on PSI) decide.
 * O(m log m) for m new values (a sort) plus O(101 log m).
 *
 * <p>Reference: A. N. Kolmogorov, "Sulla determinazione empirica di una legge di distribuzione", Giornale
 * dell'Istituto Italiano degli Attuari 4, 1933; N. Smirnov, "Table for estimating the goodness of fit of
 * empirical distributions", Annals of Mathematical Statistics 19(2), 1948, doi:10.1214/aoms/1177730256.
 *
 * <pre>{@code
 * double d = KolmogorovSmirnov.estimate(reference.percentiles("age"), newAges);
 * }</pre>
 */
public final class KolmogorovSmirnov {
    private KolmogorovSmirnov() {
    }

    /**
     * The estimate of D for {@code values} against a distribution known by its percentiles.
     *
     * @param percentiles the reference's 0%, 1%, ..., 100% percentiles, non-decreasing; at least 2; not modified
     * @param values      the new values; NaN (missing) values are left out; not modified
     * @return D̂ in [0, 1], or NaN when {@code values} has no value that is not missing
     * @throws IllegalArgumentException when there are fewer than 2 percentiles or they decrease
     */
    public static double estimate(double[] percentiles, double[] values) {
        Objects.requireNonNull(percentiles, "percentiles");
        Objects.requireNonNull(values, "values");
        int points = percentiles.length;
        if (points < 2) {
            throw new IllegalArgumentException("percentiles must hold at least 2 values (was " + points + ")");
        }
        for (int p = 1; p < points; p++) {
            if (!(percentiles[p] >= percentiles[p - 1])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "percentiles must not decrease (were %s at %d, %s at %d)", percentiles[p - 1], p - 1,
                        percentiles[p], p));
            }
        }
        int m = 0;
        double[] sorted = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                sorted[m++] = values[i];
            }
        }
        if (m == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted, 0, m);
        double d = 0.0;
        for (int p = 0; p < points; p++) {
            if (p + 1 < points && percentiles[p + 1] == percentiles[p]) {
                continue;   // a repeated percentile: the CDF there is the last p of the run
            }
            double reference = p / (double) (points - 1);
            double current = atMost(sorted, m, percentiles[p]) / (double) m;
            d = Math.max(d, Math.abs(current - reference));
        }
        return d;
    }

    /** The number of the first m values of {@code sorted} that are {@code <= x}. */
    private static int atMost(double[] sorted, int m, double x) {
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
