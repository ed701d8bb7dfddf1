package org.factbench.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassagePage;
import org.factbench.core.corpus.PassageQuery;

/**
 * Hits with one passage per place in an article. The corpus indexes each paragraph and each of its sentences
 * as passages, so a query often matches a paragraph and a sentence inside it: the same text twice. Here the
 * better-ranked of two overlapping passages of the same article version is kept and the other dropped, across
 * pages too (a sentence on page 3 of a paragraph on page 1 is dropped). Pages of distinct hits are cut from
 * the corpus's pages as they are read, so a page of distinct hits costs about one corpus page.
 */
public final class DistinctHits {

    /** The corpus pages read to fill distinct pages. */
    static final int CORPUS_PAGE = 50;
    /** Elasticsearch pages no further than this by default (index.max_result_window). */
    static final int MAX_WINDOW = 10_000;

    private final SearchCriteria criteria;
    private final Function<PassageQuery, PassagePage> search;
    private final List<PassageHit> kept = new ArrayList<>();
    private long corpusTotal = -1;
    private int corpusPagesRead;
    private int corpusHitsRead;

    private DistinctHits(SearchCriteria criteria, Function<PassageQuery, PassagePage> search) {
        this.criteria = criteria;
        this.search = search;
    }

    /** Reads the first corpus page now; throws {@code CorpusUnavailableException} when the corpus is down. */
    public static DistinctHits start(SearchCriteria criteria, Function<PassageQuery, PassagePage> search) {
        DistinctHits hits = new DistinctHits(criteria, search);
        hits.readPage();
        return hits;
    }

    public SearchCriteria criteria() {
        return criteria;
    }

    /** Page {@code page} (zero-based) of {@code size} distinct hits; shorter or empty at the end. */
    public List<PassageHit> page(int page, int size) {
        return range(page * size, size);
    }

    /** Distinct hits {@code offset} to {@code offset + limit} (exclusive); shorter or empty at the end. */
    public List<PassageHit> range(int offset, int limit) {
        // One more than asked for, so that whether a next page exists is known without another corpus read.
        while (kept.size() < offset + limit + 1 && !exhausted()) readPage();
        return List.copyOf(kept.subList(Math.min(offset, kept.size()), Math.min(offset + limit, kept.size())));
    }

    /** Whether there are distinct hits after page {@code page} of {@code size} (reads on to find out). */
    public boolean hasMore(int page, int size) {
        page(page, size);
        return kept.size() > (page + 1) * size;
    }

    /** True once every hit the corpus will page through has been read: {@link #known()} is then the exact count. */
    public boolean exhausted() {
        return corpusHitsRead >= Math.min(corpusTotal, MAX_WINDOW);
    }

    /** The distinct hits found so far. */
    public int known() {
        return kept.size();
    }

    /** The corpus's count of matching passages, duplicates included. */
    public long corpusTotal() {
        return corpusTotal;
    }

    private void readPage() {
        PassagePage page = search.apply(criteria.page(corpusPagesRead, CORPUS_PAGE));
        corpusPagesRead++;
        corpusTotal = page.total();
        // Positions read, not hits: a page may come back short where it held passages of replaced versions.
        // An empty page is the end whatever the total said.
        corpusHitsRead = page.hits().isEmpty() ? Integer.MAX_VALUE : corpusPagesRead * CORPUS_PAGE;
        for (PassageHit hit : page.hits()) {
            if (kept.stream().noneMatch(other -> overlap(hit, other))) kept.add(hit);
        }
    }

    static boolean overlap(PassageHit a, PassageHit b) {
        return a.articleId().equals(b.articleId()) && a.articleVersion() == b.articleVersion()
                && a.start() < b.end() && b.start() < a.end();
    }
}
