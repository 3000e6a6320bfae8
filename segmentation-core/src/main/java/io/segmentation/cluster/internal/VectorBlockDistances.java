package io.segmentation.cluster.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BlockDistances} over the Vector API: one vector holds one feature of several rows of a
 * feature-major block; four centres are measured per sweep, each in its own accumulator, so every loaded
 * vector is used four times. A lane is one row and adds its squared differences in feature order, so the
 * sums equal the scalar ones bit for bit (no fused multiply-add, no reordering across features). Centre
 * values are broadcast to whole vectors before the subtraction: on JDK 17 that form compiles to plain
 * vector code, where the vector-minus-scalar form measured about 10% slower. Loaded only by
 * {@link BlockDistances#vector()} when the module is present, and only where a vector's lanes divide a
 * group of {@link #GROUP} rows.
 */
final class VectorBlockDistances extends BlockDistances {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    VectorBlockDistances() {
        if (GROUP % SPECIES.length() != 0) { // BlockDistances.vector() falls back to the scalar kernels
            throw new IllegalStateException(SPECIES.length() + " lanes do not divide a group of " + GROUP + " rows");
        }
    }

    @Override
    public String name() {
        return "vector(" + SPECIES.length() + " lanes)";
    }

    @Override
    public void distancesOfBlock(double[] blocked, int offset, int d, int m, double[] centres, int k,
            double[] out) {
        int lanes = SPECIES.length();
        int width = (m + lanes - 1) / lanes * lanes;
        int c = 0;
        for (; c + 3 < k; c += 4) {
            int o0 = c * d;
            int o1 = o0 + d;
            int o2 = o1 + d;
            int o3 = o2 + d;
            for (int r = 0; r < width; r += lanes) {
                int g = offset + at(r, 0, d); // feature j of these rows at g + j * GROUP
                DoubleVector a0 = DoubleVector.zero(SPECIES);
                DoubleVector a1 = a0;
                DoubleVector a2 = a0;
                DoubleVector a3 = a0;
                for (int j = 0; j < d; j++) {
                    DoubleVector v = DoubleVector.fromArray(SPECIES, blocked, g + j * GROUP);
                    DoubleVector e0 = v.sub(DoubleVector.broadcast(SPECIES, centres[o0 + j]));
                    DoubleVector e1 = v.sub(DoubleVector.broadcast(SPECIES, centres[o1 + j]));
                    DoubleVector e2 = v.sub(DoubleVector.broadcast(SPECIES, centres[o2 + j]));
                    DoubleVector e3 = v.sub(DoubleVector.broadcast(SPECIES, centres[o3 + j]));
                    a0 = a0.add(e0.mul(e0));
                    a1 = a1.add(e1.mul(e1));
                    a2 = a2.add(e2.mul(e2));
                    a3 = a3.add(e3.mul(e3));
                }
                a0.intoArray(out, c * ROWS + r);
                a1.intoArray(out, (c + 1) * ROWS + r);
                a2.intoArray(out, (c + 2) * ROWS + r);
                a3.intoArray(out, (c + 3) * ROWS + r);
            }
        }
        for (; c < k; c++) {
            int o = c * d;
            for (int r = 0; r < width; r += lanes) {
                int g = offset + at(r, 0, d);
                DoubleVector a = DoubleVector.zero(SPECIES);
                for (int j = 0; j < d; j++) {
                    DoubleVector e = DoubleVector.fromArray(SPECIES, blocked, g + j * GROUP)
                            .sub(DoubleVector.broadcast(SPECIES, centres[o + j]));
                    a = a.add(e.mul(e));
                }
                a.intoArray(out, c * ROWS + r);
            }
        }
    }

    @Override
    void pickNearest(double[] sums, int m, int k, int[] best, double[] bestDist, double[] secondDist) {
        int lanes = SPECIES.length();
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        for (int r = 0; r < m; r += lanes) {
            DoubleVector first = DoubleVector.broadcast(SPECIES, Double.POSITIVE_INFINITY);
            DoubleVector second = first;
            DoubleVector label = DoubleVector.zero(SPECIES);
            DoubleVector index = label; // c in every lane
            for (int c = 0; c < k; c++, index = index.add(one)) {
                DoubleVector a = DoubleVector.fromArray(SPECIES, sums, c * ROWS + r);
                // Lane by lane what the scalar scan does: a strictly smaller distance takes the lead and
                // pushes the old leader to second place; otherwise it may only lower the second place. Only
                // comparisons and blends, so that a NaN (an overflowed sum) is passed over as it is there.
                VectorMask<Double> lead = a.lt(first);
                second = second.blend(a, a.lt(second)).blend(first, lead);
                first = first.blend(a, lead);
                label = label.blend(index, lead);
            }
            // The outputs hold ROWS values, a whole number of vectors: lanes past m are written, never read.
            // secondDist carries the labels for a moment, on their way to the int array.
            label.intoArray(secondDist, r);
            for (int q = 0, used = Math.min(lanes, m - r); q < used; q++) {
                best[r + q] = (int) secondDist[r + q];
            }
            first.intoArray(bestDist, r);
            second.intoArray(secondDist, r);
        }
    }
}
