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
 * @param psiWatch           PSI at which to watch, finite and > 0
 * @param psiRetrain         PSI at which to retrain, finite and >= psiWatch
 * @param farShareWatch      far-from-centre share at which to watch, in (0, 1]
 * @param farShareRetrain    far-from-centre share at which to retrain, in [farShareWatch, 1]
 * @param centreShiftWatch   relative centre shift at which to watch, finite and > 0
 * @param centreShiftRetrain relative centre shift at which to retrain, finite and >= centreShiftWatch
 */
public record DriftThresholds(double psiWatch, double psiRetrain, double farShareWatch, double farShareRetrain,
        double centreShiftWatch, double centreShiftRetrain) {
    private static final DriftThresholds DEFAULTS = new DriftThresholds(0.1, 0.25, 0.02, 0.05, 0.5, 1.0);

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
        requireOrder("psi", psiWatch, psiRetrain);
        requireOrder("farShare", farShareWatch, farShareRetrain);
        requireOrder("centreShift", centreShiftWatch, centreShiftRetrain);
    }

    private static void requireOrder(String name, double watch, double retrain) {
        if (retrain < watch) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%sRetrain must be >= %sWatch (was %s < %s)", name, name, Check.format(retrain),
                    Check.format(watch)));
        }
    }

    /** PSI 0.1 / 0.25, far-from-centre share 0.02 / 0.05, centre shift 0.5 / 1.0 spreads. */
    public static DriftThresholds defaults() {
        return DEFAULTS;
    }

    /** These thresholds with other PSI thresholds; see the constructor for the ranges. */
    public DriftThresholds withPsi(double watch, double retrain) {
        return new DriftThresholds(watch, retrain, farShareWatch, farShareRetrain, centreShiftWatch,
                centreShiftRetrain);
    }

    /** These thresholds with other far-from-centre share thresholds. */
    public DriftThresholds withFarShare(double watch, double retrain) {
        return new DriftThresholds(psiWatch, psiRetrain, watch, retrain, centreShiftWatch, centreShiftRetrain);
    }

    /** These thresholds with other centre-shift thresholds (in spreads). */
    public DriftThresholds withCentreShift(double watch, double retrain) {
        return new DriftThresholds(psiWatch, psiRetrain, farShareWatch, farShareRetrain, watch, retrain);
    }
}
