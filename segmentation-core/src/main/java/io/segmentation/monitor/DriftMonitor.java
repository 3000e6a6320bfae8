package io.segmentation.monitor;

import io.segmentation.SegmentationModel;
import io.segmentation.cluster.ClusterModel;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Compares a batch of new customers with the training reference kept in a model and says whether the model
 * still fits them: per input column the population stability index ({@link PopulationStability}, on the
 * training decile bins for numeric columns, on the training levels for categorical ones) and a
 * Kolmogorov–Smirnov estimate ({@link KolmogorovSmirnov}) for numeric columns; the change of segment shares
 * (PSI over the segments and noise); the shift of each segment's centre; and the share of customers farther
 * from every centre than the training 99th percentile. Each measure meets its {@link DriftThresholds}; the
 * worst gives the {@link DriftStatus}. A batch smaller than {@link DriftThresholds#minimumRows()} (1,000 by
 * default) is refused: on it sampling noise alone would cross the thresholds. Immutable and thread-safe.
 *
 * <p>Cost: O(n·(c + k·d)) for n new customers, c input columns, k segments and d features, plus a sort of each
 * numeric column for the KS estimate.
 *
 * <pre>{@code
 * DriftReport report = DriftMonitor.of(model).check(thisMonth);
 * if (report.status() == DriftStatus.RETRAIN) { ... }
 * log.info(report.toText());
 * }</pre>
 */
public final class DriftMonitor {
    private final SegmentationModel model;
    private final TrainingReference reference;
    private final DriftThresholds thresholds;

    private DriftMonitor(SegmentationModel model, TrainingReference reference, DriftThresholds thresholds) {
        this.model = model;
        this.reference = reference;
        this.thresholds = thresholds;
    }

    /**
     * A monitor of {@code model} with the default thresholds.
     *
     * @throws IllegalArgumentException when the model carries no training reference (a model file written before
     *                                  the library kept one): refit the model to monitor it
     */
    public static DriftMonitor of(SegmentationModel model) {
        Objects.requireNonNull(model, "model");
        TrainingReference reference = model.trainingReference().orElseThrow(() -> new IllegalArgumentException(
                "model has no training reference (its file was written before the library kept one); refit the "
                        + "pipeline, or load a model saved since, to monitor drift"));
        return new DriftMonitor(model, reference, DriftThresholds.defaults());
    }

    /** This monitor with other thresholds. */
    public DriftMonitor withThresholds(DriftThresholds thresholds) {
        return new DriftMonitor(model, reference, Objects.requireNonNull(thresholds, "thresholds"));
    }

    /** The thresholds in use. */
    public DriftThresholds thresholds() {
        return thresholds;
    }

    /**
     * Measures the drift of {@code customers} from the training customers.
     *
     * @param customers new customers with the model's input columns, at least
     *                  {@link DriftThresholds#minimumRows()} of them; not modified
     * @throws IllegalArgumentException when {@code customers} has fewer rows than the thresholds' minimum (on a
     *                                  small batch sampling noise alone looks like drift), lacks an input column or
     *                                  has a value the model cannot take (as {@link SegmentationModel#assignAll})
     */
    public DriftReport check(Dataset customers) {
        Objects.requireNonNull(customers, "customers");
        int n = customers.rowCount();
        for (String name : reference.numericColumns()) {
            column(customers, name);
        }
        for (String name : reference.categoricalColumns()) {
            column(customers, name);
        }
        if (n < thresholds.minimumRows()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "customers must have at least %d rows for "
                    + "a drift check (was %d): in smaller batches sampling noise alone crosses the thresholds; pool "
                    + "several batches, or lower DriftThresholds.minimumRows knowing that", thresholds.minimumRows(), n));
        }
        List<FeatureDrift> features = new ArrayList<>();
        for (TrainingReference.NumericReference r : reference.numeric()) {
            NumericColumn column = numeric(customers, r.name());
            double[] shares = TrainingReference.binShares(column, r.edges());
            double psi = PopulationStability.index(r.shares(), shares);
            double ks = KolmogorovSmirnov.estimate(r.percentiles(), column.toArray());
            features.add(new FeatureDrift(r.name(), true, psi, ks, shares[shares.length - 1],
                    DriftStatus.of(psi, thresholds.psiWatch(), thresholds.psiRetrain())));
        }
        for (TrainingReference.CategoricalReference r : reference.categorical()) {
            CategoricalColumn column = categorical(customers, r.name());
            double[] shares = TrainingReference.categoryShares(column, r.levels());
            double psi = PopulationStability.index(r.shares(), shares);
            features.add(new FeatureDrift(r.name(), false, psi, Double.NaN, shares[shares.length - 1],
                    DriftStatus.of(psi, thresholds.psiWatch(), thresholds.psiRetrain())));
        }

        FeatureMatrix x = model.features(customers);
        ClusterModel clusters = model.clusterModel();
        int[] labels = clusters.predictAll(x);
        int m = x.rowCount();
        int k = clusters.clusterCount();
        int d = x.columnCount();
        double[] centres = reference.centres();
        SegmentSums sums = SegmentSums.of(x.toArray(), d, labels, k, centres);
        long far = 0;
        double farSquared = reference.farThreshold() * reference.farThreshold();
        for (int i = 0; i < m; i++) {
            if (sums.nearestSquared(i) > farSquared) {
                far++;
            }
        }
        double[] trainingShares = reference.segmentShares();
        double[] expected = new double[k + 1];
        double[] actual = new double[k + 1];
        List<SegmentDrift> segments = new ArrayList<>(k);
        double[] spreads = reference.spreads();
        for (int c = 0; c < k; c++) {
            expected[c] = trainingShares[c];
            actual[c] = (double) sums.count(c) / m;
            double shift = Double.NaN;
            if (sums.count(c) > 0) {
                double s = 0.0;
                for (int j = 0; j < d; j++) {
                    double diff = sums.mean(c, j) - centres[c * d + j];
                    s += diff * diff;
                }
                shift = Math.sqrt(s);
            }
            double relative = spreads[c] > 0.0 ? shift / spreads[c] : Double.NaN;
            segments.add(new SegmentDrift(c, model.segment(c).name(), trainingShares[c], actual[c], shift, relative,
                    DriftStatus.of(relative, thresholds.centreShiftWatch(), thresholds.centreShiftRetrain())));
        }
        expected[k] = reference.noiseShare();
        actual[k] = (double) sums.count(k) / m;
        // Shares are rounded sums of counts; clamp the tiny excess above 1 that rounding could leave.
        double psi = PopulationStability.index(clamp(expected), clamp(actual));
        return new DriftReport(n, features, segments, psi, reference.noiseShare(), actual[k],
                reference.farShare(), (double) far / m, reference.farThreshold(), thresholds);
    }

    private static double[] clamp(double[] shares) {
        for (int b = 0; b < shares.length; b++) {
            shares[b] = Math.min(1.0, shares[b]);
        }
        return shares;
    }

    private static NumericColumn numeric(Dataset customers, String name) {
        Column column = column(customers, name);
        if (!(column instanceof NumericColumn nc)) {
            throw new IllegalArgumentException("customers column \"" + name + "\" must be numeric, as in training "
                    + "(was " + column.type() + ")");
        }
        return nc;
    }

    private static CategoricalColumn categorical(Dataset customers, String name) {
        Column column = column(customers, name);
        if (!(column instanceof CategoricalColumn cc)) {
            throw new IllegalArgumentException("customers column \"" + name + "\" must be categorical, as in "
                    + "training (was " + column.type() + ")");
        }
        return cc;
    }

    private static Column column(Dataset customers, String name) {
        if (!customers.has(name)) {
            throw new IllegalArgumentException("customers must have the input column \"" + name + "\"; the columns "
                    + "are " + customers.columnNames());
        }
        return customers.column(name);
    }
}
