package io.segmentation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link BatchScorer} run did: how many rows it scored and rejected, how many customers each segment
 * received, how long it took and where it wrote. Immutable.
 */
public final class ScoringSummary {
    private final long scored;
    private final long rejected;
    private final long[] segmentCounts;
    private final long noise;
    private final Duration elapsed;
    private final Path output;
    private final Path rejects;

    ScoringSummary(long scored, long rejected, long[] segmentCounts, long noise, Duration elapsed, Path output,
            Path rejects) {
        this.scored = scored;
        this.rejected = rejected;
        this.segmentCounts = segmentCounts.clone();
        this.noise = noise;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        this.output = Objects.requireNonNull(output, "output");
        this.rejects = rejects;
    }

    /** The rows written to the output, noise included. */
    public long rowsScored() {
        return scored;
    }

    /** The rows written to the rejects file (0 under {@link io.segmentation.data.BadRows#FAIL}). */
    public long rowsRejected() {
        return rejected;
    }

    /** A copy of the number of scored rows in each segment, by segment id. */
    public long[] segmentCounts() {
        return segmentCounts.clone();
    }

    /**
     * The number of scored rows in one segment.
     *
     * @throws IndexOutOfBoundsException when {@code segment} is not in [0, k)
     */
    public long segmentCount(int segment) {
        return segmentCounts[segment];
    }

    /** The number of scored rows that are noise. */
    public long noiseCount() {
        return noise;
    }

    /** The wall-clock time of the run, reading and writing included. */
    public Duration elapsed() {
        return elapsed;
    }

    /** Rows read (scored and rejected) per second of {@link #elapsed()}. */
    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? (scored + rejected) / seconds : Double.NaN;
    }

    /** The output file. */
    public Path output() {
        return output;
    }

    /** The rejects file, when the run had one. */
    public Optional<Path> rejects() {
        return Optional.ofNullable(rejects);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoringSummary s && scored == s.scored && rejected == s.rejected && noise == s.noise
                && Arrays.equals(segmentCounts, s.segmentCounts) && elapsed.equals(s.elapsed)
                && output.equals(s.output) && Objects.equals(rejects, s.rejects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scored, rejected, noise, Arrays.hashCode(segmentCounts), output);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ScoringSummary[%d scored, %d rejected, segments %s, noise %d, %.3f s]",
                scored, rejected, Arrays.toString(segmentCounts), noise, elapsed.toNanos() / 1e9);
    }
}
