package io.segmentation.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * The one place where argument checks are worded, so that every message reads the same:
 * subject, rule, value found ({@code k must be >= 1 (was 0)}).
 */
public final class Check {
    private Check() {
    }

    /** Returns {@code value} when it is at least {@code min}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + " (was " + value + ")");
        }
        return value;
    }

    /** Returns {@code value} when it is at least {@code min}. */
    public static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + " (was " + value + ")");
        }
        return value;
    }

    /** Returns {@code value} when it lies in [{@code min}, {@code max}]. */
    public static int between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    /** Returns {@code value} when it is finite and at least {@code min}. */
    public static double finiteAtLeast(String name, double value, double min) {
        if (!(value >= min) || value == Double.POSITIVE_INFINITY) { // !(>=) also rejects NaN
            throw new IllegalArgumentException(
                    name + " must be finite and >= " + format(min) + " (was " + format(value) + ")");
        }
        return value;
    }

    /** Returns {@code value} when it is finite and strictly greater than {@code min}. */
    public static double finiteAbove(String name, double value, double min) {
        if (!(value > min) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    name + " must be finite and > " + format(min) + " (was " + format(value) + ")");
        }
        return value;
    }

    /** Returns {@code value} when it lies in [{@code min}, {@code max}] (NaN rejected). */
    public static double between(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be between " + format(min) + " and " + format(max)
                    + " (was " + format(value) + ")");
        }
        return value;
    }

    /** Returns {@code value} when it is finite. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite (was " + format(value) + ")");
        }
        return value;
    }

    /** Returns {@code value} when it is neither null nor blank. */
    public static String notBlank(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank (was \"" + value + "\")");
        }
        return value;
    }

    /** Formats a number for a message, independently of the default locale. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }
}
