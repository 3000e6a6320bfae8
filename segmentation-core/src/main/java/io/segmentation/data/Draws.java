package io.segmentation.data;

import java.util.SplittableRandom;

/**
 * Random variates for one chunk of synthetic customers, from one stream of a {@link SplittableRandom}.
 * Mutable and confined to one thread. Logarithms and exponentials go through {@link StrictMath}, whose
 * results are specified bit for bit, so a seed gives the same customers on every JVM and processor.
 */
final class Draws {
    /** Means at or above this use the normal approximation to the Poisson distribution. */
    private static final double POISSON_INVERSION_LIMIT = 30.0;

    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    Draws(SplittableRandom random) {
        this.random = random;
    }

    /** Uniform on [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform on [lo, hi). */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Standard normal, by Marsaglia's polar method (two variates per accepted pair; the second is kept). */
    double normal() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * random.nextDouble() - 1.0;
            v = 2.0 * random.nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double f = Math.sqrt(-2.0 * StrictMath.log(s) / s);  // sqrt is correctly rounded everywhere
        spare = v * f;
        hasSpare = true;
        return u * f;
    }

    /** Log-normal with the given median and log-scale standard deviation {@code sigma}. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * normal());
    }

    /**
     * A rate in (0, 1): the logistic of {@code logit + shift + sigma·N(0,1)}. Its median is
     * {@code logistic(logit + shift)}; it is the logit-normal law, a close stand-in for a beta law.
     */
    double logitNormal(double logit, double shift, double sigma) {
        return 1.0 / (1.0 + StrictMath.exp(-(logit + shift + sigma * normal())));
    }

    /**
     * A Poisson count with the given mean (at least 0): inversion by sequential search below a mean
     * of 30, the rounded normal approximation N(mean, mean), floored at 0, from there on.
     */
    int poisson(double mean) {
        if (mean <= 0.0) {
            return 0;
        }
        if (mean >= POISSON_INVERSION_LIMIT) {
            long k = Math.round(mean + Math.sqrt(mean) * normal());
            return (int) Math.max(0L, k);
        }
        double u = random.nextDouble();
        double p = StrictMath.exp(-mean);
        double cumulative = p;
        int k = 0;
        // The cap stops the search where the tail beyond is below double precision.
        while (u > cumulative && k < 1000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    /**
     * An index drawn with the probabilities whose running sums are {@code cumulative} (the last entry
     * is 1); the first index whose running sum exceeds a uniform draw.
     */
    int pick(double[] cumulative) {
        double u = random.nextDouble();
        int last = cumulative.length - 1;
        for (int i = 0; i < last; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return last;
    }

    /** Running sums of {@code weights}, scaled so that the last is exactly 1. */
    static double[] cumulative(double... weights) {
        double total = 0.0;
        for (double w : weights) {
            total += w;
        }
        double[] c = new double[weights.length];
        double running = 0.0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            c[i] = running / total;
        }
        // From the last positive weight on, the sums are exactly 1, so a zero weight is never drawn.
        for (int i = weights.length - 1; i >= 0; i--) {
            c[i] = 1.0;
            if (weights[i] > 0.0) {
                break;
            }
        }
        return c;
    }
}
