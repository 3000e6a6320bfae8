package io.segmentation.profile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.io.StateReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class StrategyTest {

    @Test
    void rejects_a_blank_objective_and_copies_its_lists() {
        List<String> channels = new ArrayList<>(List.of("email"));
        Strategy s = new Strategy("Keep them", channels, List.of(), List.of(), List.of());
        channels.add("sms");

        assertEquals(List.of("email"), s.channels());
        assertThatThrownBy(() -> new Strategy(" ", List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("objective must not be blank (was \" \")");
    }

    @Test
    void state_round_trip() {
        Strategy s = StrategyCatalog.defaults().strategyFor("at_risk");

        assertEquals(s, Strategy.read(new StateReader(s.toState())));
    }
}
