package io.segmentation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import org.junit.jupiter.api.Test;

final class ModelFileExceptionTest {
    @Test
    void message_starts_with_the_source_and_the_path() {
        ModelFileException e = new ModelFileException("model.json", "$.clusters.centres[3]", "expected 14 values, found 13");
        assertEquals("model.json $.clusters.centres[3]: expected 14 values, found 13", e.getMessage());
        assertEquals("model.json", e.source());
        assertEquals("$.clusters.centres[3]", e.path());
    }

    @Test
    void is_an_io_exception() {
        IOException e = new ModelFileException("m.json", "$", "broken");
        assertEquals("m.json $: broken", e.getMessage());
    }

    @Test
    void of_keeps_the_path_and_wording_of_a_state_reader_failure() {
        IllegalArgumentException failure = new StateReader(new com.google.gson.JsonObject(), "$.clusters")
                .fail("centres[3]", "expected 14 values, found 13");
        ModelFileException e = ModelFileException.of("models/churn/v2/model.json", failure);
        assertEquals("models/churn/v2/model.json $.clusters.centres[3]: expected 14 values, found 13", e.getMessage());
        assertEquals("$.clusters.centres[3]", e.path());
        assertSame(failure, e.getCause());
    }

    @Test
    void of_reports_a_failure_without_a_path_at_the_root() {
        ModelFileException e = ModelFileException.of("model.json",
                new IllegalArgumentException("k must be >= 1 (was 0)"));
        assertEquals("model.json $: k must be >= 1 (was 0)", e.getMessage());
        assertEquals("$", e.path());
    }
}
