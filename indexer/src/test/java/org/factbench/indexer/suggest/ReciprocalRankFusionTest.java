package org.factbench.indexer.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    @Test
    void an_item_high_in_both_lists_beats_one_first_in_only_one() {
        List<ReciprocalRankFusion.Fused> fused = ReciprocalRankFusion.fuse(List.of(
                List.of("a", "b", "c"),
                List.of("b", "d", "a")), new double[] {1, 1}, 60);

        assertThat(fused).extracting(ReciprocalRankFusion.Fused::id).containsExactly("b", "a", "d", "c");
        assertThat(fused.getFirst().score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
        assertThat(fused.getFirst().rank(0)).isEqualTo(2);
        assertThat(fused.getFirst().rank(1)).isEqualTo(1);
        assertThat(fused.get(3).rank(1)).as("c is not in the second list").isZero();
    }

    @Test
    void an_empty_list_leaves_the_other_ranking_as_it_is() {
        List<ReciprocalRankFusion.Fused> fused = ReciprocalRankFusion.fuse(List.of(List.of("x", "y", "z"), List.of()),
                new double[] {1, 1}, 60);

        assertThat(fused).extracting(ReciprocalRankFusion.Fused::id).containsExactly("x", "y", "z");
    }

    @Test
    void weights_scale_a_lists_contribution_and_duplicates_count_once() {
        List<ReciprocalRankFusion.Fused> fused = ReciprocalRankFusion.fuse(List.of(List.of("a", "a"), List.of("b")),
                new double[] {1, 2}, 60);

        assertThat(fused).extracting(ReciprocalRankFusion.Fused::id).containsExactly("b", "a");
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 61, within(1e-12));
    }

    @Test
    void diversity_defers_a_third_passage_of_one_article_and_a_crowded_outlet_without_dropping_them() {
        record P(String id, String article, String outlet) {
        }
        List<P> ranked = List.of(new P("1", "A", "X"), new P("2", "A", "X"), new P("3", "A", "X"),
                new P("4", "B", "X"), new P("5", "C", "Y"));

        List<P> spread = Diversity.spread(ranked, P::article, P::outlet, 2, 2, 10);

        assertThat(spread).extracting(P::id).containsExactly("1", "2", "5", "4", "3");
        assertThat(Diversity.spread(ranked, P::article, P::outlet, 2, 2, 3)).extracting(P::id).containsExactly("1", "2", "5");
    }
}
