package org.factbench.web.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factbench.core.corpus.HighlightedText;
import org.factbench.core.corpus.ArticleParagraphs;
import org.factbench.core.corpus.HighlightedText.Segment;

/**
 * Splits a normalized article body into the paragraphs the indexer cut its passages from (separated by blank
 * lines) and marks a passage given as offsets into the whole body. Offsets stay those of the stored body, so they
 * agree with search hits and evidence selectors.
 */
final class BodyParagraphs {

    record Paragraph(int start, String text) {

        int end() {
            return start + text.length();
        }
    }

    private BodyParagraphs() {
    }

    static List<Paragraph> split(String body) {
        return ArticleParagraphs.of(body).stream()
                .map(span -> new Paragraph(span.start(), body.substring(span.start(), span.end())))
                .toList();
    }

    /** The paragraph's text with the part inside {@code passage} highlighted (if any). */
    static HighlightedText highlight(Paragraph paragraph, Optional<PassageRange> passage) {
        if (passage.isEmpty()) {
            return HighlightedText.plain(paragraph.text());
        }
        int from = Math.max(passage.get().start(), paragraph.start()) - paragraph.start();
        int to = Math.min(passage.get().end(), paragraph.end()) - paragraph.start();
        if (from >= to) {
            return HighlightedText.plain(paragraph.text());
        }
        String text = paragraph.text();
        List<Segment> segments = new ArrayList<>();
        if (from > 0) segments.add(new Segment(text.substring(0, from), false));
        segments.add(new Segment(text.substring(from, to), true));
        if (to < text.length()) segments.add(new Segment(text.substring(to), false));
        return new HighlightedText(segments);
    }
}
