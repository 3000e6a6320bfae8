package io.segmentation.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of {@link DriftMonitor#check}: per-column drift, per-segment change, the share of customers far
 * from every centre, an overall {@link DriftStatus} and a recommendation in words. Immutable. Print it with
 * {@link #toText()}; chart it from {@link #featureNames()}, {@link #psiValues()} and {@link #thresholds()}.
 */
public final class DriftReport {
    private final long rows;
    private final List<FeatureDrift> features;
    private final List<SegmentDrift> segments;
    private final double segmentSharePsi;
    private final double trainingNoiseShare;
    private final double noiseShare;
    private final double trainingFarShare;
    private final double farShare;
    private final double farThreshold;
    private final DriftThresholds thresholds;
    private final DriftStatus status;
    private final String recommendation;

    DriftReport(long rows, List<FeatureDrift> features, List<SegmentDrift> segments, double segmentSharePsi,
            double trainingNoiseShare, double noiseShare, double trainingFarShare, double farShare,
            double farThreshold, DriftThresholds thresholds) {
        this.rows = rows;
        this.features = List.copyOf(features);
        this.segments = List.copyOf(segments);
        this.segmentSharePsi = segmentSharePsi;
        this.trainingNoiseShare = trainingNoiseShare;
        this.noiseShare = noiseShare;
        this.trainingFarShare = trainingFarShare;
        this.farShare = farShare;
        this.farThreshold = farThreshold;
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        List<String> watch = new ArrayList<>();
        List<String> retrain = new ArrayList<>();
        for (FeatureDrift f : features) {
            note(f.status(), String.format(Locale.ROOT, "column \"%s\" (PSI %.3f)", f.column(), f.psi()), watch,
                    retrain);
        }
        note(segmentShareStatus(), String.format(Locale.ROOT, "segment shares (PSI %.3f)", segmentSharePsi), watch,
                retrain);
        note(farShareStatus(), String.format(Locale.ROOT, "customers far from every centre (%.1f%%, %.1f%% in "
                + "training)", 100 * farShare, 100 * trainingFarShare), watch, retrain);
        for (SegmentDrift s : segments) {
            note(s.status(), String.format(Locale.ROOT, "centre of segment %d \"%s\" (moved %.2f spreads)",
                    s.segment(), s.name(), s.relativeShift()), watch, retrain);
        }
        if (!retrain.isEmpty()) {
            this.status = DriftStatus.RETRAIN;
            this.recommendation = "Retrain: " + String.join(", ", retrain) + " passed the retrain threshold"
                    + (watch.isEmpty() ? "" : "; also watch " + String.join(", ", watch))
                    + ". Refit the pipeline on recent customers and align the new segments with the old ones "
                    + "(SegmentStability) before replacing the model.";
        } else if (!watch.isEmpty()) {
            this.status = DriftStatus.WATCH;
            this.recommendation = "Watch: " + String.join(", ", watch) + " passed the watch threshold. The "
                    + "segments still hold; check the next batch, and retrain if the drift grows.";
        } else {
            this.status = DriftStatus.STABLE;
            this.recommendation = "Stable: the new customers look like the training customers; keep the model.";
        }
    }

    private static void note(DriftStatus s, String what, List<String> watch, List<String> retrain) {
        if (s == DriftStatus.RETRAIN) {
            retrain.add(what);
        } else if (s == DriftStatus.WATCH) {
            watch.add(what);
        }
    }

    /** The number of new customers checked. */
    public long rows() {
        return rows;
    }

    /** The drift of each input column, numeric columns first, each group in input order. */
    public List<FeatureDrift> features() {
        return features;
    }

    /** The drift of one column. @throws IllegalArgumentException when the report has no such column */
    public FeatureDrift feature(String column) {
        for (FeatureDrift f : features) {
            if (f.column().equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("column \"" + column + "\" is not in the report " + featureNames());
    }

    /** The column names, in the order of {@link #features()}: the categories of a bar chart. */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>(features.size());
        for (FeatureDrift f : features) {
            names.add(f.column());
        }
        return List.copyOf(names);
    }

    /** A new array of the PSI of each column, in the order of {@link #featureNames()}. */
    public double[] psiValues() {
        double[] v = new double[features.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = features.get(j).psi();
        }
        return v;
    }

    /** A new array of the KS estimate of each column (NaN for categorical ones), in the order of the names. */
    public double[] ksValues() {
        double[] v = new double[features.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = features.get(j).ks();
        }
        return v;
    }

    /** How each segment changed, by segment id. */
    public List<SegmentDrift> segments() {
        return segments;
    }

    /** The PSI of the segment shares (noise is one more bin). */
    public double segmentSharePsi() {
        return segmentSharePsi;
    }

    /** The status of {@link #segmentSharePsi()}. */
    public DriftStatus segmentShareStatus() {
        return DriftStatus.of(segmentSharePsi, thresholds.psiWatch(), thresholds.psiRetrain());
    }

    /** The share of noise among the new customers (0 unless the model marks noise). */
    public double noiseShare() {
        return noiseShare;
    }

    /** The share of noise among the training customers. */
    public double trainingNoiseShare() {
        return trainingNoiseShare;
    }

    /** The share of new customers farther from every centre than {@link #farThreshold()}. */
    public double farShare() {
        return farShare;
    }

    /** The same share among the training customers (about 0.01 by construction). */
    public double trainingFarShare() {
        return trainingFarShare;
    }

    /** The distance to the nearest centre beyond which a customer is far (the training 99th percentile). */
    public double farThreshold() {
        return farThreshold;
    }

    /** The status of {@link #farShare()}. */
    public DriftStatus farShareStatus() {
        return DriftStatus.of(farShare, thresholds.farShareWatch(), thresholds.farShareRetrain());
    }

    /** The thresholds used, for drawing them on a chart. */
    public DriftThresholds thresholds() {
        return thresholds;
    }

    /** The worst status of any measure. */
    public DriftStatus status() {
        return status;
    }

    /** What to do, in words, naming each measure past a threshold. */
    public String recommendation() {
        return recommendation;
    }

    /** The report as aligned plain text: the status, the recommendation, then one table per kind of measure. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Drift of %d customers: %s%n%s%n%n", rows, status, recommendation));
        int width = "column".length();
        for (FeatureDrift f : features) {
            width = Math.max(width, f.column().length());
        }
        String row = "%-" + width + "s  %-11s  %7s  %6s  %8s  %s%n";
        out.append(String.format(Locale.ROOT, row, "column", "type", "PSI", "KS", "missing", "status"));
        for (FeatureDrift f : features) {
            out.append(String.format(Locale.ROOT, row, f.column(), f.numeric() ? "numeric" : "categorical",
                    String.format(Locale.ROOT, "%.4f", f.psi()),
                    Double.isNaN(f.ks()) ? "-" : String.format(Locale.ROOT, "%.3f", f.ks()),
                    String.format(Locale.ROOT, "%.1f%%", 100 * f.missingShare()), f.status()));
        }
        out.append(String.format(Locale.ROOT, "PSI thresholds: watch %s, retrain %s%n%n",
                Double.toString(thresholds.psiWatch()), Double.toString(thresholds.psiRetrain())));
        int nameWidth = "segment".length();
        for (SegmentDrift s : segments) {
            nameWidth = Math.max(nameWidth, s.name().length() + String.valueOf(s.segment()).length() + 1);
        }
        String seg = "%-" + nameWidth + "s  %8s  %8s  %11s  %s%n";
        out.append(String.format(Locale.ROOT, seg, "segment", "training", "now", "move/spread", "status"));
        for (SegmentDrift s : segments) {
            out.append(String.format(Locale.ROOT, seg, s.segment() + " " + s.name(),
                    String.format(Locale.ROOT, "%.1f%%", 100 * s.trainingShare()),
                    String.format(Locale.ROOT, "%.1f%%", 100 * s.share()),
                    Double.isNaN(s.relativeShift()) ? "-" : String.format(Locale.ROOT, "%.2f", s.relativeShift()),
                    s.status()));
        }
        if (trainingNoiseShare > 0 || noiseShare > 0) {
            out.append(String.format(Locale.ROOT, seg, "noise", String.format(Locale.ROOT, "%.1f%%",
                    100 * trainingNoiseShare), String.format(Locale.ROOT, "%.1f%%", 100 * noiseShare), "-", ""));
        }
        out.append(String.format(Locale.ROOT, "segment shares: PSI %.4f, %s%n", segmentSharePsi,
                segmentShareStatus()));
        out.append(String.format(Locale.ROOT, "far from every centre (distance > %.4g): %.1f%% now, %.1f%% in "
                + "training, %s%n", farThreshold, 100 * farShare, 100 * trainingFarShare, farShareStatus()));
        return out.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DriftReport[%d rows, %s]", rows, status);
    }
}
