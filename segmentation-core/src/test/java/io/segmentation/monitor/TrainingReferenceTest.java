package io.segmentation.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.segmentation.SegmentationModel;
import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import io.segmentation.internal.Quantiles;
import io.segmentation.io.StateReader;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

final class TrainingReferenceTest {
    @Test
    void deciles_of_one_to_ten_put_one_value_in_each_bin() {
        // R-7 quantile p of 1..10 is 1 + 9p: edges 1.9, 2.8, ..., 9.1, and value v falls in bin v - 1.
        NumericColumn column = NumericColumn.of("v", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, Double.NaN);
        double[] sorted = column.presentValues();
        java.util.Arrays.sort(sorted);
        double[] edges = new double[9];
        for (int b = 1; b <= 9; b++) {
            edges[b - 1] = Quantiles.r7Sorted(sorted, b / 10.0);
            assertEquals(1 + 0.9 * b, edges[b - 1], 1e-12);
        }
        double[] shares = TrainingReference.binShares(column, edges);
        assertEquals(11, shares.length);   // ten bins and missing
        for (double s : shares) {
            assertEquals(1.0 / 11, s, 1e-15);
        }
    }

    @Test
    void a_value_on_an_edge_falls_in_the_lower_bin() {
        double[] edges = {1.0, 2.0};
        assertEquals(0, TrainingReference.bin(edges, 1.0));
        assertEquals(1, TrainingReference.bin(edges, 1.5));
        assertEquals(1, TrainingReference.bin(edges, 2.0));
        assertEquals(2, TrainingReference.bin(edges, 7.0));
        assertEquals(3, TrainingReference.bin(edges, Double.NaN));
    }

    @Test
    void category_shares_count_unseen_levels_and_missing_apart() {
        CategoricalColumn column = CategoricalColumn.of("c", "a", "b", "new", null, "a");
        // Training levels [a, b]: a 2/5, b 1/5, unseen 1/5, missing 1/5.
        assertArrayEquals(new double[] {0.4, 0.2, 0.2, 0.2},
                TrainingReference.categoryShares(column, List.of("a", "b")), 1e-15);
    }

    @Test
    void a_fitted_reference_describes_its_training_data_and_survives_its_state() {
        Dataset customers = Blobs.customers(3_000, 1, 0, 0.2);
        SegmentationModel model = Blobs.model(customers, 2);
        TrainingReference reference = model.trainingReference().orElseThrow();
        assertEquals(List.of("x", "y", "z"), reference.numericColumns());
        assertEquals(List.of("channel"), reference.categoricalColumns());
        assertEquals(9, reference.binEdges("x").length);
        // Ten bins of (nearly) a tenth each: ties are impossible in continuous data.
        double[] shares = reference.binShares("x");
        for (int b = 0; b < 10; b++) {
            assertEquals(0.1, shares[b], 1.0 / 3_000 + 1e-12);
        }
        // Three blobs drawn with equal probability: each segment holds about a third.
        for (double s : reference.segmentShares()) {
            assertEquals(1.0 / 3, s, 0.03);
        }
        assertThat(reference.farShare()).isBetween(0.0, 0.01);
        TrainingReference back = TrainingReference.read(new StateReader(reference.toState()));
        assertEquals(reference, back);
        assertEquals(reference.hashCode(), back.hashCode());
        assertEquals(reference.toState(), back.toState());
        assertThatThrownBy(() -> reference.percentiles("channel"))
                .hasMessageContaining("\"channel\" is not a numeric column");
    }

    @Test
    void equality_compares_contents_and_the_arrays_are_copied() {
        TrainingReference reference = Blobs.model(Blobs.customers(600, 3, 0, 0.2), 2).trainingReference()
                .orElseThrow();
        TrainingReference same = TrainingReference.read(new StateReader(reference.toState()));
        assertEquals(reference, same);
        JsonObject state = reference.toState();
        state.getAsJsonArray("numeric").get(0).getAsJsonObject().getAsJsonArray("shares").set(0, new JsonPrimitive(0.0));
        assertNotEquals(reference, TrainingReference.read(new StateReader(state)));
        // Changing what an accessor returned changes nothing inside.
        reference.binEdges("x")[0] = 1e9;
        reference.segmentShares()[0] = 1e9;
        assertEquals(same, reference);
        TrainingReference.NumericReference a = new TrainingReference.NumericReference("a", new double[] {1},
                new double[] {0.5, 0.5, 0}, new double[] {0, 1});
        double[] edges = {1};
        TrainingReference.NumericReference b = new TrainingReference.NumericReference("a", edges,
                new double[] {0.5, 0.5, 0}, new double[] {0, 1});
        edges[0] = 2;   // copied in: b keeps 1
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(new TrainingReference.CategoricalReference("c", List.of("u"), new double[] {1, 0, 0}),
                new TrainingReference.CategoricalReference("c", List.of("u"), new double[] {1, 0, 0}));
        assertNotEquals(new TrainingReference.CategoricalReference("c", List.of("u"), new double[] {1, 0, 0}),
                new TrainingReference.CategoricalReference("c", List.of("v"), new double[] {1, 0, 0}));
    }

    @Test
    void reading_rejects_impossible_values_naming_their_path() {
        JsonObject good = Blobs.model(Blobs.customers(600, 3, 0, 0.2), 2).trainingReference().orElseThrow()
                .toState();
        assertRejected(good, s -> s.getAsJsonArray("numeric").get(1).getAsJsonObject().getAsJsonArray("percentiles")
                .set(50, new JsonPrimitive(-1e6)), "$.numeric[1].percentiles[50]: expected values that never decrease");
        assertRejected(good, s -> s.getAsJsonArray("segmentShares").set(2, new JsonPrimitive(1.5)),
                "$.segmentShares[2]: expected a share in [0, 1], found 1.5");
        assertRejected(good, s -> s.addProperty("noiseShare", -0.1), "$.noiseShare: expected a share in [0, 1]");
        assertRejected(good, s -> s.addProperty("farShare", 2), "$.farShare: expected a share in [0, 1]");
        assertRejected(good, s -> s.addProperty("farThreshold", -1), "$.farThreshold: expected a distance >= 0");
        assertRejected(good, s -> s.getAsJsonArray("spreads").set(0, new JsonPrimitive(-2)),
                "$.spreads[0]: expected a distance >= 0");
        assertRejected(good, s -> s.getAsJsonArray("categorical").get(0).getAsJsonObject().getAsJsonArray("shares")
                .set(0, new JsonPrimitive(-0.5)), "$.categorical[0].shares[0]: expected a share in [0, 1]");
    }

    private static void assertRejected(JsonObject good, Consumer<JsonObject> change, String message) {
        JsonObject state = good.deepCopy();
        change.accept(state);
        assertThatThrownBy(() -> TrainingReference.read(new StateReader(state)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
