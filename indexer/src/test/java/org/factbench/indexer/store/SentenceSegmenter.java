package org.factbench.indexer.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factbench.indexer.segment.Passage;
import org.factbench.indexer.segment.Segmenter;

/**
 * A minimal segmenter for the store's tests: paragraphs at blank lines, sentences at ". ", no extraction. The
 * store does not care how text is split, only that passages carry correct offsets.
 */
public final class SentenceSegmenter implements Segmenter {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");

    @Override
    public List<Passage> segment(String body, String language, LocalDate published) {
        List<Passage> passages = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf("\n\n", start);
            if (end < 0) {
                end = body.length();
            }
            String text = body.substring(start, end);
            if (!text.isBlank()) {
                passages.add(new Passage(passages.size(), Passage.Kind.PARAGRAPH, paragraph, start, end, text,
                        List.of(), List.of()));
                Matcher m = SENTENCE.matcher(text);
                while (m.find()) {
                    int s = start + m.start();
                    int e = start + m.end();
                    while (s < e && Character.isWhitespace(body.charAt(s))) {
                        s++;
                    }
                    while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                        e--;
                    }
                    if (e > s) {
                        passages.add(new Passage(passages.size(), Passage.Kind.SENTENCE, paragraph, s, e,
                                body.substring(s, e), List.of(), List.of()));
                    }
                }
                paragraph++;
            }
            start = end + 2;
        }
        return passages;
    }
}
