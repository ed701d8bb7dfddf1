package org.factbench.web.article;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factbench.core.corpus.ArticleText;
import org.factbench.web.text.HighlightedTextView;
import org.factbench.web.text.Mark;

/**
 * One article version: title, metadata and body paragraphs. Everything from the article is set as text
 * content; only a link with an http(s) address becomes an href.
 */
final class ArticleContent extends Article {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final List<Mark> passageMarks = new ArrayList<>();

    ArticleContent(ArticleText article, Optional<PassageRange> passage) {
        addClassName("fb-article");
        add(new H2(article.title() == null || article.title().isBlank() ? "Untitled article" : article.title()));
        add(meta(article));
        Div body = new Div();
        body.addClassName("fb-article-body");
        for (BodyParagraphs.Paragraph paragraph : BodyParagraphs.split(article.body())) {
            HighlightedTextView text = new HighlightedTextView(BodyParagraphs.highlight(paragraph, passage));
            text.marks().forEach(mark -> mark.addClassName("fb-passage"));
            passageMarks.addAll(text.marks());
            body.add(new Paragraph(text));
        }
        add(body);
        passageMarks.stream().findFirst().ifPresent(Mark::scrollIntoView);
    }

    /** The highlighted parts of the passage the view was opened at (empty when none). */
    List<Mark> passageMarks() {
        return List.copyOf(passageMarks);
    }

    private static Div meta(ArticleText article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.outlet() == null ? "Unknown outlet" : article.outlet());
        if (!article.authors().isEmpty()) parts.add("by " + String.join(", ", article.authors()));
        parts.add(article.published() == null ? "date unknown" : DATE.format(article.published()));
        if (article.language() != null) parts.add(article.language());
        parts.add("version " + article.version());
        Div meta = new Div(new Paragraph(String.join(" · ", parts)));
        meta.addClassName("fb-article-meta");
        if (article.url() != null && article.url().matches("(?i)https?://\\S+")) {
            meta.add(new Anchor(article.url(), article.url(), AnchorTarget.BLANK));
        }
        return meta;
    }
}
