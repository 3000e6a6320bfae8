package io.segmentation.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Learns one readable rule per segment from a shallow one-vs-rest decision tree (CART with Gini impurity)
 * on the original numeric features. One run holds the presorted features and is reused for every segment.
 *
 * <p>The tree grows level by level to {@code maxDepth}: at each node the split {@code x_j <= t} that
 * minimizes the children's summed Gini impurity {@code Σ n_child · 2p(1 − p)} is taken when it is strictly
 * below the node's own; thresholds are data values, so a rule reads in the data's units. Ties go to the
 * lower feature index, then the lower threshold (the first found in the scan). A split must leave at least
 * {@code minLeaf} rows on each side; pure nodes are not split. The rule is the path to the leaf with the
 * highest F1 score for the segment ({@code 2·TP / (selected + segment size)}), ties to the leaf found first
 * (lower heap index: the shallower, then the one further left); repeated conditions on one feature are merged to the tightest.
 *
 * <p>Missing values are replaced by the feature's overall median before learning, as the rule's
 * {@link RuleCondition} documents.
 *
 * <p>Cost: sorting once, O(d·n log n); then O(maxDepth·d·n) per segment.
 *
 * <p>Reference: L. Breiman, J. Friedman, R. Olshen and C. Stone, "Classification and Regression Trees",
 * Wadsworth, 1984.
 */
final class RuleLearner {
    private final double[] x;
    private final int n;
    private final int d;
    private final List<String> names;
    private final int[][] order;
    /** Column j's values in the order of {@code order[j]}, so that a scan reads them sequentially. */
    private final double[][] sorted;
    private final int maxDepth;
    private final int minLeaf;

    /**
     * @param x        n×d row-major, no NaN; not modified (kept by reference)
     * @param names    the d feature names
     * @param maxDepth 1 to 3
     * @param minLeaf  at least 1
     */
    RuleLearner(double[] x, int n, List<String> names, int maxDepth, int minLeaf) {
        this.x = x;
        this.n = n;
        this.d = names.size();
        this.names = names;
        this.maxDepth = maxDepth;
        this.minLeaf = minLeaf;
        this.order = new int[d][];
        this.sorted = new double[d][];
        for (int j = 0; j < d; j++) {
            order[j] = sortedRows(x, n, d, j);
            sorted[j] = new double[n];
            for (int r = 0; r < n; r++) {
                sorted[j][r] = x[order[j][r] * d + j];
            }
        }
    }

    /** The rule for the rows where {@code labels[i] == segment}. */
    SegmentRule learn(int[] labels, int segment) {
        int nodes = (1 << (maxDepth + 1)) - 1;
        int[] node = new int[n];
        boolean[] y = new boolean[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            y[i] = labels[i] == segment;
            if (y[i]) {
                positives++;
            }
        }
        int[] pos = new int[nodes];
        int[] tot = new int[nodes];
        int[] splitFeature = new int[nodes];
        double[] splitValue = new double[nodes];
        boolean[] isLeaf = new boolean[nodes];
        Arrays.fill(splitFeature, -1);
        pos[0] = positives;
        tot[0] = n;
        // Scratch per node for one scan.
        int[] leftPos = new int[nodes];
        int[] leftTot = new int[nodes];
        double[] last = new double[nodes];
        double[] bestImpurity = new double[nodes];
        for (int depth = 0; depth < maxDepth; depth++) {
            int first = (1 << depth) - 1;
            int end = (1 << (depth + 1)) - 1;
            boolean any = false;
            for (int a = first; a < end; a++) {
                bestImpurity[a] = Double.POSITIVE_INFINITY;
                if (tot[a] > 0 && !isLeaf[a] && pos[a] > 0 && pos[a] < tot[a] && tot[a] >= 2 * minLeaf) {
                    any = true;
                } else {
                    isLeaf[a] = true;
                }
            }
            if (!any) {
                break;
            }
            for (int j = 0; j < d; j++) {
                for (int a = first; a < end; a++) {
                    leftPos[a] = 0;
                    leftTot[a] = 0;
                }
                int[] o = order[j];
                double[] sv = sorted[j];
                for (int r = 0; r < n; r++) {
                    int i = o[r];
                    int a = node[i];
                    if (a < first || isLeaf[a]) {
                        continue;
                    }
                    double v = sv[r];
                    if (leftTot[a] >= minLeaf && v != last[a] && tot[a] - leftTot[a] >= minLeaf) {
                        double impurity = gini(leftPos[a], leftTot[a]) + gini(pos[a] - leftPos[a], tot[a] - leftTot[a]);
                        if (impurity < bestImpurity[a]) { // strict: the first of equals (lower j, lower t) stays
                            bestImpurity[a] = impurity;
                            splitFeature[a] = j;
                            splitValue[a] = last[a];
                        }
                    }
                    leftTot[a]++;
                    if (y[i]) {
                        leftPos[a]++;
                    }
                    last[a] = v;
                }
            }
            for (int a = first; a < end; a++) {
                if (isLeaf[a]) {
                    continue;
                }
                double parent = gini(pos[a], tot[a]);
                // Relative margin: a split that only rounding makes look better is no split.
                if (!(bestImpurity[a] < parent * (1.0 - 1e-12))) {
                    isLeaf[a] = true;
                    splitFeature[a] = -1;
                }
            }
            for (int i = 0; i < n; i++) {
                int a = node[i];
                if (a < first || isLeaf[a]) {
                    continue;
                }
                int child = x[i * d + splitFeature[a]] <= splitValue[a] ? 2 * a + 1 : 2 * a + 2;
                node[i] = child;
                tot[child]++;
                if (y[i]) {
                    pos[child]++;
                }
            }
        }
        // Every node reached at the last depth is a leaf.
        int best = 0;
        double bestF1 = -1.0;
        for (int a = 0; a < nodes; a++) {
            boolean reached = a == 0 || splitFeature[(a - 1) / 2] >= 0;
            boolean leaf = reached && (splitFeature[a] < 0 || a >= (1 << maxDepth) - 1);
            if (!leaf || tot[a] == 0) {
                continue;
            }
            double f1 = positives == 0 ? 0.0 : 2.0 * pos[a] / (tot[a] + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = a;
            }
        }
        return rule(best, pos[best], tot[best], positives, splitFeature, splitValue);
    }

    private SegmentRule rule(int leaf, int tp, int selected, int positives, int[] splitFeature,
            double[] splitValue) {
        List<RuleCondition> path = new ArrayList<>();
        for (int a = leaf; a > 0; a = (a - 1) / 2) {
            int parent = (a - 1) / 2;
            RuleCondition.Operator op = a == 2 * parent + 1 ? RuleCondition.Operator.AT_MOST
                    : RuleCondition.Operator.ABOVE;
            path.add(0, new RuleCondition(names.get(splitFeature[parent]), op, splitValue[parent]));
        }
        // Merge repeated conditions on one feature and side into the tightest, keeping first appearance.
        List<RuleCondition> merged = new ArrayList<>();
        for (RuleCondition c : path) {
            int at = -1;
            for (int t = 0; t < merged.size(); t++) {
                RuleCondition m = merged.get(t);
                if (m.feature().equals(c.feature()) && m.operator() == c.operator()) {
                    at = t;
                }
            }
            if (at < 0) {
                merged.add(c);
            } else {
                RuleCondition m = merged.get(at);
                double t = c.operator() == RuleCondition.Operator.AT_MOST ? Math.min(m.threshold(), c.threshold())
                        : Math.max(m.threshold(), c.threshold());
                merged.set(at, new RuleCondition(c.feature(), c.operator(), t));
            }
        }
        double precision = selected == 0 ? 0.0 : (double) tp / selected;
        double recall = positives == 0 ? 0.0 : (double) tp / positives;
        return new SegmentRule(merged, precision, recall, selected);
    }

    /** {@code m · 2p(1 − p)} with p = pos / m: a node's Gini impurity weighted by its size. */
    private static double gini(int pos, int m) {
        if (m == 0) {
            return 0.0;
        }
        return 2.0 * pos * (m - pos) / m;
    }

    /** The rows in increasing order of column j, ties by row index (a stable merge sort). */
    static int[] sortedRows(double[] x, int n, int d, int j) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int p = lo;
                int q = mid;
                int k = lo;
                while (p < mid && q < hi) {
                    // '<=' keeps the left run first on equal values: stable.
                    b[k++] = x[a[p] * d + j] <= x[a[q] * d + j] ? a[p++] : a[q++];
                }
                while (p < mid) {
                    b[k++] = a[p++];
                }
                while (q < hi) {
                    b[k++] = a[q++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
