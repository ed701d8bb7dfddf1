package org.factbench.web.article;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.factbench.core.corpus.ArticleText;
import org.factbench.web.text.Mark;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One article version: title, metadata and body paragraphs. Everything from the article is set as text
 * content; only a link with an http(s) address becomes an href. Each body paragraph is a {@code <p>} whose
 * {@code data-start} is its offset in the body: the selection script counts characters from there, so a
 * selection maps to body offsets without ever reading markup back from the page.
 */
final class ArticleContent extends Article {

    private static final Logger log = LoggerFactory.getLogger(ArticleContent.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    static final String PASSAGE_CLASS = "fb-passage";

    /**
     * Reports the selection's ends relative to the paragraph elements ({@code data-start}) as an
     * {@code fb-selection} event: after a mouse selection, and on {@code fbReport(true)} (the "link selection"
     * button and its shortcut) with the last selection made in the body, which a click elsewhere may have cleared.
     */
    private static final String SELECTION_SCRIPT = """
            const body = this;
            if (body.__fbSelection) return;
            body.__fbSelection = true;
            const paragraphs = () => Array.from(body.querySelectorAll(':scope > p[data-start]'));
            const before = (p, node, offset) => {
              const range = document.createRange();
              range.selectNodeContents(p);
              range.setEnd(node, offset);
              return range.toString().length;
            };
            const ends = () => {
              const selection = window.getSelection();
              if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
              const range = selection.getRangeAt(0);
              const touched = paragraphs().filter(p => range.intersectsNode(p));
              if (touched.length === 0) return null;
              const first = touched[0], last = touched[touched.length - 1];
              return {
                startParagraph: Number(first.dataset.start),
                startOffset: first.contains(range.startContainer) ? before(first, range.startContainer, range.startOffset) : 0,
                endParagraph: Number(last.dataset.start),
                endOffset: last.contains(range.endContainer) ? before(last, range.endContainer, range.endOffset) : last.textContent.length,
                text: selection.toString()
              };
            };
            const remember = () => {
              if (!body.isConnected) { document.removeEventListener('selectionchange', remember); return; }
              const found = ends();
              if (found) body.__fbLast = found;
            };
            document.addEventListener('selectionchange', remember);
            body.fbReport = (orLast) => {
              const found = ends() || (orLast ? body.__fbLast : null);
              if (found) body.dispatchEvent(new CustomEvent('fb-selection', {detail: found}));
            };
            body.addEventListener('mouseup', () => setTimeout(() => body.fbReport(false), 0));
            """;

    private final ArticleText article;
    private final Optional<PassageRange> passage;
    private final List<BodyParagraphs.Paragraph> paragraphs;
    private final Div body = new Div();
    private final List<Mark> passageMarks = new ArrayList<>();
    private Consumer<ArticleSelection> onSelection;

    ArticleContent(ArticleText article, Optional<PassageRange> passage) {
        this.article = article;
        this.passage = passage;
        this.paragraphs = BodyParagraphs.split(article.body());
        addClassName("fb-article");
        add(new H2(article.title() == null || article.title().isBlank() ? "Untitled article" : article.title()));
        add(meta(article));
        body.addClassName("fb-article-body");
        add(body);
        showHighlights(List.of());
        body.getElement().addEventListener("fb-selection", event -> selected(event.getEventDetail(SelectionEnds.class)))
                .addEventDetail();
    }

    /** Renders the body again with these highlights (plus the passage from the link). */
    void showHighlights(List<ReaderHighlight> highlights) {
        List<ReaderHighlight> all = new ArrayList<>(highlights);
        passage.ifPresent(p -> all.add(new ReaderHighlight(p.start(), p.end(), PASSAGE_CLASS, null, null)));
        body.removeAll();
        passageMarks.clear();
        for (BodyParagraphs.Paragraph paragraph : paragraphs) {
            Span text = new Span();
            text.addClassName("fb-highlighted-text");
            for (BodyParagraphs.Piece piece : BodyParagraphs.decorate(paragraph, all)) {
                text.add(piece.highlights().isEmpty() ? new Text(piece.text()) : mark(piece));
            }
            Paragraph p = new Paragraph(text);
            p.getElement().setAttribute("data-start", Integer.toString(paragraph.start()));
            body.add(p);
        }
    }

    private Mark mark(BodyParagraphs.Piece piece) {
        Mark mark = new Mark(piece.text());
        piece.highlights().forEach(h -> mark.addClassName(h.className()));
        if (piece.highlights().stream().anyMatch(h -> PASSAGE_CLASS.equals(h.className()))) passageMarks.add(mark);
        String label = piece.starting().stream().map(ReaderHighlight::label).filter(l -> l != null && !l.isBlank())
                .collect(Collectors.joining(", "));
        // Shown by CSS (::before) so it is seen and read, yet never part of the text a selection counts.
        if (!label.isEmpty()) mark.getElement().setAttribute("data-label", label);
        String title = piece.highlights().stream().map(ReaderHighlight::title).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n"));
        if (!title.isEmpty()) mark.getElement().setAttribute("title", title);
        return mark;
    }

    /** Lets the user's selections through to {@code handler} (null: selecting does nothing). */
    void onSelection(Consumer<ArticleSelection> handler) {
        this.onSelection = handler;
    }

    /** Asks the page for the current (or last) selection in the body; it comes back as a selection event. */
    void reportSelection() {
        body.getElement().executeJs("if (this.fbReport) this.fbReport(true)");
    }

    /** A selection the page reported (also the entry point for tests, which have no browser). */
    void selected(SelectionEnds ends) {
        if (onSelection == null) return;
        Optional<SelectionMapping.Span> span = SelectionMapping.resolve(article.body(), paragraphs, ends);
        if (span.isEmpty()) {
            log.debug("Ignored a selection that is not a span of article {} v{}: {}", article.id(), article.version(), ends);
            return;
        }
        SelectionMapping.Span s = span.get();
        onSelection.accept(new ArticleSelection(article.id(), article.version(), s.start(), s.end(), s.quote()));
    }

    /** The highlighted parts of the passage the view was opened at (empty when none). */
    List<Mark> passageMarks() {
        return List.copyOf(passageMarks);
    }

    List<BodyParagraphs.Paragraph> paragraphs() {
        return paragraphs;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        body.getElement().executeJs(SELECTION_SCRIPT);
        // Centred, not at the top: the title and byline stay in view for a passage near the start.
        passageMarks.stream().findFirst().ifPresent(mark -> mark.scrollIntoView(
                new ScrollOptions(ScrollOptions.Behavior.AUTO, ScrollOptions.Alignment.CENTER, ScrollOptions.Alignment.NEAREST)));
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
