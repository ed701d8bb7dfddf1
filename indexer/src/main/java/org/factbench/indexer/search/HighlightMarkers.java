package org.factbench.indexer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factbench.core.corpus.HighlightedText;
import org.factbench.indexer.schema.TurkicText;

/**
 * Turns highlighter output into {@link HighlightedText}. Elasticsearch wraps matches in two private-use
 * characters instead of HTML tags, so the text is never markup at any point; the marked string must reproduce
 * the stored passage exactly once the markers are removed, otherwise the highlight is not trusted.
 */
final class HighlightMarkers {

    static final String PRE = "\uE000";
    static final String POST = "\uE001";

    private HighlightMarkers() {
    }

    /**
     * Merges the matches of several highlighted versions of {@code text} (one per analyzed field: a Russian
     * word may match only in {@code text_ru}) into segments. Falls back to plain text when no version fits.
     */
    static HighlightedText segments(String text, List<String> markedVersions) {
        if (text.contains(PRE) || text.contains(POST)) {
            return HighlightedText.plain(text);
        }
        boolean[] highlighted = new boolean[text.length()];
        boolean any = false;
        for (String marked : markedVersions) {
            Optional<List<int[]>> ranges = ranges(marked, text);
            if (ranges.isEmpty()) {
                continue;
            }
            for (int[] range : ranges.get()) {
                for (int i = range[0]; i < range[1]; i++) {
                    highlighted[i] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return HighlightedText.plain(text);
        }
        List<HighlightedText.Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || highlighted[i] != highlighted[start]) {
                segments.add(new HighlightedText.Segment(text.substring(start, i), highlighted[start]));
                start = i;
            }
        }
        return new HighlightedText(segments);
    }

    /** Offsets of the marked ranges in the unmarked text, or empty when the unmarked text is not {@code text}. */
    static Optional<List<int[]>> ranges(String marked, String text) {
        List<int[]> ranges = new ArrayList<>();
        StringBuilder plain = new StringBuilder(text.length());
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == PRE.charAt(0)) {
                if (open >= 0) {
                    return Optional.empty();
                }
                open = plain.length();
            } else if (c == POST.charAt(0)) {
                if (open < 0) {
                    return Optional.empty();
                }
                if (plain.length() > open) {
                    ranges.add(new int[] {open, plain.length()});
                }
                open = -1;
            } else {
                plain.append(c);
            }
        }
        return open < 0 && sameText(plain.toString(), text) ? Optional.of(ranges) : Optional.empty();
    }

    /**
     * The Azerbaijani and Turkish fields hold the passage in Turkic casing, character for character, so their
     * highlights mark the same offsets of the stored passage.
     */
    private static boolean sameText(String unmarked, String text) {
        return unmarked.equals(text) || unmarked.length() == text.length() && unmarked.equals(TurkicText.fold(text));
    }
}
