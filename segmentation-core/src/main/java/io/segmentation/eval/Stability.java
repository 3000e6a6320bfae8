package io.segmentation.eval;

import io.segmentation.ProgressListener;
import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.Clusterer;
import io.segmentation.cluster.internal.Inputs;
import io.segmentation.internal.Workers;
import io.segmentation.data.FeatureMatrix;
import io.segmentation.internal.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Will the segments still be there tomorrow? Re-fits a clusterer on B random resamples of the rows and
 * measures (1) the mean adjusted Rand index between every two re-fits on the rows they share, and (2) for
 * each segment of the fit on all rows, its Jaccard stability: the mean over re-fits of the Jaccard
 * similarity between the segment (restricted to the resampled rows) and its best-matching segment of the
 * re-fit (Hennig 2007). A segment scoring 0.85 or more is highly stable, 0.75 stable, below 0.6 it is
 * likely an artefact of the method; see {@link StabilityReport.Verdict}.
 *
 * <p>Reference: C. Hennig, "Cluster-wise assessment of cluster stability", Computational Statistics &amp;
 * Data Analysis 52(1), 2007, doi:10.1016/j.csda.2006.11.025.
 *
 * <p>Resampling: {@link Resampling#SUBSAMPLE} (default) draws {@code fraction·n} distinct rows without
 * replacement; {@link Resampling#BOOTSTRAP} draws n rows with replacement and, as Hennig does, compares on
 * the distinct rows drawn (a repeated row takes the label of its first copy). All draws come from one
 * {@code SplittableRandom(seed)}, one {@code split()} per resample in order, so a seed gives the same report;
 * the clusterer keeps its own seed, so its own randomness adds to the measured instability, as it would
 * between two retrains. Noise rows are left out of the Jaccard sets; the ARI treats noise as a group.
 *
 * <p>Cost: B + 1 fits, plus O(B²·n) for the pairwise ARIs and O(B·n) memory for the re-fit labels.
 *
 * <pre>{@code
 * StabilityReport r = Stability.builder().resamples(20).seed(42).build()
 *         .assess(KMeans.builder().k(5).seed(42).build(), x);
 * r.meanAdjustedRand(); r.jaccard(2); r.verdict(2);
 * }</pre>
 */
public final class Stability {
    /** How the rows of each re-fit are drawn. */
    public enum Resampling {
        /** A fraction of the rows, without replacement. */
        SUBSAMPLE,
        /** n rows with replacement. */
        BOOTSTRAP
    }

    /** Marks a row that is not in a resample. */
    static final int ABSENT = Integer.MIN_VALUE;

    private final int resamples;
    private final Resampling resampling;
    private final double fraction;
    private final long seed;
    private final ProgressListener progress;

    private Stability(Builder b) {
        this.resamples = b.resamples;
        this.resampling = b.resampling;
        this.fraction = b.fraction;
        this.seed = b.seed;
        this.progress = b.progress;
    }

    /** A builder with 20 subsamples of 80% of the rows and seed 0. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fits {@code clusterer} on all rows and on every resample, and measures how much the segments move.
     *
     * @param clusterer the configured algorithm
     * @param x         n×d data, not modified
     * @throws IllegalArgumentException when x has a non-finite cell or too few rows for a resample, or as
     *                                  the clusterer's fit throws
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public StabilityReport assess(Clusterer clusterer, DMatrixRMaj x) {
        Objects.requireNonNull(clusterer, "clusterer");
        Inputs.requireFinite(x, 2);
        int n = x.numRows;
        int d = x.numCols;
        int drawn = resampling == Resampling.BOOTSTRAP ? n : (int) Math.round(fraction * n);
        if (drawn < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "fraction leaves fewer than 2 rows per resample (was fraction=%s, rows=%d)", fraction, n));
        }
        ClusterModel reference = clusterer.fit(x);
        int[] referenceLabels = reference.labels();
        int k = Math.max(reference.clusterCount(), Labels.of(referenceLabels).k);
        progress.progress("stability", 1, resamples + 1);
        SplittableRandom random = new SplittableRandom(seed);
        int[][] labels = new int[resamples][];
        double[] referenceAri = new double[resamples];
        double[][] jaccard = new double[k][resamples];
        for (int b = 0; b < resamples; b++) {
            Workers.checkInterrupted();
            int[] rows = draw(random.split(), n, drawn);
            double[] data = new double[rows.length * d];
            for (int r = 0; r < rows.length; r++) {
                System.arraycopy(x.data, rows[r] * d, data, r * d, d);
            }
            int[] fitted = clusterer.fit(DMatrixRMaj.wrap(rows.length, d, data)).labels();
            int[] full = new int[n];
            Arrays.fill(full, ABSENT);
            for (int r = 0; r < rows.length; r++) {
                if (full[rows[r]] == ABSENT) { // a repeated bootstrap row keeps its first copy's label
                    full[rows[r]] = fitted[r];
                }
            }
            labels[b] = full;
            referenceAri[b] = sharedAri(referenceLabels, full);
            for (int c = 0; c < k; c++) {
                jaccard[c][b] = bestJaccard(referenceLabels, c, full);
            }
            progress.progress("stability", b + 2, resamples + 1);
        }
        List<Double> pairs = new ArrayList<>(resamples * (resamples - 1) / 2);
        for (int a = 0; a < resamples; a++) {
            for (int b = a + 1; b < resamples; b++) {
                pairs.add(sharedAri(labels[a], labels[b]));
            }
        }
        double[] pairAri = new double[pairs.size()];
        for (int p = 0; p < pairAri.length; p++) {
            pairAri[p] = pairs.get(p);
        }
        return new StabilityReport(reference, pairAri, referenceAri, jaccard);
    }

    /** Assesses on a feature matrix; see {@link #assess(Clusterer, DMatrixRMaj)}. */
    public StabilityReport assess(Clusterer clusterer, FeatureMatrix x) {
        return assess(clusterer, x.toMatrix());
    }

    /** The drawn rows: sorted distinct rows for a subsample, n draws with replacement for a bootstrap. */
    private int[] draw(SplittableRandom random, int n, int drawn) {
        if (resampling == Resampling.BOOTSTRAP) {
            int[] rows = new int[n];
            for (int r = 0; r < n; r++) {
                rows[r] = random.nextInt(n);
            }
            return rows;
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int t = 0; t < drawn; t++) { // partial Fisher–Yates
            int swap = t + random.nextInt(n - t);
            int tmp = all[t];
            all[t] = all[swap];
            all[swap] = tmp;
        }
        int[] rows = Arrays.copyOf(all, drawn);
        Arrays.sort(rows);
        return rows;
    }

    /** The ARI of two labelings on the rows present in both (NaN when fewer than two rows are shared). */
    static double sharedAri(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != ABSENT && b[i] != ABSENT) {
                shared++;
            }
        }
        if (shared < 2) {
            return Double.NaN;
        }
        int[] sa = new int[shared];
        int[] sb = new int[shared];
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != ABSENT && b[i] != ABSENT) {
                sa[s] = a[i];
                sb[s] = b[i];
                s++;
            }
        }
        return AdjustedRand.of(sa, sb);
    }

    /**
     * The Jaccard similarity of reference segment c, restricted to the rows of a resample, with the
     * resample's best-matching segment; NaN when none of c's rows were drawn.
     */
    static double bestJaccard(int[] reference, int c, int[] resample) {
        int size = 0;
        int k = 0;
        for (int i = 0; i < reference.length; i++) {
            if (resample[i] != ABSENT) {
                k = Math.max(k, resample[i] + 1);
                if (reference[i] == c) {
                    size++;
                }
            }
        }
        if (size == 0) {
            return Double.NaN;
        }
        int[] overlap = new int[k];
        int[] sizes = new int[k];
        for (int i = 0; i < reference.length; i++) {
            int r = resample[i];
            if (r >= 0) {
                sizes[r]++;
                if (reference[i] == c) {
                    overlap[r]++;
                }
            }
        }
        double best = 0.0;
        for (int r = 0; r < k; r++) {
            if (overlap[r] > 0) {
                best = Math.max(best, (double) overlap[r] / (size + sizes[r] - overlap[r]));
            }
        }
        return best;
    }

    /** Builds a {@link Stability}; every setter checks its argument. */
    public static final class Builder {
        private int resamples = 20;
        private Resampling resampling = Resampling.SUBSAMPLE;
        private double fraction = 0.8;
        private long seed;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /** The number of re-fits B, at least 2 (default 20). */
        public Builder resamples(int resamples) {
            this.resamples = Check.atLeast("resamples", resamples, 2);
            return this;
        }

        /** How rows are drawn (default {@link Resampling#SUBSAMPLE}). */
        public Builder resampling(Resampling resampling) {
            this.resampling = Objects.requireNonNull(resampling, "resampling");
            return this;
        }

        /** The share of rows in a subsample, in (0, 1) (default 0.8); ignored by the bootstrap. */
        public Builder fraction(double fraction) {
            Check.finiteAbove("fraction", fraction, 0.0);
            if (!(fraction < 1.0)) {
                throw new IllegalArgumentException("fraction must be < 1.0 (was " + Check.format(fraction) + ")");
            }
            this.fraction = fraction;
            return this;
        }

        /** The seed of the resampling. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Receives one unit per fit. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** The configured assessment. */
        public Stability build() {
            return new Stability(this);
        }
    }
}
