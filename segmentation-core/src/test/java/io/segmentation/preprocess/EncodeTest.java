package io.segmentation.preprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmentation.data.CategoricalColumn;
import io.segmentation.data.Dataset;
import io.segmentation.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EncodeTest {
    // Counts: web 4, shop 3, app 2, fax 1 (10 cells, one more missing).
    private final Dataset data = Dataset.ofColumns(
            CategoricalColumn.of("channel", "shop", "web", "app", "web", "fax", "shop", null, "web", "app", "shop",
                    "web"),
            NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));

    @Test
    void levels_are_ordered_by_frequency_then_name() {
        assertEquals(List.of("web", "shop", "app", "fax"), Encode.oneHot().fit(data).levels("channel"));
    }

    @Test
    void a_cap_pools_the_least_frequent_levels_into_other() {
        FittedEncode f = Encode.oneHot().maxCategories(2).fit(data);
        assertEquals(List.of("web", "shop", "other"), f.levels("channel"));
        assertEquals(List.of("app", "fax"), f.pooledLevels("channel"));
    }

    @Test
    void a_minimum_share_pools_rare_levels() {
        // 0.15 of 10 present cells = 1.5: fax (1) is rare, app (2) is not.
        FittedEncode f = Encode.oneHot().minShare(0.15).fit(data);
        assertEquals(List.of("web", "shop", "app", "other"), f.levels("channel"));
        assertEquals(List.of("fax"), f.pooledLevels("channel"));
    }

    @Test
    void ties_in_frequency_go_to_the_smaller_string_whatever_the_row_order() {
        Dataset d = Dataset.ofColumns(CategoricalColumn.of("c", "b", "a", "c", "a", "b", "c"));
        Dataset reversed = Dataset.ofColumns(CategoricalColumn.of("c", "c", "b", "a", "c", "a", "b"));
        assertEquals(List.of("a", "b", "other"), Encode.label().maxCategories(2).fit(d).levels("c"));
        assertEquals(List.of("a", "b", "other"), Encode.label().maxCategories(2).fit(reversed).levels("c"));
    }

    @Test
    void a_real_level_named_other_joins_the_pool() {
        Dataset d = Dataset.ofColumns(CategoricalColumn.of("c", "other", "other", "a", "b", "b"));
        FittedEncode f = Encode.oneHot().maxCategories(5).fit(d);
        assertEquals(List.of("b", "a", "other"), f.levels("c"));
        assertEquals(List.of("other"), f.pooledLevels("c"));
    }

    @Test
    void only_categorical_columns_are_fitted() {
        assertEquals(List.of("channel"), Encode.oneHot().fit(data).columns());
    }

    @Test
    void rejects_empty_tables_and_all_missing_columns() {
        assertThatThrownBy(() -> Encode.oneHot().fit(data.head(0)))
                .hasMessage("encode step: cannot fit on a table with no rows");
        Dataset d = Dataset.ofColumns(CategoricalColumn.of("c", (String) null));
        assertThatThrownBy(() -> Encode.label().fit(d))
                .hasMessage("encode step, column \"c\": every value is missing; drop the column or fill it before "
                        + "this step");
    }

    @Test
    void rejects_bad_arguments_by_name() {
        assertThatThrownBy(() -> Encode.oneHot().maxCategories(0)).hasMessage("maxCategories must be >= 1 (was 0)");
        assertThatThrownBy(() -> Encode.oneHot().minShare(1)).hasMessage("minShare must be < 1.0 (was 1.0)");
        assertThatThrownBy(() -> Encode.oneHot().minShare(-0.5))
                .hasMessage("minShare must be between 0.0 and 1.0 (was -0.5)");
        assertThatThrownBy(() -> Encode.oneHot().unseen(null)).isInstanceOf(NullPointerException.class);
    }
}
