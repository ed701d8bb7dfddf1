package org.factbench.web.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factbench.core.corpus.HighlightedText;

/**
 * Renders {@link HighlightedText} as text nodes and {@link Mark} elements. Article text is untrusted: it only
 * ever becomes text content, never markup, so {@code <script>} in an article shows up as those characters.
 */
public final class HighlightedTextView extends Span {

    public HighlightedTextView(HighlightedText text) {
        addClassName("fb-highlighted-text");
        text.segments().stream().map(HighlightedTextView::toComponent).forEach(this::add);
    }

    public List<Mark> marks() {
        return getChildren().filter(Mark.class::isInstance).map(Mark.class::cast).toList();
    }

    private static Component toComponent(HighlightedText.Segment segment) {
        return segment.highlighted() ? new Mark(segment.text()) : new Text(segment.text());
    }
}
