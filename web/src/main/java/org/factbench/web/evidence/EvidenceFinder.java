package org.factbench.web.evidence;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.PassageHit;
import org.factbench.web.article.ArticleLink;
import org.factbench.web.claim.workspace.ClaimLink;
import org.factbench.web.search.DistinctHits;
import org.factbench.web.search.HitCard;
import org.factbench.web.search.PassageSearch;
import org.factbench.web.search.SearchCriteria;
import org.factbench.web.search.SearchForm;
import org.factbench.web.status.CorpusStatusMonitor;

/**
 * Passage search inside a claim: the search view's form and hit cards, one passage per hit, ten hits a page.
 * Each hit opens the reader for this claim at the passage, carrying the search so "back to the claim" finds it
 * again; the search also goes into the claim's URL. When search is down the finder says so in one sentence,
 * keeps the query and runs it again by itself once the status monitor sees Elasticsearch answer; the rest of the
 * workspace is not touched.
 */
final class EvidenceFinder extends Div implements AfterNavigationObserver {

    static final int PAGE_SIZE = 10;

    final SearchForm form = new SearchForm(getTranslation("finder.field"), false);
    final Paragraph status = new Paragraph();
    final Div hits = new Div();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Span pageLabel = new Span();
    private final Div pager = new Div(previous, pageLabel, next);
    private final long claimId;
    private final PassageSearch search;
    private final CorpusStatusMonitor corpusStatus;
    private DistinctHits results;
    private SearchCriteria shown;
    /** The search that failed because search was down, run again once it is back. */
    private SearchCriteria waiting;
    private int page;
    private Registration statusSubscription;

    EvidenceFinder(long claimId, PassageSearch search, CorpusStatusMonitor corpusStatus) {
        this.claimId = claimId;
        this.search = search;
        this.corpusStatus = corpusStatus;
        addClassName("fb-finder");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("finder.title"));
        form.queryField().setWidth("24em");
        status.addClassName("fb-finder-status");
        status.getElement().setAttribute("aria-live", "polite");
        status.setVisible(false);
        hits.addClassName("fb-finder-hits");
        previous.setText(getTranslation("finder.previous"));
        next.setText(getTranslation("finder.next"));
        next.setIconAfterText(true);
        for (Button b : List.of(previous, next)) b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        previous.addClickListener(event -> showPage(page - 1));
        next.addClickListener(event -> showPage(page + 1));
        pager.addClassName("fb-finder-pager");
        pager.setVisible(false);
        add(new H3(getTranslation("finder.title")), form, status, hits, pager);
        form.addSearchListener(event -> {
            run(event.criteria(), 0);
            rememberInUrl(event.criteria());
        });
    }

    /** A claim URL with a search in it ({@code claim/7?q=moscow}, as "back to the claim" builds it) runs that search. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<SearchCriteria> wanted = SearchCriteria.from(event.getLocation().getQueryParameters());
        if (wanted.isPresent() && !wanted.get().equals(shown)) {
            form.show(wanted.get());
            run(wanted.get(), 0);
        }
    }

    void run(SearchCriteria criteria, int startPage) {
        shown = criteria;
        try {
            results = DistinctHits.start(criteria, search::search);
            waiting = null;
            showPage(startPage);
        } catch (CorpusUnavailableException e) {
            unavailable(criteria);
        }
    }

    private void showPage(int wanted) {
        try {
            List<PassageHit> pageHits = results.page(wanted, PAGE_SIZE);
            boolean more = results.hasMore(wanted, PAGE_SIZE);
            page = wanted;
            hits.removeAll();
            pageHits.forEach(hit -> hits.add(new HitCard(hit, linkTo(hit))));
            status.removeClassName("fb-error");
            status.setVisible(true);
            status.setText(summary(pageHits.size(), more));
            previous.setEnabled(page > 0);
            next.setEnabled(more);
            pageLabel.setText(getTranslation("finder.page", page + 1));
            pager.setVisible(page > 0 || more);
        } catch (CorpusUnavailableException e) {
            unavailable(shown);
        }
    }

    private String summary(int onPage, boolean more) {
        if (results.known() == 0) return getTranslation("finder.none");
        int first = page * PAGE_SIZE + 1;
        if (!more && results.exhausted()) {
            return getTranslation("finder.count.exact", first, first + onPage - 1, results.known());
        }
        return getTranslation("finder.count.more", first, first + onPage - 1);
    }

    /** The reader for this claim at the hit, with the search to come back to. */
    ArticleLink linkTo(PassageHit hit) {
        Map<String, String> context = new LinkedHashMap<>();
        context.put(ArticleLink.CLAIM, Long.toString(claimId));
        context.putAll(shown.parameters());
        return ArticleLink.to(hit).with(context);
    }

    private void unavailable(SearchCriteria criteria) {
        waiting = criteria;
        hits.removeAll();
        pager.setVisible(false);
        status.addClassName("fb-error");
        status.setText(getTranslation("finder.unavailable"));
        status.setVisible(true);
    }

    /** Search is back: the search that failed runs again, at the page the user was on. */
    void corpusAnswersAgain() {
        if (waiting != null) run(waiting, results != null && results.criteria().equals(waiting) ? page : 0);
    }

    private void rememberInUrl(SearchCriteria criteria) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(new ClaimLink(claimId).href(), criteria.queryParameters())));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        statusSubscription = corpusStatus.subscribe(status -> {
            if (status.available()) ui.access(this::corpusAnswersAgain);
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (statusSubscription != null) statusSubscription.remove();
        statusSubscription = null;
    }
}
