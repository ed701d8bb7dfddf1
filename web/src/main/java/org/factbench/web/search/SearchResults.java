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

/** The hit count, a lazily paged list of hits, or what went wrong. */
final class SearchResults extends Div {

    final Paragraph summary = new Paragraph();
    final VirtualList<PassageHit> hits = new VirtualList<>();

    SearchResults() {
        addClassName("fb-search-results");
        setWidthFull();
        hits.setHeight("70vh");
        hits.setVisible(false);
        add(summary, hits);
    }

    /** Shows the hits; each opens the reader with a way back to {@code back} (this search's location). */
    void show(HitPages pages, String back) {
        hits.setRenderer(new ComponentRenderer<>(hit -> new HitCard(hit, ArticleLink.to(hit).with(Map.of(ArticleLink.BACK, back)))));
        summary.removeClassName("fb-error");
        summary.setText(summaryOf(pages));
        hits.setDataProvider(DataProvider.<PassageHit>fromCallbacks(
                query -> fetch(pages, query.getOffset(), query.getLimit()), query -> pages.reachable()));
        hits.setVisible(pages.total() > 0);
    }

    void showUnavailable(CorpusUnavailableException failure) {
        summary.addClassName("fb-error");
        // The cause is in the server log and behind the banner's details (admins); never an exception text here.
        summary.setText(getTranslation("status.search-failed"));
        hits.setVisible(false);
    }

    private static Stream<PassageHit> fetch(HitPages pages, int offset, int limit) {
        try {
            return pages.fetch(offset, limit);
        } catch (CorpusUnavailableException e) {
            // The banner already says so; the list just stops growing.
            return Stream.empty();
        }
    }

    private static String summaryOf(HitPages pages) {
        if (pages.total() == 0) {
            return "No passages match. Try fewer words or remove a filter.";
        }
        String count = pages.total() == 1 ? "1 passage" : pages.total() + " passages";
        return pages.total() > pages.reachable() ? count + " (showing the best " + pages.reachable() + ")" : count;
    }
}
