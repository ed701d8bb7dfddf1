package org.factbench.web.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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

    /** A run of a paragraph's text under the same highlights (none: plain text). */
    record Piece(String text, List<ReaderHighlight> highlights, List<ReaderHighlight> starting) {
    }

    /**
     * The paragraph cut at every highlight boundary inside it, in order; overlapping highlights (a passage and a
     * link on it, two links sharing words) give pieces under several. {@code starting} names the highlights that
     * begin in that piece, so their label is shown once, where they start.
     */
    static List<Piece> decorate(Paragraph paragraph, List<ReaderHighlight> highlights) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(paragraph.start(), paragraph.end()));
        List<ReaderHighlight> inside = highlights.stream()
                .filter(h -> h.start() < paragraph.end() && h.end() > paragraph.start()).toList();
        for (ReaderHighlight h : inside) {
            cuts.add(Math.max(h.start(), paragraph.start()));
            cuts.add(Math.min(h.end(), paragraph.end()));
        }
        List<Piece> pieces = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int a = from;
            int b = to;
            List<ReaderHighlight> on = inside.stream().filter(h -> h.start() <= a && h.end() >= b).toList();
            List<ReaderHighlight> starting = on.stream()
                    .filter(h -> h.start() == a || (a == paragraph.start() && h.start() < a)).toList();
            pieces.add(new Piece(paragraph.text().substring(a - paragraph.start(), b - paragraph.start()), on, starting));
        }
        return pieces;
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
