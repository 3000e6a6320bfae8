package io.segmentation.profile;

import java.util.Locale;

/** How numbers and shares are written for people in profiles, rules and reports. */
final class Words {
    private Words() {
    }

    /**
     * A number with about three significant digits, {@link Locale#ROOT}: {@code 52,340}, {@code 94.1},
     * {@code 0.123}; whole numbers without decimals.
     */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            return String.format(Locale.ROOT, a >= 10_000 ? "%,.0f" : "%.0f", v);
        }
        if (a >= 10_000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 0.01) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** A share in [0, 1] as a whole percentage: {@code 0.642} → {@code "64%"}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * share);
    }

    /** A column or level name for a title: {@code "preferred_channel"} → {@code "preferred channel"}. */
    static String humanize(String name) {
        return name.replace('_', ' ').trim();
    }

    /** The first letter in upper case. */
    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
