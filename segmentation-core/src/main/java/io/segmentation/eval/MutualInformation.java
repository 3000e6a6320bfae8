package io.segmentation.eval;

import io.segmentation.internal.Check;

/**
 * Information-theoretic agreement between two labelings of the same rows, all in nats (natural
 * logarithms) and all ignoring how segments are numbered:
 * <ul>
 *   <li>{@link #of}: the mutual information MI(U, V) = Σ (n_ij/n) log(n·n_ij / (a_i·b_j));</li>
 *   <li>{@link #normalized}: NMI = MI / mean(H(U), H(V)), the arithmetic mean as in scikit-learn's default
 *       (and equal to the V-measure with β = 1);</li>
 *   <li>{@link #adjusted}: AMI = (MI - E[MI]) / (mean(H(U), H(V)) - E[MI]) with the expected mutual
 *       information under the hypergeometric model of random labelings with the same sizes (Vinh, Epps and
 *       Bailey 2010, eq. 24a), and the arithmetic mean;</li>
 *   <li>{@link #homogeneity} (each segment holds one class), {@link #completeness} (each class sits in one
 *       segment) and their weighted harmonic mean {@link #vMeasure} (Rosenberg and Hirschberg 2007).</li>
 * </ul>
 *
 * <p>References: N. X. Vinh, J. Epps and J. Bailey, "Information Theoretic Measures for Clusterings
 * Comparison: Variants, Properties, Normalization and Correction for Chance", JMLR 11, 2010; A. Rosenberg
 * and J. Hirschberg, "V-Measure: A conditional entropy-based external cluster evaluation measure",
 * EMNLP-CoNLL 2007.
 *
 * <p>Conventions: noise (-1) is a group of its own; 0·log 0 = 0; when both labelings have a single group
 * NMI and AMI are 1; homogeneity is 1 when the classes have zero entropy, completeness when the clusters
 * do. Time: O(n log r) for the table; AMI adds O(Σ_i Σ_j min(a_i, b_j)) for the expectation and O(n)
 * memory for a table of log-factorials.
 *
 * <pre>{@code
 * double nmi = MutualInformation.normalized(truth, model.labels());
 * double ami = MutualInformation.adjusted(truth, model.labels());
 * }</pre>
 */
public final class MutualInformation {
    private MutualInformation() {
    }

    /**
     * The mutual information of two labelings, in nats (≥ 0).
     *
     * @param a labels, not modified
     * @param b labels of the same rows, not modified
     * @throws IllegalArgumentException when the lengths differ or the labelings are empty
     */
    public static double of(int[] a, int[] b) {
        return of(ContingencyTable.of(a, b));
    }

    /** The mutual information of the two labelings of a table, in nats. */
    public static double of(ContingencyTable t) {
        double n = t.total();
        double mi = 0.0;
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                long nij = t.count(r, c);
                if (nij > 0) {
                    mi += nij / n * Math.log(n * nij / ((double) t.rowTotal(r) * t.columnTotal(c)));
                }
            }
        }
        return Math.max(0.0, mi); // rounding can leave -1e-17 for independent labelings
    }

    /** The entropy of the first labeling (table rows), in nats. */
    static double rowEntropy(ContingencyTable t) {
        double h = 0.0;
        for (int r = 0; r < t.rows(); r++) {
            double p = (double) t.rowTotal(r) / t.total();
            h -= p * Math.log(p);
        }
        return h;
    }

    /** The entropy of the second labeling (table columns), in nats. */
    static double columnEntropy(ContingencyTable t) {
        double h = 0.0;
        for (int c = 0; c < t.columns(); c++) {
            double p = (double) t.columnTotal(c) / t.total();
            h -= p * Math.log(p);
        }
        return h;
    }

    /**
     * The normalised mutual information MI / ((H(a) + H(b)) / 2), in [0, 1].
     *
     * @throws IllegalArgumentException when the lengths differ or the labelings are empty
     */
    public static double normalized(int[] a, int[] b) {
        ContingencyTable t = ContingencyTable.of(a, b);
        double mean = (rowEntropy(t) + columnEntropy(t)) / 2.0;
        if (mean == 0.0) {
            return 1.0;
        }
        return Math.min(1.0, of(t) / mean);
    }

    /**
     * The adjusted mutual information (arithmetic normalisation), at most 1; about 0 for independent
     * labelings, negative when they agree less than chance.
     *
     * @throws IllegalArgumentException when the lengths differ or the labelings are empty
     */
    public static double adjusted(int[] a, int[] b) {
        ContingencyTable t = ContingencyTable.of(a, b);
        if (t.rows() == 1 && t.columns() == 1) {
            return 1.0;
        }
        double mi = of(t);
        double emi = expected(t);
        double mean = (rowEntropy(t) + columnEntropy(t)) / 2.0;
        double numerator = mi - emi;
        double denominator = mean - emi;
        if (denominator == 0.0) {
            // Only when MI can take a single value, as for two all-singleton labelings: they agree fully.
            return numerator == 0.0 ? 1.0 : 0.0;
        }
        return numerator / denominator;
    }

    /**
     * The expected mutual information of random labelings with the table's row and column totals
     * (Vinh, Epps and Bailey 2010, eq. 24a), in nats.
     */
    static double expected(ContingencyTable t) {
        int n = Math.toIntExact(t.total());
        double[] logFactorial = new double[n + 1];
        for (int m = 2; m <= n; m++) {
            logFactorial[m] = logFactorial[m - 1] + Math.log(m);
        }
        double emi = 0.0;
        for (int r = 0; r < t.rows(); r++) {
            int a = (int) t.rowTotal(r);
            for (int c = 0; c < t.columns(); c++) {
                int b = (int) t.columnTotal(c);
                // log of a! b! (n-a)! (n-b)! / n!, shared by every n_ij of this cell
                double fixed = logFactorial[a] + logFactorial[b] + logFactorial[n - a] + logFactorial[n - b]
                        - logFactorial[n];
                for (int nij = Math.max(1, a + b - n), top = Math.min(a, b); nij <= top; nij++) {
                    double logP = fixed - logFactorial[nij] - logFactorial[a - nij] - logFactorial[b - nij]
                            - logFactorial[n - a - b + nij];
                    emi += (double) nij / n * Math.log((double) n * nij / ((double) a * b)) * Math.exp(logP);
                }
            }
        }
        return emi;
    }

    /**
     * Homogeneity of predicted segments with respect to known classes: 1 - H(classes | segments) /
     * H(classes), in [0, 1]; 1 when every segment holds rows of one class only.
     *
     * @param classes   known labels, not modified
     * @param predicted segment labels of the same rows, not modified
     * @throws IllegalArgumentException when the lengths differ or the labelings are empty
     */
    public static double homogeneity(int[] classes, int[] predicted) {
        ContingencyTable t = ContingencyTable.of(classes, predicted);
        double h = rowEntropy(t);
        return h == 0.0 ? 1.0 : Math.min(1.0, of(t) / h);
    }

    /**
     * Completeness: 1 - H(segments | classes) / H(segments), in [0, 1]; 1 when every class falls in one
     * segment.
     *
     * @param classes   known labels, not modified
     * @param predicted segment labels of the same rows, not modified
     * @throws IllegalArgumentException when the lengths differ or the labelings are empty
     */
    public static double completeness(int[] classes, int[] predicted) {
        ContingencyTable t = ContingencyTable.of(classes, predicted);
        double h = columnEntropy(t);
        return h == 0.0 ? 1.0 : Math.min(1.0, of(t) / h);
    }

    /** The V-measure with β = 1, the harmonic mean of homogeneity and completeness. */
    public static double vMeasure(int[] classes, int[] predicted) {
        return vMeasure(classes, predicted, 1.0);
    }

    /**
     * The V-measure {@code (1 + β)·h·c / (β·h + c)}, in [0, 1]; 0 when both h and c are 0.
     *
     * @param beta weight of completeness against homogeneity, finite and &gt; 0 (β &gt; 1 favours completeness)
     * @throws IllegalArgumentException when beta is not finite and positive, or as {@link #homogeneity}
     */
    public static double vMeasure(int[] classes, int[] predicted, double beta) {
        Check.finiteAbove("beta", beta, 0.0);
        double h = homogeneity(classes, predicted);
        double c = completeness(classes, predicted);
        double denominator = beta * h + c;
        return denominator == 0.0 ? 0.0 : (1.0 + beta) * h * c / denominator;
    }
}
