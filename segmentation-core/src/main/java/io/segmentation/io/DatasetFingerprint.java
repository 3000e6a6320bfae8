package io.segmentation.io;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;

/**
 * A SHA-256 fingerprint of a {@link Dataset}, recorded in a model file so that one can tell later whether
 * a model was fitted on a given table. Equal datasets ({@link Dataset#equals}) have equal fingerprints;
 * a changed cell, column name, column type, column order or row order gives a different one.
 *
 * <p>The digest runs over this byte encoding, in which integers are 4-byte big-endian and a string is
 * its UTF-8 byte length followed by its UTF-8 bytes:
 * <ol>
 *   <li>the string {@code "io.segmentation.DatasetFingerprint/1"}, the number of rows, the number of
 *       columns;</li>
 *   <li>for each column in order: its name, one type byte ({@code 0} numeric, {@code 1} categorical,
 *       {@code 2} id), then every cell from row 0 on:
 *       <ul>
 *         <li>numeric: the 8 big-endian bytes of {@link Double#doubleToLongBits}, so every NaN (the
 *             missing marker) is {@code 7ff8000000000000} and {@code -0.0} differs from {@code 0.0};</li>
 *         <li>categorical and id: byte {@code 0} when missing, otherwise byte {@code 1} and the string
 *             (a categorical cell by its value, not its dictionary code).</li>
 *       </ul></li>
 * </ol>
 * Unpaired surrogates in strings are encoded as their own 3-byte sequences, so distinct strings stay
 * distinct. The encoding is streamed through a fixed buffer: nothing is allocated per cell.
 *
 * <p>Cost: one pass over the cells, O(n·d) time and O(1) extra memory beyond one byte array per
 * categorical level.
 *
 * <pre>{@code
 * String fp = DatasetFingerprint.of(customers);   // 64 lowercase hex digits
 * }</pre>
 */
public final class DatasetFingerprint {
    private static final String HEADER = "io.segmentation.DatasetFingerprint/1";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private DatasetFingerprint() {
    }

    /**
     * The fingerprint of {@code data}.
     *
     * @param data the table; not modified
     * @return the SHA-256 digest of the encoding above as 64 lowercase hexadecimal digits
     */
    public static String of(Dataset data) {
        Objects.requireNonNull(data, "data");
        Sink sink = new Sink();
        sink.string(HEADER);
        sink.integer(data.rowCount());
        sink.integer(data.columnCount());
        int n = data.rowCount();
        for (Column column : data.columns()) {
            sink.string(column.name());
            if (column instanceof NumericColumn numeric) {
                sink.raw((byte) 0);
                for (int i = 0; i < n; i++) {
                    sink.longBits(Double.doubleToLongBits(numeric.get(i)));
                }
            } else if (column instanceof CategoricalColumn categorical) {
                sink.raw((byte) 1);
                List<String> levels = categorical.levels();
                byte[][] encoded = new byte[levels.size()][];
                for (int c = 0; c < encoded.length; c++) {
                    String level = levels.get(c);
                    encoded[c] = new byte[utf8Length(level)];
                    utf8(level, encoded[c], 0);
                }
                for (int i = 0; i < n; i++) {
                    int code = categorical.code(i);
                    if (code == CategoricalColumn.MISSING) {
                        sink.raw((byte) 0);
                    } else {
                        sink.raw((byte) 1);
                        sink.bytes(encoded[code]);
                    }
                }
            } else {
                IdColumn ids = (IdColumn) column;
                sink.raw((byte) 2);
                for (int i = 0; i < n; i++) {
                    String id = ids.get(i);
                    if (id == null) {
                        sink.raw((byte) 0);
                    } else {
                        sink.raw((byte) 1);
                        sink.string(id);
                    }
                }
            }
        }
        byte[] digest = sink.finish();
        char[] hex = new char[digest.length * 2];
        for (int b = 0; b < digest.length; b++) {
            hex[2 * b] = HEX[(digest[b] >> 4) & 0xf];
            hex[2 * b + 1] = HEX[digest[b] & 0xf];
        }
        return new String(hex);
    }

    /** The length of {@code s} in the UTF-8 form written by {@link #utf8}. */
    private static int utf8Length(String s) {
        int length = s.length();
        int bytes = 0;
        for (int k = 0; k < length; k++) {
            char ch = s.charAt(k);
            if (ch < 0x80) {
                bytes += 1;
            } else if (ch < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(ch) && k + 1 < length && Character.isLowSurrogate(s.charAt(k + 1))) {
                bytes += 4;
                k++;
            } else {
                bytes += 3; // includes an unpaired surrogate, written as its own code unit
            }
        }
        return bytes;
    }

    /** Writes {@code s} as UTF-8 into {@code out} from {@code at}, which has room for {@link #utf8Length}. */
    private static void utf8(String s, byte[] out, int at) {
        int length = s.length();
        int p = at;
        for (int k = 0; k < length; k++) {
            char ch = s.charAt(k);
            if (ch < 0x80) {
                out[p++] = (byte) ch;
            } else if (ch < 0x800) {
                out[p++] = (byte) (0xc0 | (ch >> 6));
                out[p++] = (byte) (0x80 | (ch & 0x3f));
            } else if (Character.isHighSurrogate(ch) && k + 1 < length && Character.isLowSurrogate(s.charAt(k + 1))) {
                int cp = Character.toCodePoint(ch, s.charAt(++k));
                out[p++] = (byte) (0xf0 | (cp >> 18));
                out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                out[p++] = (byte) (0x80 | (cp & 0x3f));
            } else {
                out[p++] = (byte) (0xe0 | (ch >> 12));
                out[p++] = (byte) (0x80 | ((ch >> 6) & 0x3f));
                out[p++] = (byte) (0x80 | (ch & 0x3f));
            }
        }
    }

    /** A buffer in front of the digest, so that cells are not fed to it a few bytes at a time. */
    private static final class Sink {
        private final MessageDigest digest;
        private final byte[] buffer = new byte[1 << 13];
        private int size;

        Sink() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }

        void raw(byte b) {
            if (size == buffer.length) {
                flush();
            }
            buffer[size++] = b;
        }

        void integer(int v) {
            if (size + 4 > buffer.length) {
                flush();
            }
            buffer[size] = (byte) (v >>> 24);
            buffer[size + 1] = (byte) (v >>> 16);
            buffer[size + 2] = (byte) (v >>> 8);
            buffer[size + 3] = (byte) v;
            size += 4;
        }

        void longBits(long v) {
            if (size + 8 > buffer.length) {
                flush();
            }
            for (int s = 0; s < 8; s++) {
                buffer[size + s] = (byte) (v >>> (56 - 8 * s));
            }
            size += 8;
        }

        /** A length-prefixed byte string that is already UTF-8. */
        void bytes(byte[] utf8) {
            integer(utf8.length);
            if (utf8.length > buffer.length - size) {
                flush();
                digest.update(utf8);
            } else {
                System.arraycopy(utf8, 0, buffer, size, utf8.length);
                size += utf8.length;
            }
        }

        /** A length-prefixed string, encoded to UTF-8 straight into the buffer when it fits. */
        void string(String s) {
            int length = utf8Length(s);
            integer(length);
            if (length > buffer.length - size) {
                flush();
            }
            if (length <= buffer.length) {
                utf8(s, buffer, size);
                size += length;
            } else {
                byte[] big = new byte[length]; // only for strings longer than the buffer
                utf8(s, big, 0);
                digest.update(big);
            }
        }

        void flush() {
            digest.update(buffer, 0, size);
            size = 0;
        }

        byte[] finish() {
            flush();
            return digest.digest();
        }
    }
}
