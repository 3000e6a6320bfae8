package io.segmentation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

final class CsvTextTest {
    private static final CSVFormat COMMA = CsvText.format(',');

    @Test
    void fields_are_quoted_only_when_rfc_4180_needs_it() {
        // RFC 4180 section 2: a field with a comma, quote or line break is quoted, and its quotes doubled.
        assertEquals("plain name", CsvText.field(COMMA, "plain name", true));
        assertEquals(",\"Loyal, high value\"", CsvText.field(COMMA, "Loyal, high value", false));
        assertEquals("\"say \"\"hi\"\"\"", CsvText.field(COMMA, "say \"hi\"", true));
        assertEquals(",\"two\nlines\"", CsvText.field(COMMA, "two\nlines", false));
        assertEquals("\"a;b\"", CsvText.field(CsvText.format(';'), "a;b", true));
        assertEquals("a;b", CsvText.field(COMMA, "a;b", true));
    }

    @Test
    void cell_text_writes_whole_numbers_without_a_point_and_missing_cells_empty() {
        NumericColumn numbers = NumericColumn.of("n", new double[] {34, 2.5, Double.NaN});
        assertEquals("34", CsvText.cellText(numbers, 0));
        assertEquals("2.5", CsvText.cellText(numbers, 1));
        assertEquals("", CsvText.cellText(numbers, 2));
        assertEquals("web", CsvText.cellText(CategoricalColumn.of("c", new String[] {"web", null}), 0));
        assertEquals("", CsvText.cellText(CategoricalColumn.of("c", new String[] {"web", null}), 1));
        assertEquals("C-1", CsvText.cellText(IdColumn.of("id", new String[] {"C-1"}), 0));
    }
}
