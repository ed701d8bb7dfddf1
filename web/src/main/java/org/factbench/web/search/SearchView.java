package org.factbench.web.search;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factbench.core.corpus.CorpusUnavailableException;

/** Search passages in the corpus and open an article at a hit. */
@Route("search")
@Menu(order = 10, title = "Search", icon = "vaadin:search")
@PageTitle("Search · Factbench")
@PermitAll
public class SearchView extends VerticalLayout {

    final SearchForm form = new SearchForm();
    final SearchResults results = new SearchResults();

    SearchView(PassageSearch passageSearch) {
        addClassName("fb-search-view");
        add(new H2("Search the corpus"), form, results);
        form.addSearchListener(event -> {
            try {
                results.show(HitPages.start(event.criteria(), passageSearch::search));
            } catch (CorpusUnavailableException e) {
                results.showUnavailable(e);
            }
        });
    }
}
