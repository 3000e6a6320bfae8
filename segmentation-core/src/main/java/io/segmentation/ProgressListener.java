package io.segmentation;

/**
 * Receives progress of long work (a fit, a comparison, batch scoring); the library never prints.
 * Called from the thread that runs the work, between units of work, so it should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * Reports that {@code done} of {@code total} units of {@code stage} are finished.
     *
     * @param stage what is running, for example {@code "k-means restart 2/4"}
     * @param done  units finished, 0..total
     * @param total units in all; -1 when unknown (an iterative method's bound is then its maximum)
     */
    void progress(String stage, long done, long total);
}
