package org.factbench.web.search;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.factbench.core.corpus.CorpusUnavailableException;

/**
 * Search passages in the corpus and open an article at a hit. The query and filters go into the URL after a
 * search ({@code search?q=moscow&lang=en}), and such a URL runs the search: searches can be shared, bookmarked,
 * and the reader's "back to the results" finds them again.
 */
@Route("search")
@Menu(order = 10, title = "Search", icon = "vaadin:search")
@PageTitle("Search · Factbench")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "search";

    final SearchForm form = new SearchForm();
    final SearchResults results = new SearchResults();
    private final PassageSearch passageSearch;
    private SearchCriteria shown;

    SearchView(PassageSearch passageSearch) {
        this.passageSearch = passageSearch;
        addClassName("fb-search-view");
        add(new H2(getTranslation("search.title")), form, results);
        form.addSearchListener(event -> {
            run(event.criteria());
            getUI().ifPresent(ui -> ui.getPage().getHistory().pushState(null, location(event.criteria())));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SearchCriteria> wanted = SearchCriteria.from(event.getLocation().getQueryParameters());
        if (wanted.isPresent() && !wanted.get().equals(shown)) {
            form.show(wanted.get());
            run(wanted.get());
        }
    }

    private void run(SearchCriteria criteria) {
        shown = criteria;
        try {
            results.show(DistinctHits.start(criteria, passageSearch::search), location(criteria).getPathWithQueryParameters());
        } catch (CorpusUnavailableException e) {
            results.showUnavailable(e);
        }
    }

    static Location location(SearchCriteria criteria) {
        return new Location(ROUTE, criteria.queryParameters());
    }
}
