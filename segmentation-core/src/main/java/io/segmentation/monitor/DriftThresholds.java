package io.segmentation.monitor;

import io.segmentation.internal.Check;
import java.util.Locale;

/**
 * The thresholds that turn drift measures into a {@link DriftStatus}: a measure at or above its watch
 * threshold gives {@link DriftStatus#WATCH}, at or above its retrain threshold {@link DriftStatus#RETRAIN}.
 * Immutable.
 *
 * <ul>
 *   <li>{@code psi}: the population stability index of each input column and of the segment shares; by
 *       convention 0.1 and 0.25.</li>
 *   <li>{@code farShare}: the share of new customers farther from every centre than the training 99th
 *       percentile (about 0.01 in training); 0.02 and 0.05 by default.</li>
 *   <li>{@code centreShift}: how far the mean of a segment's new customers lies from its centre, in units of
 *       the segment's training spread (root mean squared distance to the centre); 0.5 and 1.0 by default.</li>
 * </ul>
 * The Kolmogorov–Smirnov estimate is reported beside PSI but sets no status: on large batches it is
 * sensitive to shifts too small to matter, and PSI is the convention.
 *
 * <p>{@code minimumRows} is the smallest batch {@link DriftMonitor#check} accepts; 1,000 by default. On small
 * batches sampling noise alone crosses the thresholds: in a seeded experiment (three blobs, 3,000 training
 * rows, 40 fresh samples per size from the training distribution) samples of 50 rows gave WATCH or RETRAIN every
 * time, 200 rows gave WATCH in a quarter of the samples, 700 rows once in 40 (the far share), 1,000 and more
 * never. The far share is the most sensitive measure: with a training share of 1%, a batch of n rows shows 2% or
 * more by chance with binomial probability about 3% at n = 500 and 0.3% at n = 1,000.
 *
 * @param psiWatch           PSI at which to watch, finite and > 0
 * @param psiRetrain         PSI at which to retrain, finite and >= psiWatch
 * @param farShareWatch      far-from-centre share at which to watch, in (0, 1]
 * @param farShareRetrain    far-from-centre share at which to retrain, in [farShareWatch, 1]
 * @param centreShiftWatch   relative centre shift at which to watch, finite and > 0
 * @param centreShiftRetrain relative centre shift at which to retrain, finite and >= centreShiftWatch
 * @param minimumRows        the fewest customers a batch must have to be checked, at least 1
 */
public record DriftThresholds(double psiWatch, double psiRetrain, double farShareWatch, double farShareRetrain,
        double centreShiftWatch, double centreShiftRetrain, int minimumRows) {
    /** The default {@link #minimumRows()}: the smallest batch whose fresh samples came out stable (see above). */
    public static final int DEFAULT_MINIMUM_ROWS = 1_000;
    private static final DriftThresholds DEFAULTS = new DriftThresholds(0.1, 0.25, 0.02, 0.05, 0.5, 1.0,
            DEFAULT_MINIMUM_ROWS);

    /**
     * Checks the thresholds.
     *
     * @throws IllegalArgumentException naming the first threshold out of range or a retrain threshold below its
     *                                  watch threshold
     */
    public DriftThresholds {
        Check.finiteAbove("psiWatch", psiWatch, 0.0);
        Check.finiteAbove("psiRetrain", psiRetrain, 0.0);
        Check.between("farShareWatch", farShareWatch, Double.MIN_VALUE, 1.0);
        Check.between("farShareRetrain", farShareRetrain, Double.MIN_VALUE, 1.0);
        Check.finiteAbove("centreShiftWatch", centreShiftWatch, 0.0);
        Check.finiteAbove("centreShiftRetrain", centreShiftRetrain, 0.0);
        Check.atLeast("minimumRows", minimumRows, 1);
        requireOrder("psi", psiWatch, psiRetrain);
        requireOrder("farShare", farShareWatch, farShareRetrain);
        requireOrder("centreShift", centreShiftWatch, centreShiftRetrain);
    }

    /**
     * Thresholds with the default {@link #DEFAULT_MINIMUM_ROWS}; the ranges are those of the canonical constructor.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public DriftThresholds(double psiWatch, double psiRetrain, double farShareWatch, double farShareRetrain,
            double centreShiftWatch, double centreShiftRetrain) {
        this(psiWatch, psiRetrain, farShareWatch, farShareRetrain, centreShiftWatch, centreShiftRetrain,
                DEFAULT_MINIMUM_ROWS);
    }

    private static void requireOrder(String name, double watch, double retrain) {
        if (retrain < watch) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%sRetrain must be >= %sWatch (was %s < %s)", name, name, Check.format(retrain),
                    Check.format(watch)));
        }
    }

    /** PSI 0.1 / 0.25, far-from-centre share 0.02 / 0.05, centre shift 0.5 / 1.0 spreads, 1,000 rows at least. */
    public static DriftThresholds defaults() {
        return DEFAULTS;
    }

    /** These thresholds with other PSI thresholds; see the constructor for the ranges. */
    public DriftThresholds withPsi(double watch, double retrain) {
        return new DriftThresholds(watch, retrain, farShareWatch, farShareRetrain, centreShiftWatch,
                centreShiftRetrain, minimumRows);
    }

    /** These thresholds with other far-from-centre share thresholds. */
    public DriftThresholds withFarShare(double watch, double retrain) {
        return new DriftThresholds(psiWatch, psiRetrain, watch, retrain, centreShiftWatch, centreShiftRetrain,
                minimumRows);
    }

    /** These thresholds with other centre-shift thresholds (in spreads). */
    public DriftThresholds withCentreShift(double watch, double retrain) {
        return new DriftThresholds(psiWatch, psiRetrain, farShareWatch, farShareRetrain, watch, retrain,
                minimumRows);
    }

    /**
     * These thresholds with another smallest batch. Lower it only knowing that small batches flag drift by chance.
     *
     * @param minimumRows at least 1
     * @throws IllegalArgumentException when {@code minimumRows} is below 1
     */
    public DriftThresholds withMinimumRows(int minimumRows) {
        return new DriftThresholds(psiWatch, psiRetrain, farShareWatch, farShareRetrain, centreShiftWatch,
                centreShiftRetrain, minimumRows);
    }
}
