package io.segmentation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class NumberTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "42", "-0.5", "+3", "1e-3", "2.5E+10", ".5", "5.", "-.25e2", "007",
            "0.000001", "123456789012345", "1234567890123456789012", "0.1", "1e308", "1.7976931348623157E308",
            "4.9E-324", "1e-400", "1e400", "-0", "0e999999999", "9007199254740993", "0.30000000000000004"})
    void accepts_the_grammar_and_agrees_with_parse_double(String text) {
        // The JDK's parser is the independent reference for the value; the grammar is a subset of its.
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                Double.doubleToRawLongBits(NumberText.parse(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "+", "-", ".", "e5", "1e", "1e+", "1d", "2f", "0x1p3", "0x10",
            "1,5", "1_000", "NaN", "infinity", "Inf", "--1", "1.2.3", "1e5.5", "thirty", "1-", "+-1", "١"})
    void rejects_everything_else(String text) {
        assertTrue(Double.isNaN(NumberText.parse(text)), text);
    }

    @Test
    void reads_infinities() {
        assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("Infinity"));
        assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("+Infinity"));
        assertEquals(Double.NEGATIVE_INFINITY, NumberText.parse("-Infinity"));
    }

    @Test
    void keeps_the_sign_of_negative_zero() {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(NumberText.parse("-0.0")));
        assertEquals("-0.0", NumberText.format(-0.0));
        assertEquals("0", NumberText.format(0.0));
    }

    @Test
    void formats_integers_without_a_fraction_and_missing_as_empty() {
        assertEquals("34", NumberText.format(34.0));
        assertEquals("-7", NumberText.format(-7.0));
        assertEquals("1.0E15", NumberText.format(1e15));   // past the integer range it is Double.toString
        assertEquals("0.1", NumberText.format(0.1));
        assertEquals("", NumberText.format(Double.NaN));
        assertEquals("Infinity", NumberText.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void random_doubles_round_trip_bit_for_bit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int t = 0; t < 20_000; t++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(v)) {
                continue;
            }
            double back = NumberText.parse(NumberText.format(v));
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(back), "seed 7, value " + v);
        }
    }

    @Test
    void random_short_decimals_match_parse_double() {
        // Decimals of up to 17 digits with exponents around the fast path's limit of 10^22, compared
        // with the JDK's correctly rounded parser.
        SplittableRandom random = new SplittableRandom(11);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder s = new StringBuilder();
            if (random.nextBoolean()) {
                s.append('-');
            }
            int intDigits = random.nextInt(0, 9);
            int fracDigits = random.nextInt(intDigits == 0 ? 1 : 0, 9);
            for (int k = 0; k < intDigits; k++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            if (fracDigits > 0) {
                s.append('.');
                for (int k = 0; k < fracDigits; k++) {
                    s.append((char) ('0' + random.nextInt(10)));
                }
            }
            if (random.nextInt(3) == 0) {
                s.append('e').append(random.nextInt(-30, 31));
            }
            String text = s.toString();
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(NumberText.parse(text)), "seed 11, text " + text);
        }
    }

    @Test
    void long_mantissas_at_every_exponent_match_parse_double() {
        // 16 to 19 significant digits (Lemire's 128-bit path) and some longer (the JDK's path), with
        // decimal exponents across and beyond [-342, 308], against the JDK's correctly rounded parser.
        SplittableRandom random = new SplittableRandom(13);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder s = new StringBuilder();
            int digits = random.nextInt(16, 23);
            s.append((char) ('1' + random.nextInt(9)));
            for (int k = 1; k < digits; k++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            int point = random.nextInt(0, digits + 1);
            s.insert(point, '.');
            s.append('e').append(random.nextInt(-345, 330));
            String text = s.toString();
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(NumberText.parse(text)), "seed 13, text " + text);
        }
    }

    @Test
    void half_way_and_boundary_cases_match_parse_double() {
        // Exact ties between two doubles (round half to even), values next to powers of two, and the
        // largest and smallest normal numbers: the cases where a 128-bit product must defer or be exact.
        String[] cases = {"9007199254740993", "9007199254740995", "18014398509481986", "18014398509481990",
                "4503599627370496.5", "4503599627370497.5", "2.2250738585072014E-308", "2.2250738585072011E-308",
                "1.7976931348623157E308", "1.7976931348623158E308", "1.7976931348623159E308",
                "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
                "1e23", "8.41e21", "5e-324", "2.4703282292062327E-324", "2.4703282292062328E-324",
                "7.2057594037927933e16", "0.1000000000000000055511151231257827", "1.00000000000000011102230246251565"};
        for (String text : cases) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(NumberText.parse(text)), text);
        }
    }
}
