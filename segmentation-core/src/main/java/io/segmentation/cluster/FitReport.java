package io.segmentation.cluster;

import com.google.gson.JsonObject;
import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * What one fit did, as profiling data: iterations, the objective after each iteration, reassigned
 * rows per iteration, distance computations, time, and whether it converged. Immutable.
 */
public final class FitReport {
    private final String algorithm;
    private final String objectiveName;
    private final double[] objective;
    private final long[] reassignments;
    private final long distanceComputations;
    private final Duration elapsed;
    private final boolean converged;

    /**
     * A report; the arrays are copied.
     *
     * @param algorithm            the algorithm's short name
     * @param objectiveName        what {@code objective} measures: {@code inertia}, {@code log-likelihood}, ...
     * @param objective            the objective after each iteration (one entry per iteration; may be empty)
     * @param reassignments        rows whose label changed in each iteration (same length, or empty)
     * @param distanceComputations distances computed in all
     * @param elapsed              wall-clock time of the fit
     * @param converged            whether the stopping rule was met before the iteration limit
     */
    public FitReport(String algorithm, String objectiveName, double[] objective, long[] reassignments,
            long distanceComputations, Duration elapsed, boolean converged) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.objectiveName = Objects.requireNonNull(objectiveName, "objectiveName");
        this.objective = objective.clone();
        this.reassignments = reassignments.clone();
        this.distanceComputations = distanceComputations;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        this.converged = converged;
    }

    /** The algorithm's short name. */
    public String algorithm() {
        return algorithm;
    }

    /** The number of iterations run. */
    public int iterations() {
        return objective.length;
    }

    /** What the objective measures. */
    public String objectiveName() {
        return objectiveName;
    }

    /** A copy of the objective after each iteration. */
    public double[] objective() {
        return objective.clone();
    }

    /** The objective after the last iteration, or NaN when there was none. */
    public double finalObjective() {
        return objective.length == 0 ? Double.NaN : objective[objective.length - 1];
    }

    /** A copy of the number of reassigned rows in each iteration. */
    public long[] reassignments() {
        return reassignments.clone();
    }

    /** Distances computed in all. */
    public long distanceComputations() {
        return distanceComputations;
    }

    /** Wall-clock time of the fit. */
    public Duration elapsed() {
        return elapsed;
    }

    /** Whether the stopping rule was met before the iteration limit. */
    public boolean converged() {
        return converged;
    }

    /** The report as JSON for the model file; {@link #read(StateReader)} reads it back. */
    public JsonObject toState() {
        return new StateWriter()
                .put("algorithm", algorithm)
                .put("objectiveName", objectiveName)
                .put("objective", objective)
                .put("reassignments", toDoubles(reassignments))
                .put("distanceComputations", distanceComputations)
                .put("elapsedNanos", elapsed.toNanos())
                .put("converged", converged)
                .toJson();
    }

    /**
     * Reads a report written by {@link #toState()}.
     *
     * @throws IllegalArgumentException naming the JSON path of whatever is missing or malformed
     */
    public static FitReport read(StateReader state) {
        double[] objective = state.doubles("objective");
        double[] r = state.doubles("reassignments");
        long[] reassignments = new long[r.length];
        for (int i = 0; i < r.length; i++) {
            reassignments[i] = (long) r[i];
        }
        return new FitReport(state.string("algorithm"), state.string("objectiveName"), objective, reassignments,
                state.longValue("distanceComputations"), Duration.ofNanos(state.longValue("elapsedNanos")),
                state.bool("converged"));
    }

    private static double[] toDoubles(long[] values) {
        double[] v = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            v[i] = values[i];
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FitReport r && algorithm.equals(r.algorithm) && objectiveName.equals(r.objectiveName)
                && Arrays.equals(objective, r.objective) && Arrays.equals(reassignments, r.reassignments)
                && distanceComputations == r.distanceComputations && elapsed.equals(r.elapsed)
                && converged == r.converged;
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, Arrays.hashCode(objective), distanceComputations);
    }

    @Override
    public String toString() {
        return algorithm + ": " + iterations() + " iterations, " + objectiveName + " " + finalObjective()
                + (converged ? ", converged" : ", not converged") + ", " + distanceComputations
                + " distances, " + elapsed.toMillis() + " ms";
    }
}
