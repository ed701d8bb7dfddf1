package org.factbench.web.article;

import java.util.List;
import java.util.Optional;

/**
 * Turns the ends of a browser selection into body offsets. The paragraphs are the reader's own (their start
 * offsets come from the server, the client only names one of them), so a selection can only ever resolve to a
 * span of the real body; the quote is cut from the body. Java strings and the DOM both count UTF-16 code units,
 * so an offset inside a paragraph's text node is an offset into the paragraph's text.
 */
final class SelectionMapping {

    private SelectionMapping() {
    }

    /**
     * The selected span, trimmed of surrounding whitespace; empty when the ends name no paragraph of this body,
     * lie outside their paragraph, select only whitespace, or the browser's text is not the body's text there.
     */
    static Optional<Span> resolve(String body, List<BodyParagraphs.Paragraph> paragraphs, SelectionEnds ends) {
        Optional<Integer> start = offset(paragraphs, ends.startParagraph(), ends.startOffset());
        Optional<Integer> end = offset(paragraphs, ends.endParagraph(), ends.endOffset());
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        int from = Math.min(start.get(), end.get());
        int to = Math.max(start.get(), end.get());
        while (from < to && Character.isWhitespace(body.charAt(from))) from++;
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) to--;
        if (from == to) {
            return Optional.empty();
        }
        String quote = body.substring(from, to);
        if (ends.text() != null && !collapsed(ends.text()).equals(collapsed(quote))) {
            return Optional.empty();
        }
        return Optional.of(new Span(from, to, quote));
    }

    /** {@code [start, end)} in the body and the body's text there. */
    record Span(int start, int end, String quote) {
    }

    private static Optional<Integer> offset(List<BodyParagraphs.Paragraph> paragraphs, int paragraphStart, int offset) {
        return paragraphs.stream()
                .filter(paragraph -> paragraph.start() == paragraphStart)
                .filter(paragraph -> offset >= 0 && offset <= paragraph.text().length())
                .findFirst()
                .map(paragraph -> paragraph.start() + offset);
    }

    /** Browsers render paragraph breaks and line breaks in a selection's text differently; words must agree. */
    private static String collapsed(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
