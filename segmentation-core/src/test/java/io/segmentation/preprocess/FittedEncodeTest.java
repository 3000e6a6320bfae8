package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FittedEncodeTest {
    // Counts: web 3, shop 2, fax 1 -> with maxCategories(2): web, shop, other (fax pooled).
    private final Dataset train = Dataset.ofColumns(
            NumericColumn.of("x", 1, 2, 3, 4, 5, 6),
            CategoricalColumn.of("channel", "web", "shop", "web", "fax", "shop", "web"));
    private final Dataset fresh = Dataset.ofColumns(
            NumericColumn.of("x", 7, 8, 9, 10),
            CategoricalColumn.of("channel", "shop", "fax", "tv", "web"));

    @Test
    void one_hot_replaces_the_column_in_place_and_maps_pooled_levels_to_other() {
        Dataset out = Encode.oneHot().maxCategories(2).fit(train).transform(fresh);
        assertEquals(List.of("x", "channel=web", "channel=shop", "channel=other"), out.columnNames());
        assertArrayEquals(new double[] {0, 0, 0, 1}, out.numeric("channel=web").toArray(), 0.0);
        assertArrayEquals(new double[] {1, 0, 0, 0}, out.numeric("channel=shop").toArray(), 0.0);
        // fax was pooled at fit; tv was never seen: a row of zeros under IGNORE.
        assertArrayEquals(new double[] {0, 1, 0, 0}, out.numeric("channel=other").toArray(), 0.0);
    }

    @Test
    void unseen_levels_raise_an_error_under_the_error_policy() {
        FittedEncode f = Encode.oneHot().maxCategories(2).unseen(Encode.Unseen.ERROR).fit(train);
        assertThatThrownBy(() -> f.transform(fresh))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("encode step, column \"channel\", row 2: level \"tv\" was not seen in training (unseen "
                        + "policy ERROR); the levels are [web, shop, other]");
        Dataset missing = Dataset.ofColumns(CategoricalColumn.of("channel", "web", null));
        assertThatThrownBy(() -> f.transform(missing))
                .hasMessage("encode step, column \"channel\", row 1: missing; impute missing values before this step");
    }

    @Test
    void label_codes_follow_the_level_order_and_unseen_is_minus_one() {
        FittedEncode f = Encode.label().fit(train);
        assertEquals(List.of("web", "shop", "fax"), f.levels("channel"));
        Dataset out = f.transform(fresh);
        assertEquals(List.of("x", "channel"), out.columnNames());
        assertArrayEquals(new double[] {1, 2, -1, 0}, out.numeric("channel").toArray(), 0.0);
        assertEquals(List.of("channel"), f.outputColumns("channel"));
    }

    @Test
    void round_trip_gives_an_equal_step_and_identical_output() {
        FittedEncode f = Encode.oneHot().maxCategories(2).unseen(Encode.Unseen.IGNORE).fit(train);
        FittedEncode back = FittedEncode.read(States.reread(f.toState()));
        assertEquals(f, back);
        assertEquals(f.transform(fresh), back.transform(fresh));
        assertEquals(f, FittedStep.read(States.reread(f.toState())));
    }

    @Test
    void the_input_table_is_unchanged() {
        Dataset copy = Dataset.ofColumns(fresh.columns());
        Encode.oneHot().fit(train).transform(fresh);
        assertEquals(copy, fresh);
    }

    @Test
    void rejects_a_table_without_the_column_or_with_another_type() {
        FittedEncode f = Encode.oneHot().fit(train);
        assertThatThrownBy(() -> f.transform(fresh.drop("channel")))
                .hasMessage("encode step, column \"channel\": not in the table (the step was fitted on it); the "
                        + "columns are [x]");
        Dataset typed = Dataset.ofColumns(NumericColumn.of("channel", 1));
        assertThatThrownBy(() -> f.transform(typed))
                .hasMessage("encode step, column \"channel\": expected categorical, found numeric");
    }

    @Test
    void rejects_state_with_a_pool_but_no_other_level() {
        com.google.gson.JsonObject state = Encode.oneHot().maxCategories(2).fit(train).toState();
        state.getAsJsonArray("columns").get(0).getAsJsonObject()
                .add("levels", new com.google.gson.Gson().toJsonTree(List.of("web", "shop")));
        assertThatThrownBy(() -> FittedEncode.read(new io.segmentation.io.StateReader(state)))
                .hasMessage("$.columns[0].levels: expected \"other\" last since levels are pooled, found \"shop\"");
    }
}
