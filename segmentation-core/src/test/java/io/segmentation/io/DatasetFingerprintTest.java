package io.segmentation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Column;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class DatasetFingerprintTest {
    private static Dataset small() {
        return Dataset.ofColumns(
                IdColumn.of("id", "a", null),
                NumericColumn.of("x", 1.5, Double.NaN),
                CategoricalColumn.of("c", "é", null));
    }

    @Test
    void matches_a_digest_computed_outside_java() {
        // By Python 3 over the documented encoding:
        //   s = lambda x: struct.pack('>i', len(x.encode())) + x.encode()
        //   enc = s("io.segmentation.DatasetFingerprint/1") + struct.pack('>ii', 2, 3)
        //   enc += s("id") + b'\x02' + b'\x01' + s("a") + b'\x00'
        //   enc += s("x") + b'\x00' + struct.pack('>d', 1.5) + bytes.fromhex('7ff8000000000000')
        //   enc += s("c") + b'\x01' + b'\x01' + s("é") + b'\x00'
        //   hashlib.sha256(enc).hexdigest()
        assertEquals("bc0b46d913cee244ea6b88f14d7c70d6f037e12d3a66f534c9b8522e91bf0308",
                DatasetFingerprint.of(small()));
    }

    @Test
    void matches_a_naive_encoding_on_random_tables_with_long_and_non_ascii_strings() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        String[] words = {"web", "störe", "app 📱", "", "x".repeat(9000), "\uD800 lone surrogate"};
        for (int trial = 0; trial < 20; trial++) {
            int n = random.nextInt(0, 3000);
            double[] x = new double[n];
            String[] ids = new String[n];
            String[] cats = new String[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextDouble(-1e6, 1e6);
                ids[i] = random.nextInt(10) == 0 ? null : words[random.nextInt(words.length)] + i;
                cats[i] = random.nextInt(10) == 0 ? null : words[random.nextInt(words.length)];
            }
            Dataset data = Dataset.ofColumns(IdColumn.of("customer_id", ids), NumericColumn.of("monetary €", x),
                    CategoricalColumn.of("channel", cats));
            assertEquals(naive(data), DatasetFingerprint.of(data), "seed 7, trial " + trial);
        }
    }

    @Test
    void equal_datasets_built_differently_have_equal_fingerprints() {
        Dataset a = Dataset.of(new double[][] {{1, 2}, {3, Double.NaN}}, "p", "q");
        Dataset b = Dataset.ofColumns(NumericColumn.of("p", 1, 3),
                NumericColumn.of("q", 2, Double.longBitsToDouble(0x7ff0000000000001L))); // another NaN
        assertEquals(a, b);
        assertEquals(DatasetFingerprint.of(a), DatasetFingerprint.of(b));
        // Same values, dictionaries in another order: equal datasets, equal fingerprints.
        CategoricalColumn first = CategoricalColumn.of("c", "x", "y", "x");
        CategoricalColumn second = CategoricalColumn.ofCodes("c", new int[] {1, 0, 1}, List.of("y", "x"));
        assertEquals(Dataset.ofColumns(first), Dataset.ofColumns(second));
        assertEquals(DatasetFingerprint.of(Dataset.ofColumns(first)), DatasetFingerprint.of(Dataset.ofColumns(second)));
    }

    @Test
    void is_64_lowercase_hex_digits() {
        String fp = DatasetFingerprint.of(small());
        assertEquals(64, fp.length());
        assertEquals(fp, fp.replaceAll("[^0-9a-f]", ""));
    }

    @Test
    void any_changed_cell_name_type_or_order_changes_the_fingerprint() {
        Dataset base = small();
        List<Dataset> variants = List.of(
                Dataset.ofColumns(IdColumn.of("id", "b", null), base.column("x"), base.column("c")),
                Dataset.ofColumns(IdColumn.of("id", "a", ""), base.column("x"), base.column("c")),
                Dataset.ofColumns(base.column("id"), NumericColumn.of("x", 1.5, 0.0), base.column("c")),
                Dataset.ofColumns(base.column("id"), NumericColumn.of("x", 1.5000000000000002, Double.NaN),
                        base.column("c")),
                Dataset.ofColumns(base.column("id"), base.column("x"), CategoricalColumn.of("c", "e", null)),
                Dataset.ofColumns(base.column("id"), base.column("x"), CategoricalColumn.of("c", null, "é")),
                Dataset.ofColumns(base.column("id").rename("ID"), base.column("x"), base.column("c")),
                Dataset.ofColumns(base.column("x"), base.column("id"), base.column("c")),
                base.rows(new int[] {1, 0}),
                base.drop("c"),
                // Same text, other type: an id column "a" against a categorical column "a".
                Dataset.ofColumns(CategoricalColumn.of("id", "a", null), base.column("x"), base.column("c")));
        List<String> seen = new ArrayList<>();
        seen.add(DatasetFingerprint.of(base));
        for (Dataset v : variants) {
            String fp = DatasetFingerprint.of(v);
            assertEquals(-1, seen.indexOf(fp), "variant " + v + " repeats an earlier fingerprint");
            seen.add(fp);
        }
    }

    @Test
    void negative_zero_differs_from_zero_as_in_dataset_equality() {
        Dataset zero = Dataset.ofColumns(NumericColumn.of("x", 0.0));
        Dataset negative = Dataset.ofColumns(NumericColumn.of("x", -0.0));
        assertNotEquals(zero, negative);
        assertNotEquals(DatasetFingerprint.of(zero), DatasetFingerprint.of(negative));
    }

    @Test
    void the_dataset_is_not_modified() {
        Dataset data = small();
        Dataset copy = Dataset.ofColumns(data.columns());
        DatasetFingerprint.of(data);
        assertEquals(copy, data);
    }

    /** The documented encoding written the plain way: DataOutputStream, String.getBytes, MessageDigest. */
    private static String naive(Dataset data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        naiveString(out, "io.segmentation.DatasetFingerprint/1");
        out.writeInt(data.rowCount());
        out.writeInt(data.columnCount());
        for (Column c : data.columns()) {
            naiveString(out, c.name());
            out.writeByte(c.type().ordinal());
            for (int i = 0; i < data.rowCount(); i++) {
                Object v = c.value(i);
                if (c instanceof NumericColumn) {
                    out.writeLong(Double.doubleToLongBits(((NumericColumn) c).get(i)));
                } else if (v == null) {
                    out.writeByte(0);
                } else {
                    out.writeByte(1);
                    naiveString(out, (String) v);
                }
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void naiveString(DataOutputStream out, String s) throws IOException {
        // getBytes replaces a lone surrogate by '?', while the documented encoding writes its 3-byte form.
        byte[] fixed = s.contains("\uD800") ? loneSurrogate(s) : s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(fixed.length);
        out.write(fixed);
    }

    /** UTF-8 of a string whose only unpaired char is U+D800, written as ED A0 80. */
    private static byte[] loneSurrogate(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = s.indexOf('\uD800');
        out.writeBytes(s.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.write(0xED);
        out.write(0xA0);
        out.write(0x80);
        out.writeBytes(s.substring(at + 1).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
