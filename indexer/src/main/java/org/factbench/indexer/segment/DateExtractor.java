package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        int triggers = skipUntriggeredRules ? DateTrigger.presentIn(lowerCase, wordStarts, wordStartCount) : -1;
        List<ExtractedDate> accepted = new ArrayList<>();
        for (DateRule rule : rules) {
            if ((triggers & rule.trigger().bit()) == 0) {
                continue;
            }
            for (ExtractedDate candidate : rule.find(body, lowerCase, wordStarts, wordStartCount, region.start(), published)) {
                Span span = new Span(candidate.start(), candidate.end());
                if (accepted.stream().noneMatch(date -> span.overlaps(date.start(), date.end()))) {
                    accepted.add(candidate);
                }
            }
        }
        accepted.sort(Comparator.comparingInt(ExtractedDate::start));
        return accepted;
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
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Lower case char by char, unlike {@link String#toLowerCase}, which may change the length ("İ"). */
    static String lowerCase(String body, Span region) {
        char[] chars = new char[region.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(body.charAt(region.start() + i));
        }
        return new String(chars);
    }
}
