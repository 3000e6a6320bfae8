package io.segmentation.cluster.internal;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A union–find over n elements that many threads may join at once: links by compare-and-set, path
 * halving in {@code find}. A root is always linked under a lower root, so the root of a set is its
 * lowest element and the final sets do not depend on the order or the threads of the unions.
 */
public final class ConcurrentUnionFind {
    private final AtomicIntegerArray parent;

    /** n singleton sets. */
    public ConcurrentUnionFind(int n) {
        parent = new AtomicIntegerArray(n);
        for (int i = 0; i < n; i++) {
            parent.set(i, i);
        }
    }

    /** The root of the set of {@code i}: once all unions are done, its lowest element. */
    public int find(int i) {
        while (true) {
            int p = parent.get(i);
            if (p == i) {
                return i;
            }
            int g = parent.get(p);
            if (g != p) {
                parent.compareAndSet(i, p, g); // path halving; losing the race is harmless
            }
            i = g;
        }
    }

    /** Joins the sets of {@code a} and {@code b}. */
    public void union(int a, int b) {
        while (true) {
            a = find(a);
            b = find(b);
            if (a == b) {
                return;
            }
            if (a < b) {
                int t = a;
                a = b;
                b = t;
            }
            if (parent.compareAndSet(a, a, b)) { // link the higher root under the lower one
                return;
            }
        }
    }
}
