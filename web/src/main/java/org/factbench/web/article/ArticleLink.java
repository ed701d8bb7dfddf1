package org.factbench.web.article;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.factbench.core.corpus.PassageHit;

/** Where the article view opens: an exact article version, scrolled to a passage. */
public record ArticleLink(String articleId, int version, PassageRange passage) {

    public static ArticleLink to(PassageHit hit) {
        return new ArticleLink(hit.articleId(), hit.articleVersion(), new PassageRange(hit.start(), hit.end()));
    }

    public RouterLink routerLink(String text) {
        RouterLink link = new RouterLink(text, ArticleView.class, routeParameters());
        link.setQueryParameters(queryParameters());
        return link;
    }

    public void navigate(UI ui) {
        ui.navigate(ArticleView.class, routeParameters(), queryParameters());
    }

    RouteParameters routeParameters() {
        return new RouteParameters(Map.of(
                ArticleView.ID_PARAMETER, articleId, ArticleView.VERSION_PARAMETER, Integer.toString(version)));
    }

    QueryParameters queryParameters() {
        return QueryParameters.simple(Map.of(
                PassageRange.START, Integer.toString(passage.start()), PassageRange.END, Integer.toString(passage.end())));
    }
}
