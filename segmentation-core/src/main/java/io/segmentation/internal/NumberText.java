package io.segmentation.internal;

import java.math.BigInteger;

/**
 * Not API: may change in any release. The strict grammar of a number in a CSV cell, and the exact text written for a double.
 *
 * <p>A number is {@code [sign] digits [. [digits]] [exponent]}, {@code [sign] . digits [exponent]}
 * or {@code [sign] Infinity}, where sign is {@code +} or {@code -}, digits are ASCII {@code 0-9} and
 * the exponent is {@code e} or {@code E}, an optional sign and digits. Nothing else is a number: no
 * surrounding spaces, no {@code NaN} (a missing marker by default), no thousands separators or decimal
 * commas, no hexadecimal, no Java suffixes such as {@code 1d} or {@code 2f}. Values round to the nearest
 * double, as {@link Double#parseDouble(String)} does.
 *
 * <p>Parsing allocates nothing for up to 19 significant digits and decimal exponents in [-342, 308],
 * unless the result is subnormal: up to 15 digits and powers of ten up to 10^22 take Clinger's exact
 * fast path, the rest Lemire's 128-bit algorithm; the remaining cases go to the JDK's parser.
 */
public final class NumberText {
    /** Exact powers of ten: 10^0 .. 10^22 are all exactly representable as doubles. */
    private static final double[] POWERS = new double[23];

    /** The decimal exponents covered by the 128-bit table of powers of five. */
    private static final int MIN_Q = -342;
    private static final int MAX_Q = 308;

    /**
     * For q in [MIN_Q, MAX_Q], the 128 leading bits of 5^q (truncated) or, for q < 0, of 2^b / 5^-q
     * (plus one), normalised so that bit 127 is set: high 64 bits and low 64 bits. This is the table
     * of Lemire's algorithm, computed here with BigInteger rather than stored.
     */
    private static final long[] FIVE_HI = new long[MAX_Q - MIN_Q + 1];
    private static final long[] FIVE_LO = new long[MAX_Q - MIN_Q + 1];

    static {
        double p = 1.0;
        for (int e = 0; e < POWERS.length; e++) {
            POWERS[e] = p;
            p *= 10.0;
        }
        BigInteger five = BigInteger.valueOf(5);
        for (int q = MIN_Q; q <= MAX_Q; q++) {
            BigInteger c;
            if (q >= 0) {
                c = five.pow(q);
            } else {
                BigInteger power = five.pow(-q);
                int z = power.bitLength();   // 5^k is never a power of two, so 2^(z-1) < 5^k < 2^z
                int b = q >= -27 ? z + 127 : 2 * z + 128;
                c = BigInteger.ONE.shiftLeft(b).divide(power).add(BigInteger.ONE);
            }
            int bits = c.bitLength();
            c = bits > 128 ? c.shiftRight(bits - 128) : c.shiftLeft(128 - bits);
            FIVE_HI[q - MIN_Q] = c.shiftRight(64).longValue();
            FIVE_LO[q - MIN_Q] = c.longValue();
        }
    }

    private NumberText() {
    }

    /**
     * The value of {@code s}, or NaN when {@code s} is not a number of the grammar above.
     * Allocates nothing in the common cases listed in the class comment.
     */
    public static double parse(String s) {
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
                if (significant < 19) {
                    mantissa = mantissa * 10 + (c - '0');   // 19 digits fit in 64 unsigned bits
                } else {
                    scale++;     // digits past 19 only matter to the JDK's parser
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
                    if (significant < 19) {
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
            value = significant <= 19 ? eiselLemire(mantissa, e) : Double.NaN;
            if (Double.isNaN(value)) {
                value = Math.abs(Double.parseDouble(s));   // the rare case the fast algorithm cannot settle
            }
        }
        return negative ? -value : value;
    }

    /**
     * {@code w × 10^q} correctly rounded, for a non-zero {@code w} read as unsigned, or NaN when the
     * 128-bit product cannot decide the rounding, or the result would be subnormal or infinite.
     * After D. Lemire, "Number parsing at a gigabyte per second", Software: Practice and Experience
     * 51(8), 2021, doi:10.1002/spe.2984 (the Eisel-Lemire algorithm).
     */
    private static double eiselLemire(long w, int q) {
        if (q < MIN_Q || q > MAX_Q) {
            return Double.NaN;
        }
        int lz = Long.numberOfLeadingZeros(w);
        long m = w << lz;
        int t = q - MIN_Q;
        // floor(q · log2 10) is (217706 · q) >> 16 for |q| <= 342; 1023 is the exponent bias.
        long exponent = ((217706L * q) >> 16) + 64 + 1023 - lz;
        long hi = unsignedMultiplyHigh(m, FIVE_HI[t]);
        long lo = m * FIVE_HI[t];
        if ((hi & 0x1FF) == 0x1FF && Long.compareUnsigned(lo + m, m) < 0) {
            // The first 64 bits of the power leave the rounding open; bring in the next 64.
            long hi2 = unsignedMultiplyHigh(m, FIVE_LO[t]);
            long lo2 = m * FIVE_LO[t];
            long mergedLo = lo + hi2;
            long mergedHi = Long.compareUnsigned(mergedLo, lo) < 0 ? hi + 1 : hi;
            if ((mergedHi & 0x1FF) == 0x1FF && mergedLo == -1L && Long.compareUnsigned(lo2 + m, m) < 0) {
                return Double.NaN;
            }
            hi = mergedHi;
            lo = mergedLo;
        }
        long top = hi >>> 63;
        long mantissa = hi >>> (top + 9);   // 54 bits: the 53 of a double and one to round with
        exponent -= 1 ^ top;
        if (lo == 0 && (hi & 0x1FF) == 0 && (mantissa & 3) == 1) {
            return Double.NaN;   // exactly half-way, perhaps: the product was truncated
        }
        mantissa += mantissa & 1;   // round half up on the 54th bit; ties are excluded above
        mantissa >>>= 1;
        if (mantissa >>> 53 != 0) {
            mantissa >>>= 1;
            exponent++;
        }
        if (exponent < 1 || exponent > 2046) {
            return Double.NaN;   // subnormal or overflow: the JDK's parser handles them
        }
        return Double.longBitsToDouble(exponent << 52 | (mantissa & 0x000F_FFFF_FFFF_FFFFL));
    }

    /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh arrives in Java 18). */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /**
     * The shortest text that {@link #parse(String)} turns back into exactly {@code v}: an integer for
     * integral values below 10^15 (so ages read {@code 34}, not {@code 34.0}), else
     * {@link Double#toString(double)}; NaN (missing) is the empty string; {@code -0.0} keeps its sign.
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0.0 && 1.0 / v < 0)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
