package io.segmentation.preprocess;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What fitting a {@link Preprocessor} did to the training customers, for logs and reports.
 *
 * @param rows             training rows seen
 * @param rowsDropped      rows removed by {@link Outliers.Treatment#DROP_ROWS} (0 otherwise)
 * @param missingFilled    per input column, in order: missing cells filled by imputation
 * @param outliers         per numeric input column, in order: cells outside the fences (clipped, flagged, or
 *                         the reason their row was dropped)
 * @param outlierTreatment what was done with those cells
 * @param features         the names of the output features, in order
 */
public record PreprocessReport(int rows, int rowsDropped, Map<String, Integer> missingFilled,
        Map<String, Integer> outliers, Outliers.Treatment outlierTreatment, List<String> features) {
    /** Makes immutable, order-keeping copies of the maps and the list. */
    public PreprocessReport {
        missingFilled = Collections.unmodifiableMap(new LinkedHashMap<>(missingFilled));
        outliers = Collections.unmodifiableMap(new LinkedHashMap<>(outliers));
        features = List.copyOf(features);
    }
}
