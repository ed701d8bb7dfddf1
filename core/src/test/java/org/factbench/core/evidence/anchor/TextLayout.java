package org.factbench.core.evidence.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paragraphs (separated by blank lines) and sentences of a body, as offsets; good enough for news text. */
final class TextLayout {

    record Span(int start, int end) {

        int length() {
            return end - start;
        }

        boolean contains(int position) {
            return start <= position && position < end;
        }

        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    /** A sentence ends with . ! or ? (and maybe a closing quote) before whitespace and an upper-case letter or quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”»]?(?=\\s+[\\p{Lu}\"“«])");

    private final String body;
    private final List<Span> paragraphs = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();
    private final List<Integer> paragraphOfSentence = new ArrayList<>();

    TextLayout(String body) {
        this.body = body;
        int start = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(body);
        while (breaks.find()) {
            addParagraph(start, breaks.start());
            start = breaks.end();
        }
        addParagraph(start, body.length());
    }

    private void addParagraph(int from, int to) {
        while (from < to && NormalizedText.isSpace(body.charAt(from))) from++;
        while (to > from && NormalizedText.isSpace(body.charAt(to - 1))) to--;
        if (from >= to) {
            return;
        }
        int paragraph = paragraphs.size();
        paragraphs.add(new Span(from, to));
        Matcher ends = SENTENCE_END.matcher(body).region(from, to);
        int sentenceStart = from;
        while (ends.find()) {
            addSentence(sentenceStart, ends.end(), paragraph);
            sentenceStart = ends.end();
            while (sentenceStart < to && NormalizedText.isSpace(body.charAt(sentenceStart))) sentenceStart++;
        }
        addSentence(sentenceStart, to, paragraph);
    }

    private void addSentence(int from, int to, int paragraph) {
        if (from < to) {
            sentences.add(new Span(from, to));
            paragraphOfSentence.add(paragraph);
        }
    }

    String body() {
        return body;
    }

    List<Span> paragraphs() {
        return paragraphs;
    }

    List<Span> sentences() {
        return sentences;
    }

    int paragraphOf(int sentenceIndex) {
        return paragraphOfSentence.get(sentenceIndex);
    }

    int sentenceAt(int position) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).end() > position) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    /** Word spans (maximal runs of non-space characters) inside [from, to). */
    List<Span> words(int from, int to) {
        List<Span> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && NormalizedText.isSpace(body.charAt(i))) i++;
            int start = i;
            while (i < to && !NormalizedText.isSpace(body.charAt(i))) i++;
            if (start < i) {
                words.add(new Span(start, i));
            }
        }
        return words;
    }
}
