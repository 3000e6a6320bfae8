package io.segmentation;

/**
 * One segment of a fitted model, as a user sees it: its id (the cluster label), its name, and how many
 * training customers it holds.
 *
 * @param id    the segment id, 0..k-1 (the cluster label)
 * @param name  a unique, readable name
 * @param size  training customers in the segment
 * @param share size / all training customers, in [0, 1]
 */
public record Segment(int id, String name, int size, double share) {
    /** The segment id of a customer that belongs to no segment (DBSCAN noise). */
    public static final int NOISE = -1;
}
