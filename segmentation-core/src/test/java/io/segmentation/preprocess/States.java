package io.segmentation.preprocess;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segmentation.io.StateReader;

/** Test helper: a state written to JSON text and parsed back, as the model file will do. */
final class States {
    private States() {
    }

    static StateReader reread(JsonObject state) {
        return new StateReader(JsonParser.parseString(state.toString()).getAsJsonObject());
    }
}
