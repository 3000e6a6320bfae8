package io.segmentation.profile;

import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;

/** Helpers for statistics that may be NaN, which JSON cannot hold: a NaN is written as an absent key. */
final class States {
    private States() {
    }

    static void putIfFinite(StateWriter w, String key, double value) {
        if (Double.isFinite(value)) {
            w.put(key, value);
        }
    }

    static double numberOrNaN(StateReader r, String key) {
        return r.has(key) ? r.number(key) : Double.NaN;
    }
}
