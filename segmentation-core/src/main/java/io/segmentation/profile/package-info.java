/**
 * Segment profiling: describes each segment in the customers' original units against everyone, names it
 * from that profile, attaches a marketing strategy from a replaceable catalog, and learns short readable
 * rules that tell its customers apart. Start at {@link io.segmentation.profile.SegmentProfiler}.
 */
package io.segmentation.profile;
