package io.segmentation;

import io.segmentation.profile.SegmentProfile;
import io.segmentation.profile.Strategy;
import java.util.Objects;

/**
 * One segment of a fitted model, as a marketer sees it: its id (the cluster label), its unique name, how
 * many training customers it holds, and its profile: what sets it apart and the strategy for it.
 *
 * @param id      the segment id, 0..k-1 (the cluster label)
 * @param name    a unique, readable name ("Champions", "High income · app-first")
 * @param size    training customers in the segment
 * @param share   size / all training customers, in [0, 1]
 * @param profile statistics in original units, distinguishing features, strategy and rule
 */
public record Segment(int id, String name, int size, double share, SegmentProfile profile) {
    /** The segment id of a customer that belongs to no segment (DBSCAN noise). */
    public static final int NOISE = -1;

    /** Checks that the profile is present. */
    public Segment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
    }

    static Segment of(SegmentProfile profile) {
        return new Segment(profile.id(), profile.name(), profile.size(), profile.share(), profile);
    }

    /** The marketing strategy for this segment: objective, channels, offers, KPIs and actions. */
    public Strategy strategy() {
        return profile.strategy();
    }
}
