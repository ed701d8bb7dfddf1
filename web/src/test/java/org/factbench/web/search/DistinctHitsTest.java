package org.factbench.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factbench.core.corpus.HighlightedText;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassagePage;
import org.factbench.core.corpus.PassageQuery;
import org.junit.jupiter.api.Test;

/** The corpus returns a paragraph and its own sentences as separate passages; a hit list shows each place once. */
class DistinctHitsTest {

    private final List<PassageQuery> asked = new ArrayList<>();

    @Test
    void a_sentence_of_a_better_ranked_paragraph_is_dropped_and_so_is_a_paragraph_after_its_sentence() {
        List<PassageHit> ranked = List.of(
                hit("a", 0, 100),    // paragraph
                hit("a", 0, 40),     // its first sentence
                hit("b", 50, 80),    // a sentence of b
                hit("b", 0, 120),    // b's paragraph, ranked lower than its sentence
                hit("a", 102, 150),  // a's next paragraph: does not overlap
                hit("c", 0, 10));
        DistinctHits hits = DistinctHits.start(criteria(), query -> corpus(query, ranked));

        assertThat(hits.page(0, 10)).extracting(h -> h.articleId() + h.start() + "-" + h.end())
                .containsExactly("a0-100", "b50-80", "a102-150", "c0-10");
        assertThat(hits.exhausted()).isTrue();
        assertThat(hits.known()).isEqualTo(4);
        assertThat(hits.corpusTotal()).isEqualTo(6);
    }

    @Test
    void the_same_span_in_another_version_or_article_is_another_place() {
        List<PassageHit> ranked = List.of(hit("a", 0, 100), new PassageHit("x", "a", 2, "T", "O", null, "en", 0, 100,
                HighlightedText.plain("t"), 1), hit("b", 0, 100));
        assertThat(DistinctHits.start(criteria(), query -> corpus(query, ranked)).page(0, 10)).hasSize(3);
    }

    @Test
    void pages_of_distinct_hits_read_the_corpus_page_by_page_and_drop_duplicates_across_corpus_pages() {
        List<PassageHit> ranked = new ArrayList<>();
        for (int i = 0; i < 120; i++) ranked.add(hit("art" + i, 0, 100));
        // On the second corpus page: a sentence of a paragraph from the first.
        ranked.add(55, hit("art3", 10, 20));
        DistinctHits hits = DistinctHits.start(criteria(), query -> corpus(query, ranked));

        assertThat(hits.page(0, 10)).extracting(PassageHit::articleId).startsWith("art0").hasSize(10);
        assertThat(asked).hasSize(1);
        assertThat(hits.hasMore(0, 10)).isTrue();
        List<PassageHit> sixth = hits.page(5, 10);
        assertThat(sixth).extracting(PassageHit::articleId).containsExactlyElementsOf(
                java.util.stream.IntStream.range(50, 60).mapToObj(i -> "art" + i).toList());
        assertThat(asked).extracting(PassageQuery::page).containsExactly(0, 1);
        assertThat(hits.page(11, 10)).extracting(PassageHit::articleId).containsExactly("art110", "art111", "art112",
                "art113", "art114", "art115", "art116", "art117", "art118", "art119");
        assertThat(hits.hasMore(11, 10)).isFalse();
        assertThat(hits.page(12, 10)).isEmpty();
        assertThat(hits.known()).isEqualTo(120);
    }

    private PassagePage corpus(PassageQuery query, List<PassageHit> ranked) {
        asked.add(query);
        int from = Math.min(query.page() * query.size(), ranked.size());
        int to = Math.min(from + query.size(), ranked.size());
        return new PassagePage(ranked.subList(from, to), ranked.size(), query.page(), query.size());
    }

    private static SearchCriteria criteria() {
        return new SearchCriteria("moscow meeting", null, null, null, null);
    }

    private static PassageHit hit(String article, int start, int end) {
        return new PassageHit(article + ":" + start, article, 1, "Title", "Outlet", null, "en", start, end,
                HighlightedText.plain("x".repeat(end - start)), 1.0);
    }
}
