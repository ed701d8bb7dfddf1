package org.factbench.indexer.segment;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a paragraph into sentences with the locale's {@link BreakIterator}, then undoes breaks after abbreviations. */
final class SentenceSplitter {

    // Enough context to read the words around a proposed break without copying the rest of the paragraph,
    // which would make a long paragraph full of abbreviations quadratic.
    private static final int LOOKAHEAD = 40;
    private static final int LOOKBEHIND = 256;

    private SentenceSplitter() {
    }

    static List<Span> split(String body, Span paragraph, Locale locale) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        String text = body.substring(paragraph.start(), paragraph.end());
        breaks.setText(text);
        List<Span> sentences = new ArrayList<>();
        int sentenceStart = 0;
        for (int boundary = breaks.next(); boundary != BreakIterator.DONE; boundary = breaks.next()) {
            boolean last = boundary >= text.length();
            if (!last && Abbreviations.joins(text.substring(lookbehindStart(text, sentenceStart, boundary), boundary),
                    text.substring(boundary, Math.min(text.length(), boundary + LOOKAHEAD)))) {
                continue;
            }
            Span sentence = Span.trimmed(body, paragraph.start() + sentenceStart, paragraph.start() + boundary);
            if (sentence.length() > 0) {
                sentences.add(sentence);
            }
            sentenceStart = boundary;
        }
        return sentences;
    }

    /** Where the two words before a break begin (a window bounded by the sentence start and by LOOKBEHIND). */
    private static int lookbehindStart(String text, int sentenceStart, int boundary) {
        int from = Math.max(sentenceStart, boundary - LOOKBEHIND);
        int spaces = 0;
        for (int i = boundary - 1; i > from; i--) {
            if (Span.isSpace(text.charAt(i)) && !Span.isSpace(text.charAt(i - 1)) && ++spaces == 3) {
                return i;
            }
        }
        return from;
    }
}
