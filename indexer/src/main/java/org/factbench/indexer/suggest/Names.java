package org.factbench.indexer.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proper names by capitalization: runs of capitalized words ("Vugar Khalilov", "Azerbaijani-Armenian"), the first
 * word of a sentence only when it is not a common word; a name right after "in", "at", "near" ("в", "во") is a
 * place. Months and weekdays are dates, not names. Heuristic on purpose: no model, works for English and Russian.
 */
final class Names {

    private static final Pattern CAPITALIZED = Pattern.compile(
            "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*(?:\\s+(?:of\\s+|de\\s+)?\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*)*");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "в", "во");
    private static final Set<String> NOT_NAMES = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mr", "mrs", "ms", "dr", "i");

    /** A name in a text and whether it reads as a place. */
    record Name(String text, boolean place) {

        String stem() {
            return Words.stem(text.toLowerCase(Locale.ROOT));
        }
    }

    private Names() {
    }

    static List<Name> of(String text) {
        List<Name> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        Matcher m = CAPITALIZED.matcher(text);
        while (m.find()) {
            String name = m.group();
            int start = m.start();
            if (atSentenceStart(text, start)) {
                // "The Kremlin said": drop a common first word, keep the rest.
                int space = name.indexOf(' ');
                String first = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
                if (Words.STOP.contains(first) || NOT_NAME_STARTS.contains(first)) {
                    if (space < 0) {
                        continue;
                    }
                    start += space + 1;
                    name = name.substring(space + 1);
                }
            }
            if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) || name.length() < 2) {
                continue;
            }
            names.add(new Name(name, PLACE_WORDS.contains(previousWord(text, start))));
        }
        return names;
    }

    /** Common words that start sentences and are capitalized only for that. */
    private static final Set<String> NOT_NAME_STARTS = Set.of("first", "last", "both", "some", "many", "most", "all",
            "two", "three", "one", "officials", "public", "according", "during", "since", "while", "however", "new");

    private static boolean atSentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:;\"«“\n".indexOf(text.charAt(i)) >= 0;
    }

    private static String previousWord(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
