package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Splits a body into paragraph passages, each followed by its sentence passages, in reading order. Sentences come
 * from the language's {@link java.text.BreakIterator} with abbreviation fixes; a sentence longer than
 * {@code maxSentence} characters is cut at a clause or a space, and a paragraph longer than {@code maxParagraph}
 * becomes several PARAGRAPH passages of whole sentences with the same paragraph index. Dates and numbers found in
 * a passage's text are attached to it with offsets into the body.
 */
@Component
public class TextSegmenter implements Segmenter {

    /** About a screen of text: long enough for context, short enough to rank and quote as one passage. */
    static final int DEFAULT_MAX_PARAGRAPH = 3000;
    /** Longer "sentences" are lists, tables or text without punctuation. */
    static final int DEFAULT_MAX_SENTENCE = 1000;

    private final int maxParagraph;
    private final int maxSentence;
    private final DateExtractor dates = new DateExtractor();
    private final NumberExtractor numbers = new NumberExtractor();

    public TextSegmenter() {
        this(DEFAULT_MAX_PARAGRAPH, DEFAULT_MAX_SENTENCE);
    }

    TextSegmenter(int maxParagraph, int maxSentence) {
        if (maxSentence < 2 || maxParagraph < maxSentence) {
            throw new IllegalArgumentException("need 2 <= maxSentence <= maxParagraph, got " + maxSentence
                    + " and " + maxParagraph);
        }
        this.maxParagraph = maxParagraph;
        this.maxSentence = maxSentence;
    }

    @Override
    public List<Passage> segment(String body, String language, LocalDate published) {
        Objects.requireNonNull(body, "body");
        Locale locale = language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language);
        List<Passage> passages = new ArrayList<>();
        List<Span> paragraphs = Paragraphs.of(body);
        for (int paragraph = 0; paragraph < paragraphs.size(); paragraph++) {
            List<Span> sentences = new ArrayList<>();
            for (Span sentence : SentenceSplitter.split(body, paragraphs.get(paragraph), locale)) {
                sentences.addAll(LengthLimiter.limit(body, sentence, maxSentence));
            }
            for (List<Span> chunk : LengthLimiter.chunk(sentences, maxParagraph)) {
                Span span = new Span(chunk.getFirst().start(), chunk.getLast().end());
                List<ExtractedDate> chunkDates = dates.find(body, span, published);
                List<ExtractedNumber> chunkNumbers = numbers.find(body, span, language, chunkDates);
                passages.add(passage(passages.size(), Passage.Kind.PARAGRAPH, paragraph, body, span, chunkDates, chunkNumbers));
                for (Span sentence : chunk) {
                    passages.add(passage(passages.size(), Passage.Kind.SENTENCE, paragraph, body, sentence, chunkDates, chunkNumbers));
                }
            }
        }
        return passages;
    }

    private static Passage passage(int ordinal, Passage.Kind kind, int paragraph, String body, Span span,
                                   List<ExtractedDate> dates, List<ExtractedNumber> numbers) {
        return new Passage(ordinal, kind, paragraph, span.start(), span.end(), body.substring(span.start(), span.end()),
                dates.stream().filter(date -> span.contains(date.start(), date.end())).toList(),
                numbers.stream().filter(number -> span.contains(number.start(), number.end())).toList());
    }
}
