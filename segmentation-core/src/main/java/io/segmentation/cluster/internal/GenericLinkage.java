package io.segmentation.cluster.internal;

import io.segmentation.internal.Workers;
import java.util.Arrays;

/**
 * Complete (max) and average (UPGMA) linkage of Euclidean distances over a packed distance matrix by
 * Müllner's generic algorithm with nearest-neighbour candidates ("Modern hierarchical, agglomerative
 * clustering algorithms", arXiv:1109.2378, 2011, figure 3). Each cluster x keeps a candidate nearest
 * neighbour among the clusters above it and a lower bound of that distance, in a priority queue; the
 * queue's top is merged once its bound is confirmed exact, and stale candidates are recomputed lazily.
 *
 * <p>Unlike the nearest-neighbour chain, the searches read only rows of the packed upper triangle,
 * which are contiguous, and the Lance–Williams update of a merge is applied to the other rows lazily,
 * from a log, when each row is next read: no column of the triangle is ever walked (a cache and TLB
 * miss per element). O(n²) time in practice, n(n − 1)/2 doubles of memory; the initial row scans and,
 * every {@value #SYNC_BATCH} merges, the pending updates of all rows run in parallel.
 *
 * <p>Ties: the queue orders by (bound, slot) and a row search keeps the lowest slot, so every merge
 * joins a closest pair and the result does not depend on the number of threads. The merged cluster
 * lives on in the higher slot.
 */
public final class GenericLinkage {
    /** Merges logged before every alive row applies them, in parallel (no effect on the result). */
    static final int SYNC_BATCH = 256;
    /** Rows per parallel sync task. */
    private static final int SYNC_ROWS = 64;

    private final PackedDistances dist;
    private final boolean average;
    private final Workers workers;
    private final int n;
    private final int[] sizes;
    private final boolean[] alive;
    private final int[] neighbour;   // candidate nearest slot above each slot, -1 for none
    private final double[] bound;    // lower bound of the distance to the nearest slot above
    private final int[] heap;        // slots ordered by (bound, slot)
    private final int[] heapPos;     // position of each slot in the heap, -1 when removed
    private final int[] synced;      // per slot: log entries already applied to its row
    private final int[] logA;        // merge log: slot a merged into slot b, sizes before
    private final int[] logB;
    private final double[] logNa;
    private final double[] logNb;
    private int logLength;
    private int batchStart;
    private int heapSize;
    private long distances;

    private GenericLinkage(PackedDistances dist, boolean average, Workers workers) {
        this.dist = dist;
        this.average = average;
        this.workers = workers;
        this.n = dist.rows();
        this.sizes = new int[n];
        this.alive = new boolean[n];
        this.neighbour = new int[n];
        this.bound = new double[n];
        this.heap = new int[n];
        this.heapPos = new int[n];
        this.synced = new int[n];
        this.logA = new int[n];
        this.logB = new int[n];
        this.logNa = new double[n];
        this.logNb = new double[n];
        Arrays.fill(sizes, 1);
        Arrays.fill(alive, true);
    }

    /**
     * The n − 1 merges of complete or average linkage; {@code dist} is overwritten.
     *
     * @param average true for average linkage, false for complete
     */
    public static MergeList of(PackedDistances dist, boolean average, Workers workers) {
        return new GenericLinkage(dist, average, workers).run();
    }

    private MergeList run() {
        int m = n - 1;
        int[] ma = new int[Math.max(m, 0)];
        int[] mb = new int[Math.max(m, 0)];
        double[] mh = new double[Math.max(m, 0)];
        if (n < 2) {
            return new MergeList(ma, mb, mh, 0);
        }
        int tasks = (n + 63) / 64;
        workers.forEach(tasks, t -> {
            for (int x = t * 64, to = Math.min(n, (t + 1) * 64); x < to; x++) {
                scanRow(x);
            }
        });
        distances += PackedDistances.count(n);
        heapSize = 0;
        for (int x = 0; x < n; x++) {
            heap[heapSize] = x;
            heapPos[x] = heapSize++;
        }
        for (int i = heapSize / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
        for (int step = 0; step < m; step++) {
            if ((step & 255) == 0) {
                Workers.checkInterrupted();
            }
            int a;
            int b;
            double dab;
            while (true) {
                a = heap[0];
                distances += sync(a);
                b = neighbour[a];
                dab = dist.get(dist.index(a, b));
                if (dab == bound[a]) {
                    break; // the bound is exact, and every other bound is at least as large
                }
                scanRow(a);
                distances += n - a - 1;
                update(a);
            }
            ma[step] = a;
            mb[step] = b;
            mh[step] = dab;
            merge(a, b);
            if (workers.threads() > 1 && logLength - batchStart >= SYNC_BATCH) {
                syncAll();
            }
        }
        return new MergeList(ma, mb, mh, distances);
    }

    /**
     * Merges slot a into slot b. Only rows a and b are updated now (contiguously); the columns of the
     * other rows below b are updated lazily by {@link #sync}. That is safe because the new distance
     * d(x, a ∪ b) is at least min(d(x, a), d(x, b)) for both linkages, so every bound stays a lower
     * bound; the one exception is average linkage for a &lt; x &lt; b, where d(x, a) is not in x's row,
     * and there the bound is lowered to d(a, x), read from row a.
     */
    private void merge(int a, int b) {
        distances += sync(b);
        remove(a);
        alive[a] = false;
        double na = sizes[a];
        double nb = sizes[b];
        double total = na + nb;
        long rowA = dist.index(a, a + 1) - (a + 1); // + y gives the pair (a, y), y > a
        if (average) {
            for (int x = a + 1; x < b; x++) {
                if (alive[x]) {
                    double v = dist.get(rowA + x);
                    if (v < bound[x]) {
                        bound[x] = v;
                        update(x);
                    }
                }
            }
        }
        if (b + 1 < n) {
            long rowB = dist.index(b, b + 1) - (b + 1);
            for (int y = b + 1; y < n; y++) {
                if (alive[y]) {
                    double da = dist.get(rowA + y);
                    double db = dist.get(rowB + y);
                    dist.set(rowB + y, average ? (na * da + nb * db) / total : Math.max(da, db));
                }
            }
            distances += n - b - 1;
        }
        for (int x = 0; x < b; x++) {
            if (neighbour[x] == a) {
                neighbour[x] = b; // a is gone; the bound stays a lower bound of d(x, a ∪ b)
            }
        }
        logA[logLength] = a;
        logB[logLength] = b;
        logNa[logLength] = na;
        logNb[logLength] = nb;
        logLength++;
        synced[b] = logLength;
        sizes[b] += sizes[a];
        scanRow(b);
        distances += n - b - 1;
        update(b);
    }

    /**
     * Applies the logged merges to every alive row, in parallel: each row's sync writes only that row,
     * and every row would apply the same merges later anyway, so this changes timing, not values.
     */
    private void syncAll() {
        batchStart = logLength;
        int tasks = (n + SYNC_ROWS - 1) / SYNC_ROWS;
        long[] applied = new long[tasks];
        workers.forEach(tasks, t -> {
            long count = 0;
            for (int x = t * SYNC_ROWS, to = Math.min(n, (t + 1) * SYNC_ROWS); x < to; x++) {
                if (alive[x]) {
                    count += sync(x);
                }
            }
            applied[t] = count;
        });
        for (long count : applied) {
            distances += count;
        }
    }

    /**
     * Applies to row x the merges logged since its last sync: for a merge of a into b with x &lt; b, the
     * pair (x, b) becomes the linkage of x with a ∪ b. Row a was synced before it died and is never
     * written again, so d(a, x) can still be read from it.
     */
    private int sync(int x) {
        int applied = 0;
        for (int e = synced[x]; e < logLength; e++) {
            int a = logA[e];
            int b = logB[e];
            if (x >= b) {
                continue; // rows at or above b were updated when the merge happened
            }
            double da = dist.get(x < a ? dist.index(x, a) : dist.index(a, x));
            long pb = dist.index(x, b);
            double db = dist.get(pb);
            double na = logNa[e];
            double nb = logNb[e];
            dist.set(pb, average ? (na * da + nb * db) / (na + nb) : Math.max(da, db));
            applied++;
        }
        synced[x] = logLength;
        return applied;
    }

    /**
     * Sets the candidate of slot x to its nearest alive slot above it (the lowest in a tie). Row x must
     * be synced (it is at the start, and every caller syncs it first).
     */
    private void scanRow(int x) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        if (x + 1 < n) {
            long base = dist.index(x, x + 1) - (x + 1);
            for (int y = x + 1; y < n; y++) {
                if (alive[y]) {
                    double v = dist.get(base + y);
                    if (v < bestD) {
                        bestD = v;
                        best = y;
                    }
                }
            }
        }
        neighbour[x] = best;
        bound[x] = bestD;
    }

    private boolean less(int x, int y) {
        return bound[x] < bound[y] || (bound[x] == bound[y] && x < y);
    }

    /** Restores the heap after the bound of slot x changed either way. */
    private void update(int x) {
        int i = heapPos[x];
        if (i < 0) {
            return;
        }
        siftUp(i);
        siftDown(heapPos[x]);
    }

    private void remove(int x) {
        int i = heapPos[x];
        int last = heap[--heapSize];
        heapPos[x] = -1;
        if (i < heapSize) {
            heap[i] = last;
            heapPos[last] = i;
            siftUp(i);
            siftDown(heapPos[last]);
        }
    }

    private void siftUp(int i) {
        int x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!less(x, p)) {
                break;
            }
            heap[i] = p;
            heapPos[p] = i;
            i = parent;
        }
        heap[i] = x;
        heapPos[x] = i;
    }

    private void siftDown(int i) {
        int x = heap[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= heapSize) {
                break;
            }
            if (c + 1 < heapSize && less(heap[c + 1], heap[c])) {
                c++;
            }
            if (!less(heap[c], x)) {
                break;
            }
            heap[i] = heap[c];
            heapPos[heap[i]] = i;
            i = c;
        }
        heap[i] = x;
        heapPos[x] = i;
    }
}
