package org.factbench.web.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Map;
import java.util.stream.Stream;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.PassageHit;
import org.factbench.web.article.ArticleLink;

/**
 * The hit count, a lazily paged list of distinct hits (one per place in an article: a paragraph and its own
 * sentence are one hit), or what went wrong. The list's length is left open: how many hits are distinct is only
 * known once the corpus's matches have all been read, so the list grows as it is scrolled.
 */
final class SearchResults extends Div {

    final Paragraph summary = new Paragraph();
    final VirtualList<PassageHit> hits = new VirtualList<>();
    /** Hits read before the summary is written: about a screenful. */
    private static final int PAGE = 20;

    SearchResults() {
        addClassName("fb-search-results");
        setWidthFull();
        hits.setHeight("70vh");
        hits.setVisible(false);
        add(summary, hits);
    }

    /** Shows the hits; each opens the reader with a way back to {@code back} (this search's location). */
    void show(DistinctHits found, String back) {
        hits.setRenderer(new ComponentRenderer<>(hit -> new HitCard(hit, ArticleLink.to(hit).with(Map.of(ArticleLink.BACK, back)))));
        summary.removeClassName("fb-error");
        hits.setDataProvider(DataProvider.<PassageHit>fromCallbacks(
                query -> fetch(found, query.getOffset(), query.getLimit()), query -> found.known()));
        // VirtualList has no lazy data view of its own; its communicator can still page without a known size.
        hits.getDataCommunicator().setDefinedSize(false);
        hits.setVisible(found.corpusTotal() > 0);
        // After the first fetch the summary can say more; the first corpus page is read either way.
        found.range(0, PAGE);
        summary.setText(summaryOf(found));
    }

    void showUnavailable(CorpusUnavailableException failure) {
        summary.addClassName("fb-error");
        // The cause is in the server log and behind the banner's details (admins); never an exception text here.
        summary.setText(getTranslation("status.search-failed"));
        hits.setVisible(false);
    }

    private static Stream<PassageHit> fetch(DistinctHits found, int offset, int limit) {
        try {
            return found.range(offset, limit).stream();
        } catch (CorpusUnavailableException e) {
            // The banner already says so; the list just stops growing.
            return Stream.empty();
        }
    }

    private String summaryOf(DistinctHits found) {
        if (found.corpusTotal() == 0) {
            return getTranslation("search.none");
        }
        if (!found.exhausted()) {
            return getTranslation("search.count.more", found.known(), found.corpusTotal());
        }
        String count = getTranslation(found.known() == 1 ? "search.count.one" : "search.count", found.known());
        return found.corpusTotal() > DistinctHits.MAX_WINDOW
                ? getTranslation("search.count.capped", count, DistinctHits.MAX_WINDOW) : count;
    }
}
