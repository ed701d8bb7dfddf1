package org.factbench.indexer.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts spans longer than a maximum into pieces, so a run-on sentence or a paragraph without full stops still
 * becomes passages that a search can rank and a reader can quote. Cuts prefer a clause boundary, then a space.
 */
final class LengthLimiter {

    private static final String CLAUSE_ENDS = ";:,)—–";

    private LengthLimiter() {
    }

    static List<Span> limit(String body, Span span, int max) {
        List<Span> pieces = new ArrayList<>();
        Span rest = span;
        while (rest.length() > max) {
            int cut = cutPoint(body, rest.start(), rest.start() + max);
            add(pieces, Span.trimmed(body, rest.start(), cut));
            rest = Span.trimmed(body, cut, rest.end());
        }
        add(pieces, rest);
        return pieces;
    }

    /** Groups consecutive sentences into chunks of at most {@code max} characters (each sentence is shorter). */
    static List<List<Span>> chunk(List<Span> sentences, int max) {
        List<List<Span>> chunks = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        for (Span sentence : sentences) {
            if (!current.isEmpty() && sentence.end() - current.getFirst().start() > max) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.add(sentence);
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private static int cutPoint(String body, int start, int limit) {
        int floor = start + (limit - start) / 2;
        int space = -1;
        for (int i = limit; i > floor; i--) {
            char before = body.charAt(i - 1);
            if (Span.isSpace(body.charAt(i)) && !Span.isSpace(before)) {
                if (CLAUSE_ENDS.indexOf(before) >= 0) {
                    return i;
                }
                if (space < 0) {
                    space = i;
                }
            }
        }
        if (space > 0) {
            return space;
        }
        // No space at all: cut hard, but never between the two halves of a surrogate pair.
        return Character.isLowSurrogate(body.charAt(limit)) ? limit - 1 : limit;
    }

    private static void add(List<Span> pieces, Span piece) {
        if (piece.length() > 0) {
            pieces.add(piece);
        }
    }
}
