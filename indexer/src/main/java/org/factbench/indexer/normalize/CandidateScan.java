package org.factbench.indexer.normalize;

import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * The matches a find() loop would give, for a pattern that can only start at a few kinds of characters (a digit,
 * a '<'): the pattern is tried only there, instead of the engine trying, and failing, at every position of the text.
 * The caller promises that no match starts at a character {@code mayStart} rejects.
 */
public final class CandidateScan {

    private CandidateScan() {
    }

    /** Hands {@code onMatch} every match of {@code matcher} in {@code text}, in order. */
    public static void forEachMatch(Matcher matcher, CharSequence text, IntPredicate mayStart,
                                    Consumer<Matcher> onMatch) {
        // Transparent bounds: lookbehinds see the text before each candidate, as they would in find().
        matcher.useTransparentBounds(true);
        int from = next(text, 0, mayStart);
        while (from >= 0) {
            matcher.region(from, text.length());
            if (matcher.lookingAt()) {
                onMatch.accept(matcher);
                // As find(): after an empty match the search goes on one character later, so it cannot stall.
                from = next(text, Math.max(matcher.end(), from + 1), mayStart);
            } else {
                from = next(text, from + 1, mayStart);
            }
        }
    }

    /** Whether {@code matcher} matches anywhere in {@code text}. */
    public static boolean anyMatch(Matcher matcher, CharSequence text, IntPredicate mayStart) {
        matcher.useTransparentBounds(true);
        for (int at = next(text, 0, mayStart); at >= 0; at = next(text, at + 1, mayStart)) {
            if (matcher.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static int next(CharSequence text, int from, IntPredicate mayStart) {
        for (int i = from; i < text.length(); i++) {
            if (mayStart.test(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
