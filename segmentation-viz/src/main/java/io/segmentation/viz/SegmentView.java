package io.segmentation.viz;

import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import io.segmentation.data.Dataset;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.preprocess.FittedPca;
import io.segmentation.preprocess.Pca;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * What the charts of one model on one table share, computed once: the features, every row's segment, a seeded
 * sample of rows for scatter plots and the 2-D principal-component coordinates of the sample and the centres.
 */
final class SegmentView {
    /** Rows drawn at most in a scatter plot: more only hide each other and bloat an SVG. */
    static final int MAX_POINTS = 3_000;
    static final long SEED = 42L;

    final SegmentationModel model;
    final Dataset customers;
    final FeatureMatrix features;
    final int[] labels;
    final int k;
    final List<Segment> segments;
    private final int maxPoints;
    private int[] sample;
    private double[] pcaPoints;
    private double[] pcaCentres;
    private String[] pcaAxes;

    SegmentView(SegmentationModel model, Dataset customers, int maxPoints) {
        this.model = Objects.requireNonNull(model, "model");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.maxPoints = maxPoints;
        this.features = model.features(customers);
        this.labels = model.clusterModel().predictAll(features);
        this.k = model.clusterModel().clusterCount();
        this.segments = model.segments();
    }

    SegmentView(SegmentationModel model, Dataset customers) {
        this(model, customers, MAX_POINTS);
    }

    /** The name of segment c, or the model's noise name for a negative c. */
    String name(int c) {
        if (c < 0) {
            return SegmentationModel.NOISE_NAME;
        }
        for (Segment s : segments) {
            if (s.id() == c) {
                return s.name();
            }
        }
        return "segment " + c;
    }

    boolean hasNoise() {
        for (int label : labels) {
            if (label < 0) {
                return true;
            }
        }
        return false;
    }

    /** The sampled row indices, ascending. */
    int[] sample() {
        if (sample == null) {
            sample = sampleRows(labels.length, maxPoints, SEED);
        }
        return sample;
    }

    /**
     * Up to {@code max} distinct row indices of [0, n), ascending, drawn uniformly with a seeded partial
     * Fisher–Yates shuffle; all rows when n ≤ max.
     */
    static int[] sampleRows(int n, int max, long seed) {
        if (n <= max) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < max; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] picked = java.util.Arrays.copyOf(order, max);
        java.util.Arrays.sort(picked);
        return picked;
    }

    /** The first two principal-component scores of the sampled rows (m×2, row-major). */
    double[] pcaPoints() {
        computePca();
        return pcaPoints;
    }

    /** The first two principal-component scores of the k centres (k×2). */
    double[] pcaCentres() {
        computePca();
        return pcaCentres;
    }

    /** The two axis titles, with the share of variance each component explains when known. */
    String[] pcaAxes() {
        computePca();
        return pcaAxes;
    }

    private void computePca() {
        if (pcaPoints != null) {
            return;
        }
        int[] rows = sample();
        int d = features.columnCount();
        double[] centres = model.clusterModel().centres();
        pcaPoints = new double[rows.length * 2];
        pcaCentres = new double[k * 2];
        pcaAxes = new String[] {"PC1", "PC2"};
        java.util.Optional<FittedPca> inModel = model.preprocessor().pca();
        if (inModel.isPresent() || d < 2) {
            // The model's features already are principal components (or there is one feature): plot them.
            for (int r = 0; r < rows.length; r++) {
                pcaPoints[2 * r] = features.get(rows[r], 0);
                pcaPoints[2 * r + 1] = d < 2 ? 0.0 : features.get(rows[r], 1);
            }
            for (int c = 0; c < k; c++) {
                pcaCentres[2 * c] = centres[c * d];
                pcaCentres[2 * c + 1] = d < 2 ? 0.0 : centres[c * d + 1];
            }
            if (inModel.isPresent()) {
                double[] ratio = inModel.get().explainedVarianceRatio();
                pcaAxes = axes(ratio);
            } else {
                pcaAxes = new String[] {features.featureNames().get(0), ""};
            }
            return;
        }
        FittedPca pca = Pca.components(2).fit(features);
        for (int r = 0; r < rows.length; r++) {
            double[] score = pca.transformRow(features.row(rows[r]));
            pcaPoints[2 * r] = score[0];
            pcaPoints[2 * r + 1] = score[1];
        }
        double[] centre = new double[d];
        for (int c = 0; c < k; c++) {
            System.arraycopy(centres, c * d, centre, 0, d);
            double[] score = pca.transformRow(centre);
            pcaCentres[2 * c] = score[0];
            pcaCentres[2 * c + 1] = score[1];
        }
        pcaAxes = axes(pca.explainedVarianceRatio());
    }

    private static String[] axes(double[] ratio) {
        return new String[] {
            String.format(java.util.Locale.ROOT, "PC1 (%.1f %% of variance)", 100.0 * ratio[0]),
            ratio.length > 1 ? String.format(java.util.Locale.ROOT, "PC2 (%.1f %% of variance)", 100.0 * ratio[1])
                    : "PC2"};
    }

    /**
     * The numeric input features that set segments apart most ({@link SegmentCharts#topFeatures}), keeping
     * those that are numeric columns of the table.
     */
    List<String> topFeatures(int count) {
        List<String> top = new ArrayList<>();
        for (String f : SegmentCharts.topFeatures(model, Integer.MAX_VALUE)) {
            if (top.size() < count && customers.has(f)
                    && customers.column(f).type() == io.segmentation.data.ColumnType.NUMERIC) {
                top.add(f);
            }
        }
        return top;
    }

    /** The ids in legend order: segments 0..k-1, then noise when present. */
    int[] legendIds() {
        boolean noise = hasNoise();
        int[] ids = new int[k + (noise ? 1 : 0)];
        for (int c = 0; c < k; c++) {
            ids[c] = c;
        }
        if (noise) {
            ids[k] = -1;
        }
        return ids;
    }
}
