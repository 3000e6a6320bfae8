package io.segmentation.cluster.internal;

import io.segmentation.internal.Chunks;
import io.segmentation.internal.Workers;

/**
 * Single linkage through a minimum spanning tree (Gower and Ross, "Minimum spanning trees and single
 * linkage cluster analysis", JRSS C 18(1), 1969, doi:10.2307/2346439): Prim's algorithm on the implicit
 * complete graph of the rows, O(n²·d) time and O(n·d) memory, no distance matrix. Each step updates
 * every remaining row's distance to the tree in parallel over fixed chunks and picks the nearest one
 * (a tie goes to the lower row); the result does not depend on the number of threads.
 */
public final class PrimMst {
    /** Remaining rows below which one step runs on the caller's thread (dispatch would cost more). */
    static final int PARALLEL_MIN = 2 * Chunks.SIZE;

    private PrimMst() {
    }

    /**
     * The n − 1 edges of a minimum spanning tree of the rows of {@code x} as merges (heights are
     * Euclidean distances), in the order Prim adds them.
     *
     * @param x n×d rows, row-major; not modified
     */
    public static MergeList of(double[] x, int n, int d, Workers workers) {
        int m = n - 1; // rows not yet in the tree, at positions [0, m)
        double[] points = new double[Math.max(m, 0) * d];
        int[] ids = new int[Math.max(m, 0)];
        double[] dist = new double[Math.max(m, 0)];
        int[] parent = new int[Math.max(m, 0)];
        for (int p = 0; p < m; p++) {
            ids[p] = p + 1;
            dist[p] = Double.POSITIVE_INFINITY;
            System.arraycopy(x, (p + 1) * d, points, p * d, d);
        }
        double[] current = new double[d];
        System.arraycopy(x, 0, current, 0, d);
        int currentId = 0;
        int[] ea = new int[Math.max(n - 1, 0)];
        int[] eb = new int[Math.max(n - 1, 0)];
        double[] eh = new double[Math.max(n - 1, 0)];
        int chunkCount = Chunks.count(Math.max(m, 1));
        double[] bestD = new double[chunkCount];
        int[] bestP = new int[chunkCount];
        long distances = 0;
        for (int step = 0; step < n - 1; step++) {
            if ((step & 255) == 0) {
                Workers.checkInterrupted();
            }
            int size = m;
            int from = currentId;
            int best;
            if (size >= PARALLEL_MIN && workers.threads() > 1) {
                workers.forEach(Chunks.count(size), c -> {
                    int p = update(points, current, d, dist, parent, ids, from, Chunks.from(c), Chunks.to(c, size));
                    bestP[c] = p;
                    bestD[c] = dist[p];
                });
                best = bestP[0];
                for (int c = 1, count = Chunks.count(size); c < count; c++) {
                    int p = bestP[c];
                    if (bestD[c] < dist[best] || (bestD[c] == dist[best] && ids[p] < ids[best])) {
                        best = p;
                    }
                }
            } else {
                best = update(points, current, d, dist, parent, ids, from, 0, size);
            }
            distances += size;
            ea[step] = parent[best];
            eb[step] = ids[best];
            eh[step] = Math.sqrt(dist[best]);
            currentId = ids[best];
            System.arraycopy(points, best * d, current, 0, d);
            // Move the last remaining row into the freed position.
            int last = m - 1;
            if (best != last) {
                System.arraycopy(points, last * d, points, best * d, d);
                ids[best] = ids[last];
                dist[best] = dist[last];
                parent[best] = parent[last];
            }
            m--;
        }
        return new MergeList(ea, eb, eh, distances);
    }

    /**
     * Lowers the tree distance of positions [from, to) with the row just added ({@code current}, row
     * {@code currentId}) and returns the position with the smallest tree distance (a tie goes to the
     * lower row id). Overwrites {@code dist} and {@code parent} in [from, to).
     */
    static int update(double[] points, double[] current, int d, double[] dist, int[] parent, int[] ids,
            int currentId, int from, int to) {
        int best = from;
        for (int p = from; p < to; p++) {
            int po = p * d;
            double s = 0.0;
            for (int j = 0; j < d; j++) {
                double diff = points[po + j] - current[j];
                s += diff * diff;
            }
            if (s < dist[p]) {
                dist[p] = s;
                parent[p] = currentId;
            }
            if (dist[p] < dist[best] || (dist[p] == dist[best] && ids[p] < ids[best])) {
                best = p;
            }
        }
        return best;
    }
}
