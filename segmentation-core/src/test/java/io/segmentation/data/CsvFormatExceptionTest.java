package io.segmentation.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.junit.jupiter.api.Test;

final class CsvFormatExceptionTest {

    @Test
    void names_file_line_and_column() {
        CsvFormatException e = new CsvFormatException("customers.csv", 17, "age", "expected a number, found \"thirty\"");
        assertEquals("customers.csv line 17, column \"age\": expected a number, found \"thirty\"", e.getMessage());
        assertEquals("customers.csv", e.source());
        assertEquals(17, e.line());
        assertEquals("age", e.column());
        assertEquals("expected a number, found \"thirty\"", e.problem());
    }

    @Test
    void a_whole_record_problem_has_no_column() {
        CsvFormatException e = new CsvFormatException("f.csv", 4, null, "broken");
        assertNull(e.column());
        assertEquals("f.csv line 4: broken", e.getMessage());
    }

    @Test
    void is_an_io_exception() {
        IOException e = new CsvFormatException("f.csv", 12_345_678_901L, null, "x");
        assertEquals("f.csv line 12345678901: x", e.getMessage());
    }
}
