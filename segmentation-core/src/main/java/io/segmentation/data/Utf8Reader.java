package io.segmentation.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes strict UTF-8 and counts line breaks as it goes, so that invalid bytes are reported as a
 * {@link CsvFormatException} naming the physical line they are on. The JDK's readers only say
 * "malformed input" with no position, and decode ahead of what the CSV parser has consumed.
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    /** Line breaks among all decoded chars (CRLF counts once, like commons-csv). */
    private long breaks;
    private boolean lastWasCr;
    private boolean eof;

    Utf8Reader(InputStream in, String source) {
        this.in = in;
        this.source = source;
        bytes.flip();   // empty, ready to be read from
        chars.flip();
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(target, off, n);
        return n;
    }

    /** Decodes more chars; false at the end of the input. */
    private boolean fill() throws IOException {
        if (eof && !bytes.hasRemaining()) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0) {
            if (!eof) {
                bytes.compact();
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
                bytes.flip();
            }
            int start = chars.position();
            CoderResult result = decoder.decode(bytes, chars, eof);
            countBreaks(start, chars.position());
            if (result.isError()) {
                throw invalid(result.length());
            }
            if (eof && result.isUnderflow()) {
                result = decoder.flush(chars);
                if (result.isError()) {
                    throw invalid(bytes.remaining());
                }
                if (chars.position() == 0 && !bytes.hasRemaining()) {
                    break;
                }
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void countBreaks(int from, int to) {
        char[] a = chars.array();
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c == '\n') {
                if (!lastWasCr) {
                    breaks++;
                }
                lastWasCr = false;
            } else if (c == '\r') {
                breaks++;
                lastWasCr = true;
            } else {
                lastWasCr = false;
            }
        }
    }

    private CsvFormatException invalid(int length) {
        StringBuilder found = new StringBuilder();
        for (int k = 0; k < Math.max(1, length) && bytes.position() + k < bytes.limit(); k++) {
            found.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X",
                    bytes.get(bytes.position() + k) & 0xFF));
        }
        String what = found.length() == 0 ? "a truncated sequence at the end" : "byte " + found;
        return new CsvFormatException(source, breaks + 1, null, "invalid UTF-8 (" + what + ")");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
