package io.segmentation.profile;

import io.segmentation.internal.Check;

/**
 * A segment's name for people and its archetype, the key under which the {@link StrategyCatalog} holds
 * its strategy.
 *
 * @param name      the display name, such as {@code "Champions"}; not blank
 * @param archetype the catalog key, such as {@code "champions"}; not blank
 */
public record SegmentName(String name, String archetype) {
    /** Checks that neither part is blank. */
    public SegmentName {
        Check.notBlank("name", name);
        Check.notBlank("archetype", archetype);
    }
}
