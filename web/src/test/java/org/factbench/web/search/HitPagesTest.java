package org.factbench.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.factbench.core.corpus.HighlightedText;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassagePage;
import org.factbench.core.corpus.PassageQuery;
import org.junit.jupiter.api.Test;

class HitPagesTest {

    private final List<PassageQuery> asked = new ArrayList<>();

    /** A corpus of {@code total} numbered hits, answering pages like the real port does. */
    private PassagePage corpus(PassageQuery query, int total) {
        asked.add(query);
        int from = Math.min(query.page() * query.size(), total);
        int to = Math.min(from + query.size(), total);
        List<PassageHit> hits = IntStream.range(from, to).mapToObj(HitPagesTest::hit).toList();
        return new PassagePage(hits, total, query.page(), query.size());
    }

    @Test
    void any_window_is_answered_from_whole_pages_and_the_first_page_is_fetched_once() {
        HitPages pages = HitPages.start(criteria(), query -> corpus(query, 130));

        List<String> window = pages.fetch(40, 30).map(PassageHit::passageId).toList();
        List<String> again = pages.fetch(0, 10).map(PassageHit::passageId).toList();

        assertThat(window).containsExactlyElementsOf(IntStream.range(40, 70).mapToObj(i -> "p" + i).toList());
        assertThat(again).first().isEqualTo("p0");
        assertThat(asked).extracting(PassageQuery::page).containsExactly(0, 1);
        assertThat(asked).allSatisfy(query -> assertThat(query.text()).isEqualTo("moscow meeting"));
    }

    @Test
    void the_list_never_pages_past_the_window_elasticsearch_allows() {
        HitPages pages = HitPages.start(criteria(), query -> corpus(query, 25_000));

        assertThat(pages.total()).isEqualTo(25_000);
        assertThat(pages.reachable()).isEqualTo(HitPages.MAX_WINDOW);
        assertThat(pages.fetch(HitPages.MAX_WINDOW - 5, 50)).hasSize(5);
    }

    private static SearchCriteria criteria() {
        return new SearchCriteria("moscow meeting", " ", null, null, null);
    }

    private static PassageHit hit(int i) {
        return new PassageHit("p" + i, "a" + i, 1, "Title " + i, "Outlet", null, "en", 0, 10,
                HighlightedText.plain("text " + i), 1.0);
    }
}
