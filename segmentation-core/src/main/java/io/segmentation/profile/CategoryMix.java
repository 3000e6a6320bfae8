package io.segmentation.profile;

import java.util.List;

/**
 * The mix of one categorical feature's levels in a segment against everyone. Levels are listed most
 * frequent overall first (ties in order of first appearance); a level absent from the segment has count 0.
 *
 * @param feature the column's name
 * @param count   the segment's customers with a value (missing left out)
 * @param levels  every level seen overall
 */
public record CategoryMix(String feature, int count, List<LevelShare> levels) {
    /** Makes an immutable copy of {@code levels}. */
    public CategoryMix {
        levels = List.copyOf(levels);
    }

    /**
     * The share of {@code level} in this mix, 0 when the level is unknown.
     *
     * @param level the category
     */
    public double share(String level) {
        for (LevelShare s : levels) {
            if (s.level().equals(level)) {
                return s.share();
            }
        }
        return 0.0;
    }
}
