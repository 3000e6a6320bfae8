package io.segmentation.eval;

import io.segmentation.cluster.ClusterModel;
import io.segmentation.eval.KSelection.Criterion;
import io.segmentation.internal.Knee;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a {@link KSelection}: one {@link KCandidate} per k, the fitted model of each (so that
 * the chosen one need not be fitted again), the k each criterion prefers, and the recommendation with
 * its reason. Immutable.
 */
public final class KSelectionReport {
    private final List<KCandidate> candidates;
    private final List<ClusterModel> models;
    private final Criterion criterion;
    private final Map<Criterion, Integer> choices;
    private final int recommended;
    private final String reason;

    KSelectionReport(List<KCandidate> candidates, List<ClusterModel> models, Criterion criterion, boolean gap,
            boolean mixtures) {
        this.candidates = List.copyOf(candidates);
        this.models = List.copyOf(models);
        this.criterion = criterion;
        this.choices = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            if ((c == Criterion.GAP && !gap) || (c == Criterion.BIC && !mixtures)) {
                continue;
            }
            choices.put(c, choose(c));
        }
        Criterion used = criterion;
        int k = choices.getOrDefault(criterion, -1);
        // Fall back in a fixed order when the chosen criterion has no answer (no knee, one cluster everywhere).
        for (Criterion c : new Criterion[] {Criterion.SILHOUETTE, Criterion.CALINSKI_HARABASZ, Criterion.ELBOW}) {
            if (k < 0 && choices.getOrDefault(c, -1) >= 0) {
                used = c;
                k = choices.get(c);
            }
        }
        if (k < 0) {
            k = candidates.get(0).k();
        }
        this.recommended = k;
        this.reason = explain(k, used);
    }

    /** The k preferred by one criterion, or -1 when it has no answer (ties go to the smaller k). */
    private int choose(Criterion c) {
        int n = candidates.size();
        switch (c) {
            case ELBOW: {
                double[] ks = new double[n];
                double[] inertia = new double[n];
                for (int t = 0; t < n; t++) {
                    ks[t] = candidates.get(t).k();
                    inertia[t] = candidates.get(t).inertia();
                }
                int knee = Knee.index(ks, inertia, Knee.Shape.CONVEX_DECREASING);
                return knee < 0 ? -1 : candidates.get(knee).k();
            }
            case GAP: {
                // Tibshirani et al.: the smallest k with gap(k) >= gap(k+1) - s(k+1).
                for (int t = 0; t + 1 < n; t++) {
                    KCandidate a = candidates.get(t);
                    KCandidate b = candidates.get(t + 1);
                    if (a.gap() >= b.gap() - b.gapError()) {
                        return a.k();
                    }
                }
                return -1;
            }
            default: {
                int best = -1;
                double bestValue = Double.NaN;
                for (KCandidate cand : candidates) {
                    double v = value(c, cand);
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    boolean higherIsBetter = c == Criterion.SILHOUETTE || c == Criterion.CALINSKI_HARABASZ;
                    if (best < 0 || (higherIsBetter ? v > bestValue : v < bestValue)) {
                        best = cand.k();
                        bestValue = v;
                    }
                }
                return best;
            }
        }
    }

    private static double value(Criterion c, KCandidate cand) {
        return switch (c) {
            case SILHOUETTE -> cand.silhouette();
            case CALINSKI_HARABASZ -> cand.calinskiHarabasz();
            case DAVIES_BOULDIN -> cand.daviesBouldin();
            case BIC -> cand.bic();
            case ELBOW -> cand.inertia();
            case GAP -> cand.gap();
        };
    }

    private static String name(Criterion c) {
        return switch (c) {
            case SILHOUETTE -> "silhouette";
            case ELBOW -> "the elbow";
            case CALINSKI_HARABASZ -> "Calinski-Harabasz";
            case DAVIES_BOULDIN -> "Davies-Bouldin";
            case GAP -> "the gap statistic";
            case BIC -> "BIC";
        };
    }

    private String explain(int k, Criterion used) {
        KCandidate cand = candidate(k);
        String why = switch (used) {
            case SILHOUETTE -> String.format(Locale.ROOT, "highest silhouette %.2f", cand.silhouette());
            case ELBOW -> "the elbow of inertia";
            case CALINSKI_HARABASZ -> String.format(Locale.ROOT, "highest Calinski-Harabasz %.1f", cand.calinskiHarabasz());
            case DAVIES_BOULDIN -> String.format(Locale.ROOT, "lowest Davies-Bouldin %.2f", cand.daviesBouldin());
            case GAP -> "the gap statistic's rule (smallest k with gap(k) >= gap(k+1) - s(k+1))";
            case BIC -> String.format(Locale.ROOT, "lowest BIC %.1f", cand.bic());
        };
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "k=%d: %s", k, why));
        if (used != criterion) {
            s.append(" (").append(name(criterion)).append(" gave no answer)");
        }
        List<String> agree = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        for (Map.Entry<Criterion, Integer> e : choices.entrySet()) {
            if (e.getKey() == used) {
                continue;
            }
            int other = e.getValue();
            if (other == k) {
                agree.add(name(e.getKey()));
            } else if (other < 0) {
                disagree.add(name(e.getKey()) + " gives no answer");
            } else {
                disagree.add(name(e.getKey()) + " prefers k=" + other);
            }
        }
        if (!agree.isEmpty()) {
            s.append("; ").append(join(agree)).append(agree.size() == 1 ? " agrees" : " agree");
        }
        for (String d : disagree) {
            s.append("; ").append(d);
        }
        return s.toString();
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** One candidate per k, in ascending k. */
    public List<KCandidate> candidates() {
        return candidates;
    }

    /**
     * The candidate for k.
     *
     * @throws IllegalArgumentException when k was not tried
     */
    public KCandidate candidate(int k) {
        return candidates.get(index(k));
    }

    /**
     * The model fitted with k clusters.
     *
     * @throws IllegalArgumentException when k was not tried
     */
    public ClusterModel model(int k) {
        return models.get(index(k));
    }

    private int index(int k) {
        int t = k - candidates.get(0).k();
        if (t < 0 || t >= candidates.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "k must be between %d and %d (was %d)",
                    candidates.get(0).k(), candidates.get(candidates.size() - 1).k(), k));
        }
        return t;
    }

    /** The recommended number of segments. */
    public int recommendedK() {
        return recommended;
    }

    /** The model fitted with the recommended k. */
    public ClusterModel recommendedModel() {
        return model(recommended);
    }

    /** Why: the deciding criterion and its value, and which other criteria agree or prefer another k. */
    public String reason() {
        return reason;
    }

    /** The criterion the recommendation was to be based on. */
    public Criterion criterion() {
        return criterion;
    }

    /**
     * The k one criterion prefers, or -1 when it has no answer or was not computed (GAP with no
     * references, BIC for fits that are not mixtures).
     */
    public int choice(Criterion c) {
        return choices.getOrDefault(c, -1);
    }

    /** The table as aligned text, one line per k, and the recommendation. */
    public String toText() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%4s %8s %14s %10s %12s %8s %8s %8s %12s %8s",
                "k", "clusters", "inertia", "silhouette", "CH", "DB", "gap", "s_k", "BIC", "spread"));
        for (KCandidate c : candidates) {
            s.append('\n').append(String.format(Locale.ROOT, "%4d %8d %14.6g %10.4f %12.6g %8.4f %8.4f %8.4f %12.6g %8.3f",
                    c.k(), c.clusters(), c.inertia(), c.silhouette(), c.calinskiHarabasz(), c.daviesBouldin(), c.gap(),
                    c.gapError(), c.bic(), c.sizeSpread()));
        }
        return s.append('\n').append(reason).toString();
    }

    @Override
    public String toString() {
        return reason;
    }
}
