package org.factbench.web.article;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factbench.core.corpus.PassageHit;

/**
 * Where the article view opens: an exact article version, scrolled to a passage (or at the top when
 * {@code passage} is null), with {@code context} passed along in the query: {@value #CLAIM} (read for that claim:
 * its evidence is shown and selections can be linked), {@value #BACK} (the location of the results it came from)
 * and whatever the caller needs back (a finder's query).
 */
public record ArticleLink(String articleId, int version, PassageRange passage, Map<String, String> context) {

    /** Query parameter: the claim the article is read for. */
    public static final String CLAIM = "claim";
    /** Query parameter: where "back to the results" goes, an app location such as {@code search?q=moscow}. */
    public static final String BACK = "back";

    public ArticleLink {
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }

    public ArticleLink(String articleId, int version, PassageRange passage) {
        this(articleId, version, passage, Map.of());
    }

    public static ArticleLink to(PassageHit hit) {
        return new ArticleLink(hit.articleId(), hit.articleVersion(), new PassageRange(hit.start(), hit.end()));
    }

    /** The same link with more query parameters (later ones win). */
    public ArticleLink with(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(context);
        merged.putAll(more);
        return new ArticleLink(articleId, version, passage, merged);
    }

    public RouterLink routerLink(String text) {
        RouterLink link = new RouterLink(text, ArticleView.class, routeParameters());
        link.setQueryParameters(queryParameters());
        return link;
    }

    public void navigate(UI ui) {
        ui.navigate(ArticleView.class, routeParameters(), queryParameters());
    }

    /** The location relative to the app's base, e.g. {@code article/a1/2?start=10&end=40&claim=7}. */
    public String href() {
        String query = queryParameters().getQueryString();
        return "article/" + articleId + "/" + version + (query.isEmpty() ? "" : "?" + query);
    }

    RouteParameters routeParameters() {
        return new RouteParameters(Map.of(
                ArticleView.ID_PARAMETER, articleId, ArticleView.VERSION_PARAMETER, Integer.toString(version)));
    }

    QueryParameters queryParameters() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (passage != null) {
            query.put(PassageRange.START, List.of(Integer.toString(passage.start())));
            query.put(PassageRange.END, List.of(Integer.toString(passage.end())));
        }
        context.forEach((name, value) -> {
            if (value != null && !value.isBlank()) query.put(name, List.of(value));
        });
        return new QueryParameters(query);
    }
}
