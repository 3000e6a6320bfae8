package io.segmentation.data;

/**
 * The strict grammar of a number in a CSV cell, and the exact text written for a double.
 *
 * <p>A number is {@code [sign] digits [. [digits]] [exponent]}, {@code [sign] . digits [exponent]}
 * or {@code [sign] Infinity}, where sign is {@code +} or {@code -}, digits are ASCII {@code 0-9} and
 * the exponent is {@code e} or {@code E}, an optional sign and digits. Nothing else is a number: no
 * surrounding spaces, no {@code NaN} (a missing marker by default), no thousands separators or decimal
 * commas, no hexadecimal, no Java suffixes such as {@code 1d} or {@code 2f}. Values round to the nearest
 * double, as {@link Double#parseDouble(String)} does.
 */
final class NumberText {
    /** Exact powers of ten: 10^0 .. 10^22 are all exactly representable as doubles. */
    private static final double[] POWERS = new double[23];

    static {
        double p = 1.0;
        for (int e = 0; e < POWERS.length; e++) {
            POWERS[e] = p;
            p *= 10.0;
        }
    }

    private NumberText() {
    }

    /**
     * The value of {@code s}, or NaN when {@code s} is not a number of the grammar above.
     * Allocates nothing for plain decimals of up to 15 significant digits.
     */
    static double parse(String s) {
        int len = s.length();
        int p = 0;
        boolean negative = false;
        if (len > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            p = 1;
        }
        if (p < len && s.charAt(p) == 'I') {
            return s.regionMatches(p, "Infinity", 0, len - p) && len - p == 8
                    ? (negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                    : Double.NaN;
        }
        long mantissa = 0;
        int significant = 0;     // digits after leading zeros, integer and fraction parts together
        int digits = 0;          // all mantissa digits, to reject "." and "e5"
        int scale = 0;           // the decimal exponent contributed by the fraction
        while (p < len) {
            char c = s.charAt(p);
            if (c < '0' || c > '9') {
                break;
            }
            if (significant > 0 || c != '0') {
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                } else {
                    scale++;     // digits past 18 only matter to the slow path
                }
                significant++;
            }
            digits++;
            p++;
        }
        if (p < len && s.charAt(p) == '.') {
            p++;
            while (p < len) {
                char c = s.charAt(p);
                if (c < '0' || c > '9') {
                    break;
                }
                if (significant > 0 || c != '0') {
                    if (significant < 18) {
                        mantissa = mantissa * 10 + (c - '0');
                        scale--;
                    }
                    significant++;
                } else {
                    scale--;     // a leading zero of the fraction still shifts the point
                }
                digits++;
                p++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (p < len && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            p++;
            boolean negativeExponent = false;
            if (p < len && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                negativeExponent = s.charAt(p) == '-';
                p++;
            }
            int expDigits = 0;
            while (p < len) {
                char c = s.charAt(p);
                if (c < '0' || c > '9') {
                    break;
                }
                if (exponent < 100_000) {  // saturate; such exponents over- or underflow anyway
                    exponent = exponent * 10 + (c - '0');
                }
                expDigits++;
                p++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (p != len) {
            return Double.NaN;
        }
        double value;
        int e = scale + exponent;
        // Clinger's fast path: an integer below 2^53 and a power of ten of at most 22 are both exact,
        // so one multiplication or division rounds correctly, like parseDouble.
        if (significant <= 15 && e >= -22 && e <= 22) {
            value = e < 0 ? mantissa / POWERS[-e] : mantissa * POWERS[e];
        } else if (significant == 0) {
            value = 0.0;
        } else {
            value = Math.abs(Double.parseDouble(s));
        }
        return negative ? -value : value;
    }

    /**
     * The shortest text that {@link #parse(String)} turns back into exactly {@code v}: an integer for
     * integral values below 10^15 (so ages read {@code 34}, not {@code 34.0}), else
     * {@link Double#toString(double)}; NaN (missing) is the empty string; {@code -0.0} keeps its sign.
     */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0.0 && 1.0 / v < 0)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
