package io.segmentation.profile;

import io.segmentation.io.StateReader;
import io.segmentation.io.StateWriter;
import com.google.gson.JsonObject;

/**
 * The statistics of one numeric feature over a group of customers (a segment, or everyone), in the
 * feature's original units. Missing values (NaN) are left out of every statistic.
 *
 * @param feature the column's name
 * @param count   non-missing values, at least 0
 * @param mean    arithmetic mean; NaN when {@code count == 0}
 * @param median  median (linear interpolation, Hyndman–Fan type 7); NaN when {@code count == 0}
 * @param sd      sample standard deviation (divisor {@code count − 1}); NaN when {@code count < 2}
 */
public record NumericSummary(String feature, int count, double mean, double median, double sd) {

    JsonObject toState() {
        StateWriter w = new StateWriter().put("feature", feature).put("count", count);
        States.putIfFinite(w, "mean", mean);
        States.putIfFinite(w, "median", median);
        States.putIfFinite(w, "sd", sd);
        return w.toJson();
    }

    static NumericSummary read(StateReader r) {
        return new NumericSummary(r.string("feature"), r.integer("count", 0, Integer.MAX_VALUE),
                States.numberOrNaN(r, "mean"), States.numberOrNaN(r, "median"), States.numberOrNaN(r, "sd"));
    }
}
