package org.factbench.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassagePage;
import org.factbench.core.corpus.PassageQuery;

/**
 * Serves the hit list lazily: any offset/limit window the list asks for is answered from whole pages of the
 * corpus, the first of which was already fetched when the search ran.
 */
final class HitPages {

    /** Elasticsearch pages no further than this by default (index.max_result_window). */
    static final int MAX_WINDOW = 10_000;
    static final int PAGE_SIZE = 50;

    private final SearchCriteria criteria;
    private final Function<PassageQuery, PassagePage> search;
    private final PassagePage first;

    private HitPages(SearchCriteria criteria, Function<PassageQuery, PassagePage> search, PassagePage first) {
        this.criteria = criteria;
        this.search = search;
        this.first = first;
    }

    /** Runs the search for the first page; throws {@link CorpusUnavailableException} when the corpus is down. */
    static HitPages start(SearchCriteria criteria, Function<PassageQuery, PassagePage> search) {
        return new HitPages(criteria, search, search.apply(criteria.page(0, PAGE_SIZE)));
    }

    long total() {
        return first.total();
    }

    /** How many hits the list can page through. */
    int reachable() {
        return (int) Math.min(first.total(), MAX_WINDOW);
    }

    Stream<PassageHit> fetch(int offset, int limit) {
        int end = Math.min(offset + limit, reachable());
        List<PassageHit> hits = new ArrayList<>();
        for (int page = offset / PAGE_SIZE; page * PAGE_SIZE < end; page++) {
            List<PassageHit> pageHits = page(page).hits();
            int pageStart = page * PAGE_SIZE;
            int from = Math.max(offset - pageStart, 0);
            int to = Math.min(end - pageStart, pageHits.size());
            if (from < to) {
                hits.addAll(pageHits.subList(from, to));
            }
        }
        return hits.stream();
    }

    private PassagePage page(int page) {
        return page == 0 ? first : search.apply(criteria.page(page, PAGE_SIZE));
    }
}
