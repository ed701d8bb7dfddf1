package org.factbench.web.article;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.CorpusUnavailableException;

/** Reads one article version, with the passage from the search hit highlighted and scrolled into view. */
@Route(value = "article/:" + ArticleView.ID_PARAMETER + "/:" + ArticleView.VERSION_PARAMETER + "?([0-9]{1,9})")
@PermitAll
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "id";
    static final String VERSION_PARAMETER = "version";

    private final ArticleReader reader;
    private String title = "Article · Factbench";

    ArticleView(ArticleReader reader) {
        this.reader = reader;
        addClassName("fb-article-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get(ID_PARAMETER).orElseThrow();
        Optional<Integer> version = event.getRouteParameters().getInteger(VERSION_PARAMETER);
        Optional<PassageRange> passage = PassageRange.from(event.getLocation().getQueryParameters());
        try {
            reader.read(id, version).ifPresentOrElse(
                    article -> show(article, passage),
                    () -> message("There is no article " + id + version.map(v -> " in version " + v).orElse("")
                            + ". It may have been removed, or the link is wrong."));
        } catch (CorpusUnavailableException e) {
            message(getTranslation("status.article-failed"));
        }
    }

    private void show(ArticleText article, Optional<PassageRange> passage) {
        title = (article.title() == null ? "Article" : article.title()) + " · Factbench";
        add(new ArticleContent(article, passage));
    }

    private void message(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("fb-error");
        add(paragraph);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
