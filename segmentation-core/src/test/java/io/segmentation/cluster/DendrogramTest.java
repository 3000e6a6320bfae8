package io.segmentation.cluster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segmentation.cluster.internal.MergeList;
import io.segmentation.io.StateReader;
import org.junit.jupiter.api.Test;

final class DendrogramTest {

    /**
     * Five rows, merges found out of height order (as the nearest-neighbour chain does), named by any
     * row of each cluster: {3,4} at 1.0, {0,1} at 0.5, {0,1} with 2 at 2.0, everything at 3.0.
     * Sorted: (0,1)@0.5 → id 5, (3,4)@1 → id 6, (2,5)@2 → id 7, (6,7)@3 → id 8.
     */
    static Dendrogram example() {
        MergeList merges = new MergeList(new int[] {4, 1, 2, 0}, new int[] {3, 0, 1, 3},
                new double[] {1.0, 0.5, 2.0, 3.0}, 0);
        return Dendrogram.of(5, merges);
    }

    @Test
    void merges_are_sorted_by_height_and_numbered_like_scipy() {
        Dendrogram tree = example();
        assertEquals(5, tree.leaves());
        assertEquals(4, tree.merges());
        assertArrayEquals(new double[][] {{0, 1, 0.5, 2}, {3, 4, 1.0, 2}, {2, 5, 2.0, 3}, {6, 7, 3.0, 5}},
                tree.linkageMatrix());
        assertArrayEquals(new double[] {0.5, 1.0, 2.0, 3.0}, tree.heights());
    }

    @Test
    void cut_to_clusters_applies_the_lowest_merges() {
        Dendrogram tree = example();
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, tree.cutToClusters(5));
        assertArrayEquals(new int[] {0, 0, 1, 2, 3}, tree.cutToClusters(4));
        assertArrayEquals(new int[] {0, 0, 1, 2, 2}, tree.cutToClusters(3));
        assertArrayEquals(new int[] {0, 0, 0, 1, 1}, tree.cutToClusters(2));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, tree.cutToClusters(1));
    }

    @Test
    void cut_at_height_includes_merges_at_that_height() {
        Dendrogram tree = example();
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, tree.cutAtHeight(0.49));
        assertArrayEquals(new int[] {0, 0, 1, 2, 3}, tree.cutAtHeight(0.5));
        assertArrayEquals(new int[] {0, 0, 0, 1, 1}, tree.cutAtHeight(2.5));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, tree.cutAtHeight(3.0));
        assertEquals(3, tree.clustersAtHeight(1.0));
    }

    @Test
    void labels_are_numbered_by_the_lowest_row_of_each_cluster() {
        // Rows 1 and 4 merge first; row 0 stays alone: cluster 0 = {0}, 1 = {1, 4}, 2 = {2}, 3 = {3}.
        MergeList merges = new MergeList(new int[] {4, 0, 2, 3}, new int[] {1, 2, 3, 1},
                new double[] {1, 2, 3, 4}, 0);
        assertArrayEquals(new int[] {0, 1, 2, 3, 1}, Dendrogram.of(5, merges).cutToClusters(4));
    }

    @Test
    void equal_heights_keep_the_order_the_algorithm_found_them_in() {
        // Both merges at 1.0: (2,3) found first gets id 4, then (0,1) gets id 5.
        MergeList merges = new MergeList(new int[] {2, 0, 0}, new int[] {3, 1, 3}, new double[] {1, 1, 2}, 0);
        assertArrayEquals(new double[][] {{2, 3, 1, 2}, {0, 1, 1, 2}, {4, 5, 2, 4}},
                Dendrogram.of(4, merges).linkageMatrix());
    }

    @Test
    void state_round_trip_is_exact() {
        Dendrogram tree = example();
        JsonObject state = JsonParser.parseString(tree.toState().toString()).getAsJsonObject();
        assertEquals(tree, Dendrogram.read(new StateReader(state)));
    }

    @Test
    void rejects_a_reused_cluster_id() {
        JsonObject state = example().toState();
        JsonArray right = state.getAsJsonArray("right");
        right.set(1, new com.google.gson.JsonPrimitive(1)); // merge 1 would join 3 with 1, already merged
        assertThatThrownBy(() -> Dendrogram.read(new StateReader(state)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("$.left[1]: expected two distinct unmerged cluster ids");
    }

    @Test
    void rejects_decreasing_heights_and_wrong_sizes() {
        JsonObject heights = example().toState();
        heights.getAsJsonArray("height").set(2, new com.google.gson.JsonPrimitive(0.7));
        assertThatThrownBy(() -> Dendrogram.read(new StateReader(heights)))
                .hasMessage("$.height[2]: expected a non-negative, non-decreasing height, found 0.7");
        JsonObject sizes = example().toState();
        sizes.getAsJsonArray("size").set(3, new com.google.gson.JsonPrimitive(4));
        assertThatThrownBy(() -> Dendrogram.read(new StateReader(sizes)))
                .hasMessage("$.size[3]: expected 5, found 4");
    }

    @Test
    void rejects_a_cut_out_of_range() {
        assertThatThrownBy(() -> example().cutToClusters(6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be between 1 and 5 (was 6)");
        assertThatThrownBy(() -> example().cutAtHeight(-1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("h must be finite and >= 0.0");
    }
}
