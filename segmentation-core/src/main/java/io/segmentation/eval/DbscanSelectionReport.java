package io.segmentation.eval;

import io.segmentation.cluster.ClusterModel;
import io.segmentation.cluster.EpsSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a {@link DbscanSelection}: every (eps, minPts) tried with its scores and warnings, the
 * k-distance suggestion of each minPts, and the recommendation with its reason. Immutable.
 */
public final class DbscanSelectionReport {
    private final List<DbscanCandidate> candidates;
    private final List<ClusterModel> models;
    private final List<EpsSuggestion> suggestions;
    private final int recommended;
    private final String reason;
    private final List<String> warnings;

    DbscanSelectionReport(List<DbscanCandidate> candidates, List<ClusterModel> models,
            List<EpsSuggestion> suggestions, double maxNoiseShare) {
        this.candidates = List.copyOf(candidates);
        this.models = List.copyOf(models);
        this.suggestions = List.copyOf(suggestions);
        int best = -1;
        for (int t = 0; t < candidates.size(); t++) {
            DbscanCandidate c = candidates.get(t);
            if (c.clusters() < 2 || c.noiseShare() > maxNoiseShare || Double.isNaN(c.silhouette())) {
                continue;
            }
            DbscanCandidate b = best < 0 ? null : candidates.get(best);
            if (b == null || c.silhouette() > b.silhouette()
                    || (c.silhouette() == b.silhouette() && c.noiseShare() < b.noiseShare())) {
                best = t;
            }
        }
        List<String> notes = new ArrayList<>();
        String why;
        if (best >= 0) {
            DbscanCandidate c = candidates.get(best);
            why = String.format(Locale.ROOT,
                    "eps=%.4g, minPts=%d: highest silhouette %.2f on non-noise rows among results with 2+ clusters"
                            + " and at most %.0f%% noise (%d clusters, %.1f%% noise)",
                    c.eps(), c.minPts(), c.silhouette(), 100.0 * maxNoiseShare, c.clusters(), 100.0 * c.noiseShare());
        } else {
            // Nothing qualifies: fall back to the result with 2+ clusters and the least noise, if any.
            for (int t = 0; t < candidates.size(); t++) {
                DbscanCandidate c = candidates.get(t);
                if (c.clusters() >= 2 && (best < 0 || c.noiseShare() < candidates.get(best).noiseShare())) {
                    best = t;
                }
            }
            if (best >= 0) {
                DbscanCandidate c = candidates.get(best);
                why = String.format(Locale.ROOT, "eps=%.4g, minPts=%d: no result had 2+ clusters with at most %.0f%%"
                        + " noise; this one has the least noise (%.1f%%)", c.eps(), c.minPts(), 100.0 * maxNoiseShare,
                        100.0 * c.noiseShare());
                notes.add("no setting met the noise limit: the data may have no density-separated segments");
            } else {
                best = 0;
                for (int t = 0; t < candidates.size(); t++) {
                    if (candidates.get(t).minPts() == candidates.get(0).minPts()
                            && candidates.get(t).eps() == suggestions.get(0).eps()) {
                        best = t;
                    }
                }
                DbscanCandidate c = candidates.get(best);
                why = String.format(Locale.ROOT, "eps=%.4g, minPts=%d: the k-distance knee; no setting found two"
                        + " clusters", c.eps(), c.minPts());
                notes.add("no setting found two clusters: DBSCAN sees one dense region or only noise here");
            }
        }
        boolean allNoisy = true;
        for (DbscanCandidate c : candidates) {
            allNoisy &= c.noiseShare() >= DbscanSelection.NEARLY_ALL_NOISE;
        }
        if (allNoisy) {
            notes.add("every setting left nearly everything as noise: try larger eps factors or smaller minPts");
        }
        this.recommended = best;
        this.reason = why;
        this.warnings = List.copyOf(notes);
    }

    /** Every (eps, minPts) tried, minPts in the order given, eps ascending within each. */
    public List<DbscanCandidate> candidates() {
        return candidates;
    }

    /** The fitted model of candidate i. */
    public ClusterModel model(int i) {
        return models.get(i);
    }

    /** The k-distance suggestion for each minPts, in the order given (curves for a chart). */
    public List<EpsSuggestion> suggestions() {
        return suggestions;
    }

    /** The recommended candidate. */
    public DbscanCandidate recommended() {
        return candidates.get(recommended);
    }

    /** The model of the recommended candidate. */
    public ClusterModel recommendedModel() {
        return models.get(recommended);
    }

    /** Why the recommended candidate was chosen. */
    public String reason() {
        return reason;
    }

    /** Warnings about the whole grid (each candidate also carries its own). */
    public List<String> warnings() {
        return warnings;
    }

    /** The grid as aligned text, then the recommendation. */
    public String toText() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%12s %7s %8s %7s %10s %7s  %s", "eps",
                "minPts", "clusters", "noise", "silhouette", "spread", "warnings"));
        for (DbscanCandidate c : candidates) {
            s.append('\n').append(String.format(Locale.ROOT, "%12.5g %7d %8d %6.1f%% %10.4f %7.3f  %s", c.eps(),
                    c.minPts(), c.clusters(), 100.0 * c.noiseShare(), c.silhouette(), c.sizeSpread(),
                    String.join("; ", c.warnings())));
        }
        s.append('\n').append(reason);
        for (String w : warnings) {
            s.append("\nwarning: ").append(w);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return reason;
    }
}
