package io.segmentation.profile;

import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import io.segmentation.internal.Check;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * A marketing strategy for one archetype of segment: what to achieve, where, with what, how to measure it
 * and what to do first.
 *
 * @param objective one sentence, not blank
 * @param channels  where to reach the segment ("email", "push notifications", ...)
 * @param offers    what to offer
 * @param kpis      what to measure
 * @param actions   concrete next steps
 */
public record Strategy(String objective, List<String> channels, List<String> offers, List<String> kpis,
        List<String> actions) {
    /** Checks the objective and makes immutable copies of the lists. */
    public Strategy {
        Check.notBlank("objective", objective);
        channels = List.copyOf(channels);
        offers = List.copyOf(offers);
        kpis = List.copyOf(kpis);
        actions = List.copyOf(actions);
    }

    JsonObject toState() {
        return new StateWriter().put("objective", objective).put("channels", channels).put("offers", offers)
                .put("kpis", kpis).put("actions", actions).toJson();
    }

    /**
     * Reads a strategy written by the model file or a catalog.
     *
     * @throws IllegalArgumentException naming the JSON path when a field is missing or of the wrong type,
     *                                  or the objective is blank
     */
    static Strategy read(StateReader r) {
        String objective = r.string("objective");
        if (objective.isBlank()) {
            throw r.fail("objective", "expected a sentence, found a blank string");
        }
        return new Strategy(objective, r.strings("channels"), r.strings("offers"), r.strings("kpis"),
                r.strings("actions"));
    }
}
