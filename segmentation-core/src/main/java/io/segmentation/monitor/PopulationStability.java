package io.segmentation.monitor;

import java.util.Locale;
import java.util.Objects;

/**
 * The population stability index (PSI) of two distributions over the same bins:
 * {@code PSI = Σ_b (a_b − e_b) · ln(a_b / e_b)} for expected (training) shares {@code e} and actual (new)
 * shares {@code a}. It is a symmetrised Kullback–Leibler divergence, 0 for identical shares. By convention
 * (Siddiqi, "Credit Risk Scorecards", Wiley 2006) a PSI below 0.1 is stable, 0.1 to 0.25 worth watching and
 * above 0.25 a shift that calls for a new model.
 *
 * <p>A bin empty on one side would make the index infinite; such a share is raised to {@link #FLOOR} (a bin
 * empty on both sides adds nothing). O(bins).
 *
 * <pre>{@code
 * double psi = PopulationStability.index(new double[] {0.5, 0.5}, new double[] {0.6, 0.4});   // 0.0405
 * }</pre>
 */
public final class PopulationStability {
    /** The smallest share used in the logarithm, so that a bin empty on one side counts but stays finite. */
    public static final double FLOOR = 1e-4;

    private PopulationStability() {
    }

    /**
     * The PSI of {@code actual} against {@code expected}.
     *
     * @param expected the reference share of each bin, in [0, 1]; not modified
     * @param actual   the new share of each bin, in [0, 1], same length; not modified
     * @throws IllegalArgumentException when the lengths differ or a share is outside [0, 1]
     */
    public static double index(double[] expected, double[] actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        if (expected.length != actual.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "expected and actual must have the same number of bins (were %d and %d)", expected.length,
                    actual.length));
        }
        double psi = 0.0;
        for (int b = 0; b < expected.length; b++) {
            double e = expected[b];
            double a = actual[b];
            if (!(e >= 0.0 && e <= 1.0) || !(a >= 0.0 && a <= 1.0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "bin %d: shares must be in [0, 1] (were expected %s, actual %s)", b, e, a));
            }
            if (e == 0.0 && a == 0.0) {
                continue;
            }
            e = Math.max(e, FLOOR);
            a = Math.max(a, FLOOR);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }
}
