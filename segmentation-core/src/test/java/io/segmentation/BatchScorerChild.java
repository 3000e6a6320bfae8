package io.segmentation;

import java.nio.file.Path;

/**
 * The body of {@link BatchScorerTest}'s bounded-memory test, run in a child JVM with a small heap: scores
 * {@code args[1]} against the model file {@code args[0]} into {@code args[2]} with the default chunk size.
 * Exits 0 on success; a failure (an {@link OutOfMemoryError} above all) ends the JVM with a non-zero status.
 */
final class BatchScorerChild {
    private BatchScorerChild() {
    }

    public static void main(String[] args) throws Exception {
        SegmentationModel model = SegmentationModel.load(Path.of(args[0]));
        BatchScorer.builder(model).threads(2).build().score(Path.of(args[1]), Path.of(args[2]));
    }
}
