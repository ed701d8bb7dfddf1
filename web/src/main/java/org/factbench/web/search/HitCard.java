package org.factbench.web.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factbench.core.corpus.CorpusLanguage;
import org.factbench.core.corpus.PassageHit;
import org.factbench.web.article.ArticleLink;
import org.factbench.web.text.HighlightedTextView;

/**
 * One passage hit: article title (a link to the passage), outlet, date, language, score, and the highlighted
 * passage, which opens the same link when clicked. Shared by the search view and the evidence finder, which
 * link to the reader with their own context.
 */
public final class HitCard extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final HighlightedTextView passage;

    public HitCard(PassageHit hit, ArticleLink link) {
        addClassName("fb-hit");
        String title = hit.title() == null || hit.title().isBlank() ? getTranslation("search.hit.untitled") : hit.title();
        H3 heading = new H3(link.routerLink(title));
        heading.addClassName("fb-hit-title");

        Div meta = new Div(String.join(" · ",
                hit.outlet() == null ? getTranslation("search.hit.no-outlet") : hit.outlet(),
                hit.published() == null ? getTranslation("search.hit.no-date") : DATE.format(hit.published()),
                hit.language() == null ? getTranslation("search.hit.no-language") : CorpusLanguage.labelOf(hit.language(), getLocale()),
                getTranslation("search.hit.score", hit.score())));
        meta.addClassName("fb-hit-meta");

        passage = new HighlightedTextView(hit.text());
        Paragraph text = new Paragraph(passage);
        text.addClassName("fb-hit-passage");
        text.addClickListener(event -> event.getSource().getUI().ifPresent(link::navigate));
        add(heading, meta, text);
    }

    public HighlightedTextView passage() {
        return passage;
    }
}
