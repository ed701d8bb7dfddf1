package org.factbench.indexer.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word that a date rule cannot match without: a digit, a plausible year, a month name, a weekday, "yesterday",
 * "year"... A match starts at most a few words before its trigger word ({@link DateRule#leadWords()}), so the
 * extractor tries a rule only there — most paragraphs name no month, and running the month patterns at every
 * "in" and "of" was the bulk of segmenting. DateRuleScanTest holds the shortcut to the result of running every
 * rule everywhere, on real news.
 */
enum DateTrigger {
    /** An ASCII digit at a word start. */
    DIGIT,
    /** Four digits 1800-2099 at a word start, not followed by a fifth. */
    YEAR,
    /** A word beginning like an English or Russian month name. */
    MONTH,
    WEEKDAY,
    RELATIVE_DAY,
    /** "year", "month", "week" and their Russian forms. */
    PERIOD;

    /** Lower-case word beginnings (three letters, every rule's words are at least that long) and what they trigger. */
    private static final Map<String, Integer> WORD_BEGINNINGS = new HashMap<>();

    static {
        register(MONTH, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                "янв", "фев", "мар", "апр", "май", "мая", "мае", "июн", "июл", "авг", "сен", "окт", "ноя", "дек");
        register(WEEKDAY, "mon", "tue", "wed", "thu", "fri", "sat", "sun",
                "пон", "вто", "сре", "чет", "пят", "суб", "вос");
        register(RELATIVE_DAY, "yes", "tod", "ton", "tom", "поз", "вче", "сег", "пос", "зав");
        register(PERIOD, "yea", "mon", "wee", "год", "мес", "нед");
    }

    private static void register(DateTrigger trigger, String... beginnings) {
        for (String beginning : List.of(beginnings)) {
            WORD_BEGINNINGS.merge(beginning, trigger.bit(), (a, b) -> a | b);
        }
    }

    int bit() {
        return 1 << ordinal();
    }

    /** The triggers of the word (or number) beginning at {@code at}, as a bit set of {@link #bit()}s. */
    static int ofWordAt(String lowerCase, int at) {
        char first = lowerCase.charAt(at);
        if (first >= '0' && first <= '9') {
            return isYear(lowerCase, at) ? DIGIT.bit() | YEAR.bit() : DIGIT.bit();
        }
        if (at + 3 <= lowerCase.length() && Character.isLetter(first)) {
            Integer triggers = WORD_BEGINNINGS.get(lowerCase.substring(at, at + 3));
            return triggers == null ? 0 : triggers;
        }
        return 0;
    }

    private static boolean isYear(String text, int at) {
        if (at + 4 > text.length() || (at + 4 < text.length() && isDigit(text.charAt(at + 4)))) {
            return false;
        }
        int year = 0;
        for (int i = at; i < at + 4; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return false;
            }
            year = year * 10 + (c - '0');
        }
        return year >= 1800 && year <= 2099;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
