package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factbench.indexer.normalize.WordCharacters;

/**
 * Finds the dates in a region of a body. Rules run from the most to the least specific; a later rule's match
 * that overlaps an accepted one is dropped, so "23 December 2021" is one DAY date, not also a MONTH and a YEAR.
 */
final class DateExtractor {

    private final boolean skipUntriggeredRules;
    private final List<DateRule> rules = List.of(
            new IsoDateRule(),
            new NumericDateRule(),
            DayRangeRule.dayFirst(),
            DayRangeRule.monthFirst(),
            new MonthYearRule(),
            new MonthRule(),
            new YearRule(),
            new RelativeDayRule(),
            RelativePeriodRule.english(),
            RelativePeriodRule.russian(),
            WeekdayRule.english(),
            WeekdayRule.russian());

    DateExtractor() {
        this(true);
    }

    /** @param skipUntriggeredRules false only in tests, to compare the shortcut with running every rule */
    DateExtractor(boolean skipUntriggeredRules) {
        this.skipUntriggeredRules = skipUntriggeredRules;
    }

    List<DateRule> rules() {
        return rules;
    }

    List<ExtractedDate> find(String body, Span region, LocalDate published) {
        String lowerCase = lowerCase(body, region);
        int[] wordStarts = new int[lowerCase.length()];
        int wordStartCount = wordStarts(lowerCase, wordStarts);
        Words words = skipUntriggeredRules ? Words.of(lowerCase, wordStarts, wordStartCount) : null;
        int[] candidates = new int[wordStartCount];
        List<ExtractedDate> accepted = new ArrayList<>();
        for (DateRule rule : rules) {
            List<ExtractedDate> found;
            if (words == null) {
                found = rule.find(body, lowerCase, wordStarts, wordStartCount, region.start(), published);
            } else {
                int count = words.startsNear(rule.trigger(), rule.leadWords(), candidates);
                found = count == 0 ? List.of() : rule.find(body, lowerCase, candidates, count, region.start(), published);
            }
            for (ExtractedDate candidate : found) {
                Span span = new Span(candidate.start(), candidate.end());
                if (accepted.stream().noneMatch(date -> span.overlaps(date.start(), date.end()))) {
                    accepted.add(candidate);
                }
            }
        }
        accepted.sort(Comparator.comparingInt(ExtractedDate::start));
        return accepted;
    }

    /** The words (and numbers) of a region: where each begins and which date triggers it is. */
    private record Words(int[] starts, int[] triggers, int count) {

        static Words of(String lowerCase, int[] wordStarts, int wordStartCount) {
            int[] starts = new int[wordStartCount];
            int[] triggers = new int[wordStartCount];
            int count = 0;
            for (int i = 0; i < wordStartCount; i++) {
                int at = wordStarts[i];
                if (isLetterOrDigit(lowerCase.charAt(at))) {
                    starts[count] = at;
                    triggers[count] = DateTrigger.ofWordAt(lowerCase, at);
                    count++;
                }
            }
            return new Words(starts, triggers, count);
        }

        /**
         * Into {@code into}, ascending: the starts of the words from {@code lead} words before each {@code trigger}
         * word up to it, where a match of a rule with that trigger and lead can begin. Returns how many.
         */
        int startsNear(DateTrigger trigger, int lead, int[] into) {
            int n = 0;
            int next = 0;
            for (int k = 0; k < count; k++) {
                if ((triggers[k] & trigger.bit()) != 0) {
                    for (int w = Math.max(next, k - lead); w <= k; w++) {
                        into[n++] = starts[w];
                    }
                    next = k + 1;
                }
            }
            return n;
        }
    }

    /**
     * Positions not preceded by a letter or digit (what {@link DateRule#WORD_START} asks), into {@code starts};
     * returns how many. A surrogate before a position counts as a word start, the pattern then decides.
     */
    static int wordStarts(String text, int[] starts) {
        int count = 0;
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < text.length(); i++) {
            if (!afterLetterOrDigit) {
                starts[count++] = i;
            }
            afterLetterOrDigit = isLetterOrDigit(text.charAt(i));
        }
        return count;
    }

    /** {@code [\p{L}\p{N}]} for one UTF-16 unit; false for surrogates, so positions after them are tried. */
    private static boolean isLetterOrDigit(char c) {
        return !Character.isSurrogate(c) && WordCharacters.isLetterOrNumber(c);
    }

    /** Lower case char by char, unlike {@link String#toLowerCase}, which may change the length ("İ"). */
    static String lowerCase(String body, Span region) {
        char[] chars = new char[region.length()];
        body.getChars(region.start(), region.end(), chars, 0);
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // ASCII without the Unicode tables: most of the text of most bodies.
            chars[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
        }
        return new String(chars);
    }
}
