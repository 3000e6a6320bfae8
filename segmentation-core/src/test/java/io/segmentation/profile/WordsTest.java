package io.segmentation.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

final class WordsTest {

    @Test
    void numbers_have_about_three_significant_digits_whatever_the_locale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("52,340", Words.number(52340));
            assertEquals("52,340", Words.number(52339.6));
            assertEquals("94", Words.number(94));
            assertEquals("391", Words.number(390.7));
            assertEquals("94.1", Words.number(94.12));
            assertEquals("0.35", Words.number(0.3512));
            assertEquals("-2.50", Words.number(-2.5));
            assertEquals("0.00123", Words.number(0.001234));
            assertEquals("n/a", Words.number(Double.NaN));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shares_names_and_capitals() {
        assertEquals("64%", Words.percent(0.642));
        assertEquals("preferred channel", Words.humanize("preferred_channel"));
        assertEquals("High income", Words.capitalize("high income"));
        assertEquals("", Words.capitalize(""));
    }
}
