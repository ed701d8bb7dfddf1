package org.factbench.indexer.segment;

import java.util.List;

/**
 * A paragraph or a sentence of an article body. {@code start}/{@code end} are character offsets into the
 * normalized body ({@code body.substring(start, end).equals(text)}).
 *
 * @param ordinal   position among the article's passages, stable for a given body
 * @param paragraph index of the paragraph it belongs to
 */
public record Passage(
        int ordinal,
        Kind kind,
        int paragraph,
        int start,
        int end,
        String text,
        List<ExtractedDate> dates,
        List<ExtractedNumber> numbers) {

    public enum Kind { PARAGRAPH, SENTENCE }

    public Passage {
        dates = List.copyOf(dates);
        numbers = List.copyOf(numbers);
    }
}
