package io.segmentation.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.SegmentationModel;
import io.segmentation.data.Dataset;
import io.segmentation.data.IdColumn;
import io.segmentation.data.NumericColumn;
import io.segmentation.eval.MigrationMatrix;
import org.junit.jupiter.api.Test;

final class SegmentStabilityTest {
    private static final Dataset TRAINING = Blobs.customers(3_000, 1, 0, 0.2);
    private static final SegmentationModel MODEL = Blobs.model(TRAINING, 2);

    @Test
    void a_refit_on_new_customers_is_aligned_with_the_old_segments() {
        // The blobs are 6 standard deviations apart: a refit finds the same groups, perhaps under other ids.
        SegmentationModel retrained = Blobs.model(Blobs.customers(3_000, 7, 0, 0.2), 11);
        SegmentStability s = SegmentStability.of(MODEL, retrained, TRAINING);
        assertThat(s.migration().stayedShare()).isGreaterThan(0.99);
        int[] relabelled = s.matching().relabel(retrained.assignAll(TRAINING));
        int[] old = MODEL.assignAll(TRAINING);
        int same = 0;
        for (int i = 0; i < old.length; i++) {
            same += old[i] == relabelled[i] ? 1 : 0;
        }
        assertEquals(s.migration().stayed(), same);
        assertThat(s.toText()).contains("of customers kept their segment");
    }

    @Test
    void a_model_compared_with_itself_keeps_every_customer() {
        SegmentStability s = SegmentStability.of(MODEL, MODEL, TRAINING);
        assertArrayEquals(new int[] {0, 1, 2}, s.matching().previousIds());
        assertEquals(1.0, s.migration().stayedShare());
    }

    @Test
    void snapshots_are_matched_by_id_and_moves_counted() {
        // Three customers from the training blobs, moved by hand: A stays, B jumps to A's blob, C leaves.
        Dataset before = Blobs.customers(3, 1, 0, 0.2);
        int[] segments = MODEL.assignAll(before);
        double[] x = before.numeric("x").toArray();
        double[] y = before.numeric("y").toArray();
        double[] z = before.numeric("z").toArray();
        // B (row 1) takes A's (row 0) coordinates in the later snapshot.
        Dataset after = before.withColumn(NumericColumn.of("x", x[0], x[0], x[2]))
                .withColumn(NumericColumn.of("y", y[0], y[0], y[2]))
                .withColumn(NumericColumn.of("z", z[0], z[0], z[2]))
                .rows(new int[] {0, 1});
        MigrationMatrix moves = SegmentStability.migration(MODEL, before, after);
        assertEquals(1, moves.count(segments[0], segments[0]) - (segments[1] == segments[0] ? 1 : 0));
        assertEquals(segments[1] == segments[0] ? 2 : 1, moves.stayed());
        assertEquals(2, moves.table().total());
    }

    @Test
    void snapshots_need_ids_and_shared_customers() {
        Dataset other = Blobs.customers(3, 1, 0, 0.2).withColumn(IdColumn.of("id", "X", "Y", "Z"));
        assertThatThrownBy(() -> SegmentStability.migration(MODEL, Blobs.customers(3, 1, 0, 0.2), other))
                .hasMessageContaining("share at least one customer id");
        assertThatThrownBy(() -> SegmentStability.migration(MODEL, other.drop("id"), other))
                .hasMessageContaining("before must have the id column \"id\"");
    }
}
