package io.segmentation.cluster;

import io.segmentation.internal.Chunks;
import io.segmentation.cluster.internal.BlockDistances;
import io.segmentation.cluster.internal.Kernels;
import io.segmentation.internal.Workers;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One k-means fit over one data array: seeding, Lloyd or Hamerly iterations, mini-batches. Mutable,
 * lives only inside {@link KMeans#fit}; its buffers are made once and reused by every restart and
 * iteration. Every parallel pass writes per-chunk partials that are reduced here in chunk order.
 */
final class KMeansRun {
    /** Hamerly's pruning test keeps this relative margin, so that rounding never decides a near tie. */
    private static final double PRUNE_MARGIN = 1.0 - 1e-12;
    /** Mini-batch stops when the smoothed batch inertia has not improved for this many batches. */
    private static final int MINI_BATCH_PATIENCE = 10;
    /** Elkan keeps n·k bounds; above this many (256 MB) the run uses Hamerly's n bounds instead. */
    static final long ELKAN_MAX_BOUNDS = 1L << 25;

    static final class Result {
        double[] centres;
        int[] labels;
        double inertia;
        double[] objective;
        long[] reassignments;
        long distances;
        boolean converged;
    }

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final KMeans config;
    private final Workers workers;
    private final int chunks;
    private final double tolAbs;
    private final BlockDistances blocks = BlockDistances.get();

    /** Each chunk's slice of {@link #chunkSums}, and of the counts and norms: padded, see {@link #padded}. */
    private final int sumStride;
    private final int countStride;
    private final double[] chunkSums;
    private final long[] chunkCounts;
    private final double[] chunkInertia;
    private final long[] chunkChanged;
    private final long[] chunkDistances;
    /** Each row's squared distance to its centre, made only when needed (mini-batch, an empty cluster). */
    private double[] distances;
    private final double[] sums;
    private final long[] counts;
    private final double[] chunkNorms;
    private final double[] norms;
    private final double[] rowNorms;
    /**
     * The rows in feature-major blocks ({@link BlockDistances#blocked}): passes over all rows read these.
     * Null for mini-batch.
     */
    private final double[] blocked;

    KMeansRun(double[] x, int n, int d, int k, KMeans config, Workers workers) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.k = k;
        this.config = config;
        this.workers = workers;
        this.chunks = Chunks.count(n);
        this.sumStride = padded(k * d);
        this.countStride = padded(k);
        this.chunkSums = new double[chunks * sumStride];
        this.chunkCounts = new long[chunks * countStride];
        this.chunkInertia = new double[chunks];
        this.chunkChanged = new long[chunks];
        this.chunkDistances = new long[chunks];
        this.sums = new double[k * d];
        this.counts = new long[k];
        this.chunkNorms = new double[chunks * countStride];
        this.norms = new double[k];
        // ‖x_i‖², summed in j order as before, once per fit: every row moves in the first iteration.
        this.rowNorms = new double[n];
        // One copy of the data for the fit (as scikit-learn's copy_x): measuring blocks in place instead of
        // gathering their rows first takes a pass at 1M × 16 from 19 to 13 ms (docs/performance.md). Mini-batch
        // never passes over all rows while fitting, and is for data too large to copy.
        boolean miniBatch = config.refinement() == KMeans.Algorithm.MINI_BATCH;
        this.blocked = miniBatch ? null : BlockDistances.blocked(n, d);
        workers.forEachChunk(n, ch -> {
            if (blocked != null) {
                BlockDistances.fillBlocked(x, d, Chunks.from(ch), Chunks.to(ch, n), blocked);
            }
            for (int i = Chunks.from(ch), to = Chunks.to(ch, n); i < to; i++) {
                int xo = i * d;
                double norm = 0.0;
                for (int j = 0; j < d; j++) {
                    norm += x[xo + j] * x[xo + j];
                }
                rowNorms[i] = norm;
            }
        });
        this.tolAbs = config.tolerance() * meanVariance();
    }

    /**
     * The mean over features of their variance (scikit-learn's scale for the tolerance), in one pass:
     * sums of x − x₀ and (x − x₀)² about the first row, which keeps the subtraction free of cancellation,
     * reduced in chunk order.
     */
    private double meanVariance() {
        int stride = padded(2 * d);
        double[] partial = new double[chunks * stride];
        workers.forEachChunk(n, ch -> {
            int o = ch * stride;
            for (int i = Chunks.from(ch), to = Chunks.to(ch, n); i < to; i++) {
                for (int j = 0; j < d; j++) {
                    double v = x[i * d + j] - x[j];
                    partial[o + j] += v;
                    partial[o + d + j] += v * v;
                }
            }
        });
        double total = 0.0;
        for (int j = 0; j < d; j++) {
            double s = 0.0;
            double ss = 0.0;
            for (int ch = 0; ch < chunks; ch++) {
                s += partial[ch * stride + j];
                ss += partial[ch * stride + d + j];
            }
            double mean = s / n;
            total += Math.max(ss / n - mean * mean, 0.0);
        }
        return total / d;
    }

    /**
     * The length of a chunk's slice of a shared partials array holding {@code m} values: rounded up to whole
     * 64-byte lines plus one line, so that two chunks summed at the same time on two threads never write to
     * the same cache line (false sharing made every row's update cross between the cores).
     */
    private static int padded(int m) {
        return (m + 7) / 8 * 8 + 8;
    }

    Result run(SplittableRandom random, double[] initialCentres, String stage) {
        Result result = new Result();
        if (config.refinement() == KMeans.Algorithm.MINI_BATCH) {
            miniBatch(random, initialCentres, stage, result);
        } else {
            double[] centres;
            if (initialCentres != null) {
                centres = initialCentres.clone();
            } else {
                centres = new double[k * d];
                result.distances += seed(random, x, blocked, n, centres);
            }
            KMeans.Algorithm mode = config.refinement();
            if (mode == KMeans.Algorithm.ELKAN && (long) n * k > ELKAN_MAX_BOUNDS) {
                mode = KMeans.Algorithm.HAMERLY; // the same iterations with n bounds instead of n·k
            }
            iterate(centres, mode, stage, result);
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------
    // Greedy k-means++ seeding

    /**
     * Writes k centres chosen by greedy k-means++ from the m rows of {@code xs} (also laid out as
     * {@code xsBlocked}) into {@code centres}; returns the number of distances computed.
     */
    long seed(SplittableRandom random, double[] xs, double[] xsBlocked, int m, double[] centres) {
        int candidates = config.seedingCandidates();
        int seedChunks = Chunks.count(m);
        double[] closest = new double[m];
        double[] chunkPotential = new double[seedChunks];
        double[] candidatePotential = new double[seedChunks * candidates];
        double[] candidateRows = new double[candidates * d];
        double[] candidateDistances = new double[candidates * m];
        long computed = 0;

        int first = random.nextInt(m);
        System.arraycopy(xs, first * d, centres, 0, d);
        Arrays.fill(closest, Double.POSITIVE_INFINITY);
        workers.forEach(seedChunks, ch -> chunkPotential[ch] =
                Kernels.minDistances(xs, centres, 0, d, closest, Chunks.from(ch), Chunks.to(ch, m)));
        computed += m;
        for (int c = 1; c < k; c++) {
            double potential = 0.0;
            for (int ch = 0; ch < seedChunks; ch++) {
                potential += chunkPotential[ch];
            }
            for (int l = 0; l < candidates; l++) {
                int row = potential > 0.0 ? sample(random.nextDouble() * potential, closest, chunkPotential, m)
                        : random.nextInt(m); // every row already sits on a centre: any row will do
                System.arraycopy(xs, row * d, candidateRows, l * d, d);
            }
            // Each candidate's distances are kept, so the chosen one needs no second pass of distances.
            workers.forEach(seedChunks, this::newBlock, (block, ch) -> candidateChunk(block, xsBlocked, m,
                    candidateRows, candidates, closest, candidateDistances, candidatePotential, ch));
            computed += (long) m * candidates;
            int best = 0;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int l = 0; l < candidates; l++) {
                double p = 0.0;
                for (int ch = 0; ch < seedChunks; ch++) {
                    p += candidatePotential[ch * candidates + l];
                }
                if (p < bestPotential) { // strict: the first drawn candidate wins a tie
                    bestPotential = p;
                    best = l;
                }
            }
            System.arraycopy(candidateRows, best * d, centres, c * d, d);
            int chosen = best;
            workers.forEach(seedChunks, ch -> {
                double sum = 0.0;
                for (int i = Chunks.from(ch), to = Chunks.to(ch, m); i < to; i++) {
                    double near = Math.min(candidateDistances[i * candidates + chosen], closest[i]);
                    closest[i] = near;
                    sum += near;
                }
                chunkPotential[ch] = sum;
            });
        }
        return computed;
    }

    /**
     * Greedy k-means++'s candidate step for chunk {@code ch} of the m rows laid out in {@code xsBlocked}: each row's
     * squared distance to each candidate goes to {@code out[i * candidates + l]}, and min(that,
     * {@code closest[i]}) is summed, in row order, into {@code potential[ch * candidates + l]}. Each row is
     * read once for all candidates.
     */
    private void candidateChunk(Block buffers, double[] xsBlocked, int m, double[] candidateRows, int candidates,
            double[] closest, double[] out, double[] potential, int ch) {
        int po = ch * candidates;
        Arrays.fill(potential, po, po + candidates, 0.0);
        double[] block = buffers.distances;
        for (int from = Chunks.from(ch), to = Chunks.to(ch, m); from < to; from += BlockDistances.ROWS) {
            int rowCount = Math.min(BlockDistances.ROWS, to - from);
            blocks.distancesOfBlock(xsBlocked, from * d, d, rowCount, candidateRows, candidates, block);
            for (int l = 0; l < candidates; l++) {
                // Each candidate's running sum stays in a register over the block, still in row order.
                int bo = l * BlockDistances.ROWS;
                double sum = potential[po + l];
                for (int r = 0; r < rowCount; r++) {
                    double s = block[bo + r];
                    double near = closest[from + r];
                    out[(from + r) * candidates + l] = s;
                    sum += Math.min(s, near); // branch-free: which one is smaller is a coin toss per row
                }
                potential[po + l] = sum;
            }
        }
    }

    /** The row at which the running sum of {@code weights} first exceeds {@code u}, walking chunk sums first. */
    private static int sample(double u, double[] weights, double[] chunkSums, int m) {
        int count = chunkSums.length;
        double acc = 0.0;
        int ch = 0;
        while (ch < count - 1 && acc + chunkSums[ch] <= u) {
            acc += chunkSums[ch];
            ch++;
        }
        int last = -1;
        for (int i = Chunks.from(ch), to = Chunks.to(ch, m); i < to; i++) {
            if (weights[i] > 0.0) {
                last = i;
                acc += weights[i];
                if (acc > u) {
                    return i;
                }
            }
        }
        if (last >= 0) {
            return last; // rounding left u just past the chunk's end
        }
        for (int i = m - 1; i >= 0; i--) { // this chunk has no weight at all: the last row that has
            if (weights[i] > 0.0) {
                return i;
            }
        }
        return m - 1;
    }

    // ---------------------------------------------------------------------------------------------
    // Lloyd and Hamerly iterations
    //
    // Each chunk keeps per-cluster sums of its rows, their squared norms and counts, and updates them
    // only for the rows that change cluster (Hamerly's incremental update). Lloyd does exactly the same
    // updates in the same order, so both reach bit-for-bit the same centres; a pruned row costs Hamerly
    // no distance and no addition. The objective of an iteration comes from these sums,
    // Σ_c (Σ‖x‖² − 2·c·Σx + n_c·‖c‖²), so that it needs no distance either.

    private void iterate(double[] centres, KMeans.Algorithm mode, String stage, Result result) {
        boolean hamerly = mode != KMeans.Algorithm.LLOYD;
        boolean elkan = mode == KMeans.Algorithm.ELKAN;
        int maxIterations = config.maxIterations();
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        double[] upper = hamerly ? new double[n] : null;
        double[] lower = hamerly ? new double[elkan ? n * k : n] : null;
        double[] half = hamerly ? new double[k] : null;
        double[] between = elkan ? new double[k * k] : null;
        double[] move = new double[k];
        double[] objective = new double[maxIterations];
        long[] reassignments = new long[maxIterations];
        double[] next = new double[k * d];
        Arrays.fill(chunkSums, 0.0);
        Arrays.fill(chunkCounts, 0L);
        Arrays.fill(chunkNorms, 0.0);
        int iterations = 0;
        boolean converged = false;
        boolean finalPass = true;
        long computed = result.distances;

        for (int it = 0; it < maxIterations; it++) {
            boolean first = it == 0;
            computed += pass(centres, labels, upper, lower, half, between, move, mode, first);
            long changed = 0;
            for (int ch = 0; ch < chunks; ch++) {
                changed += chunkChanged[ch];
            }
            reduce();
            objective[it] = objective(centres);
            reassignments[it] = changed;
            iterations = it + 1;
            config.progress().progress(stage, iterations, maxIterations);
            if (!first && changed == 0) {
                // The centres are the means of these very labels, and the labels are nearest to them.
                converged = true;
                finalPass = false;
                break;
            }
            double shift = update(centres, next, labels, upper, lower, move, it + 1);
            if (shift <= tolAbs) {
                converged = true;
                break;
            }
        }
        if (finalPass) {
            // One more assignment to the last centres, so that labels, centres and predict agree.
            computed += pass(centres, labels, upper, lower, half, between, move, mode, false);
        }
        workers.forEachChunk(n, ch -> {
            double s = 0.0;
            for (int i = Chunks.from(ch), to = Chunks.to(ch, n); i < to; i++) {
                s += Kernels.squaredDistance(x, i, centres, labels[i], d);
            }
            chunkInertia[ch] = s;
        });
        computed += n;
        double inertia = 0.0;
        for (int ch = 0; ch < chunks; ch++) {
            inertia += chunkInertia[ch];
        }
        result.centres = centres;
        result.labels = labels;
        result.inertia = inertia;
        result.objective = Arrays.copyOf(objective, iterations);
        result.reassignments = Arrays.copyOf(reassignments, iterations);
        result.distances = computed;
        result.converged = converged;
    }

    /**
     * Assigns every row to its nearest centre (Lloyd: all k distances; Hamerly: bounds first) and moves
     * the rows that change cluster between the chunk sums; returns the number of distances computed.
     */
    private long pass(double[] centres, int[] labels, double[] upper, double[] lower, double[] half,
            double[] between, double[] move, KMeans.Algorithm mode, boolean first) {
        boolean hamerly = mode != KMeans.Algorithm.LLOYD;
        boolean elkan = mode == KMeans.Algorithm.ELKAN;
        int r1 = 0;
        double p1 = 0.0;
        double p2 = 0.0;
        if (hamerly) {
            halfDistances(centres, half, between);
            for (int c = 0; c < k; c++) {
                if (move[c] > p1) {
                    p2 = p1;
                    p1 = move[c];
                    r1 = c;
                } else if (move[c] > p2) {
                    p2 = move[c];
                }
            }
        }
        int far = r1;
        double farMove = p1;
        double secondMove = p2;
        workers.forEachChunk(n, this::newBlock, (block, ch) -> {
            int from = Chunks.from(ch);
            int to = Chunks.to(ch, n);
            if (!hamerly || (first && !elkan)) {
                allRows(block, centres, labels, upper, lower, ch, from, to);
            } else if (elkan) {
                elkanRows(centres, labels, upper, lower, half, between, move, first, ch, from, to);
            } else {
                hamerlyRows(block, centres, labels, upper, lower, half, move, far, farMove, secondMove, ch, from,
                        to);
            }
        });
        long computed = 0;
        for (int ch = 0; ch < chunks; ch++) {
            computed += chunkDistances[ch];
        }
        return computed;
    }

    /** Moves row {@code i} from cluster {@code a} (or none, -1) to {@code b} in chunk {@code ch}'s sums. */
    private void transfer(int i, int a, int b, int ch) {
        transfer(x, i * d, 1, i, a, b, ch);
    }

    /**
     * {@link #transfer(int, int, int, int)} reading the row from {@link #blocked}, where a pass over whole
     * blocks has just read it (the row-major copy of it is not in the cache then). Same values, same order.
     */
    private void transferFromBlock(int i, int a, int b, int ch) {
        int block = i / BlockDistances.ROWS * BlockDistances.ROWS * d;
        transfer(blocked, block + BlockDistances.at(i % BlockDistances.ROWS, 0, d), BlockDistances.GROUP, i, a, b,
                ch);
    }

    /** The transfer of row {@code i}, whose value j is {@code values[start + j * stride]}. */
    private void transfer(double[] values, int start, int stride, int i, int a, int b, int ch) {
        double norm = rowNorms[i];
        int so = ch * sumStride;
        int co = ch * countStride;
        if (a >= 0) {
            int o = so + a * d;
            for (int j = 0; j < d; j++) {
                chunkSums[o + j] -= values[start + j * stride];
            }
            chunkCounts[co + a]--;
            chunkNorms[co + a] -= norm;
        }
        int o = so + b * d;
        for (int j = 0; j < d; j++) {
            chunkSums[o + j] += values[start + j * stride];
        }
        chunkCounts[co + b]++;
        chunkNorms[co + b] += norm;
    }

    /**
     * Lloyd's pass over one chunk, and Hamerly's first: every row to its nearest centre, the blocks of
     * rows as they lie in {@link #blocked}; Hamerly's bounds (when given) are set from the distances.
     */
    private void allRows(Block block, double[] centres, int[] labels, double[] upper, double[] lower, int ch,
            int from, int to) {
        long changed = 0;
        for (int start = from; start < to; start += BlockDistances.ROWS) {
            int m = BlockDistances.range(block.rows, start, to);
            blocks.nearestOfBlock(blocked, start * d, d, m, centres, k, block.distances, block.best,
                    block.bestDist, block.secondDist);
            changed += block.settle(labels, upper, lower, m, ch, true);
        }
        chunkChanged[ch] = changed;
        chunkDistances[ch] = (long) (to - from) * k;
    }

    /**
     * Hamerly's pass over one chunk after the first: bounds first, the distance to the own centre next; the
     * rows that pass neither test are gathered into blocks and measured against all k centres. Rows change
     * cluster in row order, as in Lloyd's pass, so both move the same rows between the same sums in the
     * same order.
     */
    private void hamerlyRows(Block block, double[] centres, int[] labels, double[] upper, double[] lower,
            double[] half, double[] move, int far, double farMove, double secondMove, int ch, int from, int to) {
        long changed = 0;
        long computed = 0;
        int m = 0;
        for (int i = from; i < to; i++) {
            int a = labels[i];
            double u = upper[i] + move[a];
            double low = lower[i] - (a == far ? secondMove : farMove);
            double z = Math.max(low, half[a]) * PRUNE_MARGIN;
            if (u < z) {
                upper[i] = u;
                lower[i] = low;
                continue;
            }
            u = Math.sqrt(Kernels.squaredDistance(x, i, centres, a, d));
            computed++;
            if (u < z) {
                upper[i] = u;
                lower[i] = low;
                continue;
            }
            block.rows[m++] = i;
            if (m == BlockDistances.ROWS) {
                changed += block.assign(centres, labels, upper, lower, m, ch);
                computed += (long) m * k;
                m = 0;
            }
        }
        if (m > 0) {
            changed += block.assign(centres, labels, upper, lower, m, ch);
            computed += (long) m * k;
        }
        chunkChanged[ch] = changed;
        chunkDistances[ch] = computed;
    }

    /** A thread's buffers for blocks of rows: made once per thread and pass, see {@link Workers#forEach}. */
    private Block newBlock() {
        return new Block();
    }

    /** The buffers of one thread's blocks of rows. */
    private final class Block {
        final int[] rows = new int[BlockDistances.ROWS];
        final double[] scratch = new double[BlockDistances.ROWS * d];
        final int[] best = new int[BlockDistances.ROWS];
        final double[] bestDist = new double[BlockDistances.ROWS];
        final double[] secondDist = new double[BlockDistances.ROWS];
        /** Each row's squared distance to each centre, or to each seeding candidate. */
        final double[] distances = new double[BlockDistances.ROWS * Math.max(k, config.seedingCandidates())];

        /**
         * Moves each of the first m listed rows to its nearest centre (in list order) and, for Hamerly,
         * resets its bounds; returns how many changed cluster.
         */
        long assign(double[] centres, int[] labels, double[] upper, double[] lower, int m, int ch) {
            blocks.nearest(x, d, rows, m, centres, k, scratch, distances, best, bestDist, secondDist);
            return settle(labels, upper, lower, m, ch, false);
        }

        /**
         * Moves each of the first m listed rows to the nearest centre found for it in {@link #best} (in list
         * order) and, for Hamerly, resets its bounds; returns how many changed cluster. The rows are a whole
         * block of {@link #blocked} or, when {@code inPlace} is false, rows listed from {@link #x}.
         */
        long settle(int[] labels, double[] upper, double[] lower, int m, int ch, boolean inPlace) {
            long changed = 0;
            for (int r = 0; r < m; r++) {
                int i = rows[r];
                if (upper != null) {
                    upper[i] = Math.sqrt(bestDist[r]);
                    lower[i] = Math.sqrt(secondDist[r]);
                }
                int b = best[r];
                if (b != labels[i]) {
                    if (inPlace) {
                        transferFromBlock(i, labels[i], b, ch);
                    } else {
                        transfer(i, labels[i], b, ch);
                    }
                    labels[i] = b;
                    changed++;
                }
            }
            return changed;
        }
    }

    /** Clears chunk {@code ch}'s partials and adds its rows to them; also sums their squared distances. */
    private void accumulate(int[] labels, int ch, int from, int to) {
        int so = ch * sumStride;
        int co = ch * countStride;
        Arrays.fill(chunkSums, so, so + k * d, 0.0);
        Arrays.fill(chunkCounts, co, co + k, 0L);
        Kernels.sumRows(x, d, labels, from, to, chunkSums, so, chunkCounts, co);
        double s = 0.0;
        for (int i = from; i < to; i++) {
            s += distances[i];
        }
        chunkInertia[ch] = s;
    }

    /**
     * Elkan's pass over one chunk: a lower bound per row and centre, so that of the rows whose own bound
     * fails only the centres that could be nearer are measured. The centres are scanned in index order
     * and a tie of squared distances goes to the lower index, as in Lloyd's scan.
     */
    private void elkanRows(double[] centres, int[] labels, double[] upper, double[] lower, double[] half,
            double[] between, double[] move, boolean first, int ch, int from, int to) {
        long changed = 0;
        long computed = 0;
        for (int i = from; i < to; i++) {
            int lo = i * k;
            int a = labels[i];
            if (first) {
                int best = 0;
                double bestSq = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double sq = Kernels.squaredDistance(x, i, centres, c, d);
                    lower[lo + c] = Math.sqrt(sq);
                    if (sq < bestSq) {
                        bestSq = sq;
                        best = c;
                    }
                }
                computed += k;
                upper[i] = Math.sqrt(bestSq);
                transfer(i, a, best, ch);
                labels[i] = best;
                changed++;
                continue;
            }
            for (int c = 0; c < k; c++) {
                double l = lower[lo + c] - move[c];
                lower[lo + c] = l > 0.0 ? l : 0.0;
            }
            double u = upper[i] + move[a];
            if (u < half[a] * PRUNE_MARGIN) {
                upper[i] = u;
                continue;
            }
            int best = a;
            double bestSq = 0.0;
            boolean tight = false;
            for (int c = 0; c < k; c++) {
                if (c == best) {
                    continue;
                }
                double z = Math.max(lower[lo + c], 0.5 * between[best * k + c]) * PRUNE_MARGIN;
                if (u < z) {
                    continue;
                }
                if (!tight) {
                    bestSq = Kernels.squaredDistance(x, i, centres, best, d);
                    computed++;
                    u = Math.sqrt(bestSq);
                    lower[lo + best] = u;
                    tight = true;
                    if (u < z) {
                        continue;
                    }
                }
                double sq = Kernels.squaredDistance(x, i, centres, c, d);
                computed++;
                lower[lo + c] = Math.sqrt(sq);
                if (sq < bestSq || (sq == bestSq && c < best)) {
                    best = c;
                    bestSq = sq;
                    u = lower[lo + c];
                }
            }
            upper[i] = u;
            if (best != a) {
                transfer(i, a, best, ch);
                labels[i] = best;
                changed++;
            }
        }
        chunkChanged[ch] = changed;
        chunkDistances[ch] = computed;
    }

    /**
     * Half the distance from each centre to its nearest other centre (+∞ when k = 1), and when
     * {@code between} is given, every centre-to-centre distance (k×k).
     */
    private void halfDistances(double[] centres, double[] half, double[] between) {
        Arrays.fill(half, Double.POSITIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double dist = Math.sqrt(Kernels.squaredDistance(centres, a, centres, b, d));
                if (between != null) {
                    between[a * k + b] = dist;
                    between[b * k + a] = dist;
                }
                double h = 0.5 * dist;
                if (h < half[a]) {
                    half[a] = h;
                }
                if (h < half[b]) {
                    half[b] = h;
                }
            }
        }
    }

    /** Sums the chunk partials in chunk order into {@link #sums}, {@link #counts} and {@link #norms}. */
    private void reduce() {
        Arrays.fill(sums, 0.0);
        Arrays.fill(counts, 0L);
        Arrays.fill(norms, 0.0);
        int kd = k * d;
        for (int ch = 0; ch < chunks; ch++) {
            int so = ch * sumStride;
            for (int q = 0; q < kd; q++) {
                sums[q] += chunkSums[so + q];
            }
            for (int c = 0; c < k; c++) {
                counts[c] += chunkCounts[ch * countStride + c];
                norms[c] += chunkNorms[ch * countStride + c];
            }
        }
    }

    /** The inertia of the current labels about {@code centres}, from the reduced sums. */
    private double objective(double[] centres) {
        double total = 0.0;
        for (int c = 0; c < k; c++) {
            double dot = 0.0;
            double cc = 0.0;
            for (int j = 0; j < d; j++) {
                double v = centres[c * d + j];
                dot += v * sums[c * d + j];
                cc += v * v;
            }
            total += norms[c] - 2.0 * dot + counts[c] * cc;
        }
        return Math.max(total, 0.0);
    }

    /**
     * Moves every centre to the mean of its rows (from the reduced sums), after handling empty clusters
     * per policy. Writes each centre's movement to {@code move}; returns the summed squared movement.
     */
    private double update(double[] centres, double[] next, int[] labels, double[] upper, double[] lower,
            double[] move, int iteration) {
        reseedEmpty(centres, labels, upper, lower, iteration);
        int kd = k * d;
        double shift = 0.0;
        for (int c = 0; c < k; c++) {
            double m = 0.0;
            for (int j = 0; j < d; j++) {
                int q = c * d + j;
                // A donor left with no rows keeps its centre where it was.
                double v = counts[c] > 0 ? sums[q] / counts[c] : centres[q];
                double diff = v - centres[q];
                m += diff * diff;
                next[q] = v;
            }
            move[c] = Math.sqrt(m);
            shift += m;
        }
        System.arraycopy(next, 0, centres, 0, kd);
        return shift;
    }

    /**
     * Applies the empty-cluster policy: each empty cluster takes the row farthest from its centre (a tie
     * goes to the lower row), which leaves its donor; the sums are then reduced again.
     */
    private void reseedEmpty(double[] centres, int[] labels, double[] upper, double[] lower, int iteration) {
        int empty = -1;
        for (int c = 0; c < k && empty < 0; c++) {
            if (counts[c] == 0) {
                empty = c;
            }
        }
        if (empty < 0) {
            return;
        }
        if (config.emptyCluster() == KMeans.EmptyCluster.ERROR) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "cluster %d became empty in iteration %d (emptyCluster=ERROR); use RESEED_FARTHEST, "
                            + "a smaller k, or data with at least k distinct rows", empty, iteration));
        }
        double[] distances = distances();
        workers.forEachChunk(n, ch -> {
            for (int i = Chunks.from(ch), to = Chunks.to(ch, n); i < to; i++) {
                distances[i] = Kernels.squaredDistance(x, i, centres, labels[i], d);
            }
        });
        for (int c = empty; c < k; c++) {
            if (counts[c] != 0) {
                continue;
            }
            int row = farthestRow();
            transfer(row, labels[row], c, row / Chunks.SIZE);
            counts[labels[row]]--;
            counts[c]++;
            labels[row] = c;
            if (upper != null) {
                upper[row] = Double.POSITIVE_INFINITY; // its bounds were about another assignment
                if (lower.length == n) {
                    lower[row] = 0.0;
                } else {
                    Arrays.fill(lower, row * k, row * k + k, 0.0);
                }
            }
        }
        reduce();
    }

    /** {@link #distances}, made on first use (by the calling thread, before any task reads it). */
    private double[] distances() {
        if (distances == null) {
            distances = new double[n];
        }
        return distances;
    }

    /** The row with the largest {@link #distances} entry (a tie goes to the lower row), then marked taken. */
    private int farthestRow() {
        int row = 0;
        double farthest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (distances[i] > farthest) {
                farthest = distances[i];
                row = i;
            }
        }
        distances[row] = Double.NEGATIVE_INFINITY; // a second empty cluster takes another row
        return row;
    }

    // ---------------------------------------------------------------------------------------------
    // Mini-batch

    private void miniBatch(SplittableRandom random, double[] initialCentres, String stage, Result result) {
        int batch = Math.min(config.batchSize(), n);
        int maxIterations = config.maxIterations();
        double[] centres;
        long computed = 0;
        if (initialCentres != null) {
            centres = initialCentres.clone();
        } else {
            // Seed on a random sample of 3 batches (at least k rows), as scikit-learn does.
            int m = Math.min(n, Math.max(3 * batch, k));
            double[] sample = new double[m * d];
            for (int s = 0; s < m; s++) {
                System.arraycopy(x, random.nextInt(n) * d, sample, s * d, d);
            }
            double[] sampleBlocked = BlockDistances.blocked(m, d);
            BlockDistances.fillBlocked(sample, d, 0, m, sampleBlocked);
            centres = new double[k * d];
            computed += seed(random, sample, sampleBlocked, m, centres);
        }
        long[] seen = new long[k];
        double[] batchSums = new double[k * d];
        long[] batchCounts = new long[k];
        double[] objective = new double[maxIterations];
        double alpha = Math.min(1.0, 2.0 * batch / (n + 1.0));
        double smoothed = 0.0;
        double best = Double.POSITIVE_INFINITY;
        int stale = 0;
        int iterations = 0;
        boolean converged = false;
        for (int step = 0; step < maxIterations; step++) {
            Workers.checkInterrupted();
            Arrays.fill(batchSums, 0.0);
            Arrays.fill(batchCounts, 0L);
            double batchInertia = 0.0;
            for (int b = 0; b < batch; b++) {
                int i = random.nextInt(n);
                int c = 0;
                double bestDist = Double.POSITIVE_INFINITY;
                for (int cc = 0; cc < k; cc++) {
                    double s = Kernels.squaredDistance(x, i, centres, cc, d);
                    if (s < bestDist) {
                        bestDist = s;
                        c = cc;
                    }
                }
                batchInertia += bestDist;
                batchCounts[c]++;
                for (int j = 0; j < d; j++) {
                    batchSums[c * d + j] += x[i * d + j];
                }
            }
            computed += (long) batch * k;
            for (int c = 0; c < k; c++) {
                if (batchCounts[c] == 0) {
                    continue;
                }
                // The centre is the running mean of every row it has been given (Sculley's per-centre rate).
                long total = seen[c] + batchCounts[c];
                double keep = (double) seen[c] / total;
                for (int j = 0; j < d; j++) {
                    int q = c * d + j;
                    centres[q] = centres[q] * keep + batchSums[q] / total;
                }
                seen[c] = total;
            }
            double estimate = batchInertia / batch * n;
            objective[step] = estimate;
            iterations = step + 1;
            config.progress().progress(stage, iterations, maxIterations);
            smoothed = step == 0 ? estimate : smoothed * (1.0 - alpha) + estimate * alpha;
            if (smoothed < best) {
                best = smoothed;
                stale = 0;
            } else if (++stale >= MINI_BATCH_PATIENCE) {
                converged = true;
                break;
            }
        }
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        double inertia = 0.0;
        double[] distances = distances();
        for (int attempt = 0; attempt <= k; attempt++) {
            workers.forEachChunk(n, ch -> {
                int from = Chunks.from(ch);
                int to = Chunks.to(ch, n);
                Kernels.assignRows(x, centres, d, k, labels, distances, from, to);
                accumulate(labels, ch, from, to);
            });
            computed += (long) n * k;
            Arrays.fill(counts, 0L);
            inertia = 0.0;
            for (int ch = 0; ch < chunks; ch++) {
                inertia += chunkInertia[ch];
                for (int c = 0; c < k; c++) {
                    counts[c] += chunkCounts[ch * countStride + c];
                }
            }
            boolean empty = false;
            for (int c = 0; c < k && !empty; c++) {
                empty = counts[c] == 0;
            }
            if (!empty || attempt == k) {
                break;
            }
            if (config.emptyCluster() == KMeans.EmptyCluster.ERROR) {
                for (int c = 0; c < k; c++) {
                    if (counts[c] == 0) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT,
                                "cluster %d is empty after %d mini-batches (emptyCluster=ERROR); use "
                                        + "RESEED_FARTHEST, a smaller k, or data with at least k distinct rows",
                                c, iterations));
                    }
                }
            }
            // Move each empty centre onto the farthest row, then assign again.
            for (int c = 0; c < k; c++) {
                if (counts[c] == 0) {
                    int row = farthestRow();
                    System.arraycopy(x, row * d, centres, c * d, d);
                }
            }
        }
        result.centres = centres;
        result.labels = labels;
        result.inertia = inertia;
        result.objective = Arrays.copyOf(objective, iterations);
        result.reassignments = new long[0];
        result.distances = computed;
        result.converged = converged;
    }
}
