package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RfmTest {
    /*
     * Worked by hand, R-7 with n = 10 (h = 9p: 1.8, 3.6, 5.4, 7.2):
     * recency sorted 1 2 2 2 5 8 13 21 34 55 -> thresholds 2, 2 + 0.6·3 = 3.8, 8 + 0.4·5 = 10, 21 + 0.2·13 = 23.6
     * frequency sorted 1 1 1 1 1 1 2 3 5 8 (heavy ties) -> thresholds 1, 1, 1 + 0.4·1 = 1.4, 3 + 0.2·2 = 3.4
     * monetary 10..100 by 10 -> thresholds 28, 46, 64, 82
     * Score c(v) = thresholds strictly below v; R = 5 - c, F = M = 1 + c.
     */
    static Dataset customers() {
        return Dataset.ofColumns(
                NumericColumn.of("days", 2, 55, 1, 13, 2, 34, 5, 21, 2, 8),
                NumericColumn.of("orders", 8, 1, 5, 1, 2, 1, 3, 1, 1, 1),
                NumericColumn.of("spend", 100, 10, 90, 30, 70, 20, 80, 40, 50, 60));
    }

    static Rfm rfm() {
        return Rfm.builder().recency("days").frequency("orders").monetary("spend").build();
    }

    @Test
    void thresholds_are_r7_quintiles() {
        FittedRfm f = rfm().fit(customers());
        assertArrayEquals(new double[] {2, 3.8, 10, 23.6}, f.thresholds(0), 1e-12);
        assertArrayEquals(new double[] {1, 1, 1.4, 3.4}, f.thresholds(1), 1e-12);
        assertArrayEquals(new double[] {28, 46, 64, 82}, f.thresholds(2), 1e-12);
    }

    @Test
    void scores_codes_and_totals_of_the_hand_worked_table() {
        Dataset out = rfm().fit(customers()).transform(customers());
        assertArrayEquals(new double[] {5, 1, 5, 2, 5, 1, 3, 2, 5, 3}, out.numeric("r_score").toArray(), 0.0);
        // Ties: the six customers with one order all score 1; 2 and 3 orders both pass three thresholds.
        assertArrayEquals(new double[] {5, 1, 5, 1, 4, 1, 4, 1, 1, 1}, out.numeric("f_score").toArray(), 0.0);
        assertArrayEquals(new double[] {5, 1, 5, 2, 4, 1, 4, 2, 3, 3}, out.numeric("m_score").toArray(), 0.0);
        CategoricalColumn code = out.categorical("rfm_code");
        assertEquals(List.of("555", "111", "555", "212", "544", "111", "344", "212", "513", "313"),
                List.of(code.get(0), code.get(1), code.get(2), code.get(3), code.get(4), code.get(5), code.get(6),
                        code.get(7), code.get(8), code.get(9)));
        assertArrayEquals(new double[] {15, 3, 15, 5, 13, 3, 11, 5, 9, 7}, out.numeric("rfm_total").toArray(), 0.0);
        assertEquals(List.of("days", "orders", "spend", "r_score", "f_score", "m_score", "rfm_code", "rfm_total"),
                out.columnNames());
    }

    @Test
    void a_measure_where_every_customer_ties_gives_everyone_the_same_score() {
        // All thresholds equal 3, no value is strictly above them: c = 0, so R = 5 and F = M = 1 for everyone.
        Dataset flat = Dataset.ofColumns(NumericColumn.of("days", 3, 3, 3, 3), NumericColumn.of("orders", 3, 3, 3, 3),
                NumericColumn.of("spend", 3, 3, 3, 3));
        Dataset out = rfm().fit(flat).transform(flat);
        assertArrayEquals(new double[] {5, 5, 5, 5}, out.numeric("r_score").toArray(), 0.0);
        assertArrayEquals(new double[] {1, 1, 1, 1}, out.numeric("f_score").toArray(), 0.0);
        assertEquals("511", out.categorical("rfm_code").get(3));
    }

    @Test
    void scores_do_not_depend_on_row_order() {
        int[] reversed = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        Dataset shuffled = customers().rows(reversed);
        FittedRfm a = rfm().fit(customers());
        FittedRfm b = rfm().fit(shuffled);
        assertEquals(a, b);
        assertEquals(a.transform(customers()).rows(reversed), b.transform(shuffled));
    }

    @Test
    void defaults_name_the_usual_columns() {
        assertEquals(List.of("recency_days", "frequency", "monetary"), Rfm.builder().build().columns());
        assertEquals(rfm(), rfm().toBuilder().build());
    }

    @Test
    void rejects_missing_columns_missing_cells_and_empty_tables() {
        assertThatThrownBy(() -> Rfm.builder().build().fit(customers()))
                .hasMessage("rfm step, column \"recency_days\": not in the table (the step was fitted on it); the "
                        + "columns are [days, orders, spend]");
        Dataset gap = customers().withColumn(NumericColumn.of("spend", 1, 2, 3, 4, 5, 6, 7, 8, 9, Double.NaN));
        assertThatThrownBy(() -> rfm().fit(gap))
                .hasMessage("rfm step, column \"spend\", row 9: NaN (missing); impute missing values before this step");
        assertThatThrownBy(() -> rfm().fit(customers().head(0)))
                .hasMessage("rfm step: cannot fit on a table with no rows");
    }

    @Test
    void rejects_bad_arguments_by_name() {
        assertThatThrownBy(() -> Rfm.builder().recency(""))
                .hasMessage("recency must not be blank (was \"\")");
        assertThatThrownBy(() -> Rfm.builder().recency("a").frequency("a").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Rfm columns must be distinct (were recency=\"a\", frequency=\"a\", monetary=\"monetary\")");
    }
}
