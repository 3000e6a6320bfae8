package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EngagementTest {
    static Dataset activity() {
        return Dataset.ofColumns(NumericColumn.of("visits", 0, 5, 10), NumericColumn.of("opens", 1, Double.NaN, 3),
                NumericColumn.of("flat", 4, 4, 4));
    }

    @Test
    void learns_minimum_and_maximum_ignoring_missing_cells() {
        FittedEngagement f = Engagement.of("visits", "opens").fit(activity());
        assertEquals(0.0, f.min("visits"), 0.0);
        assertEquals(10.0, f.max("visits"), 0.0);
        assertEquals(1.0, f.min("opens"), 0.0);
        assertEquals(3.0, f.max("opens"), 0.0);
        assertEquals("engagement", f.output());
        assertEquals("score", Engagement.of("visits").named("score").output());
    }

    @Test
    void rejects_empty_tables_absent_all_missing_and_infinite_columns() {
        assertThatThrownBy(() -> Engagement.of("visits").fit(activity().head(0)))
                .hasMessage("engagement step: cannot fit on a table with no rows");
        assertThatThrownBy(() -> Engagement.of("calls").fit(activity()))
                .hasMessage("engagement step, column \"calls\": not in the table (the step was fitted on it); the "
                        + "columns are [visits, opens, flat]");
        Dataset none = Dataset.ofColumns(NumericColumn.of("visits", Double.NaN));
        assertThatThrownBy(() -> Engagement.of("visits").fit(none))
                .hasMessage("engagement step, column \"visits\": every value is missing; drop the column or fill it "
                        + "before this step");
        Dataset inf = Dataset.ofColumns(NumericColumn.of("visits", 1, Double.POSITIVE_INFINITY));
        assertThatThrownBy(() -> Engagement.of("visits").fit(inf))
                .hasMessage("engagement step, column \"visits\", row 1: Infinity; only finite values can be used");
    }

    @Test
    void rejects_bad_arguments_by_name() {
        assertThatThrownBy(Engagement::of).hasMessage("columns must name at least one column (was none)");
        assertThatThrownBy(() -> Engagement.of("a", "a")).hasMessage("columns must be distinct (was [a, a])");
        assertThatThrownBy(() -> Engagement.of("a").named(" ")).hasMessage("output must not be blank (was \" \")");
        assertEquals(List.of("a", "b"), Engagement.of("a", "b").columns());
    }
}
