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

    List<ExtractedDate> find(String body, Span region, LocalDate published) {
        String lowerCase = lowerCase(body, region);
        List<ExtractedDate> accepted = new ArrayList<>();
        for (DateRule rule : rules) {
            for (ExtractedDate candidate : rule.find(body, lowerCase, region.start(), published)) {
                Span span = new Span(candidate.start(), candidate.end());
                if (accepted.stream().noneMatch(date -> span.overlaps(date.start(), date.end()))) {
                    accepted.add(candidate);
                }
            }
        }
        accepted.sort(Comparator.comparingInt(ExtractedDate::start));
        return accepted;
    }

    /** Lower case char by char, unlike {@link String#toLowerCase}, which may change the length ("İ"). */
    private static String lowerCase(String body, Span region) {
        char[] chars = new char[region.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(body.charAt(region.start() + i));
        }
        return new String(chars);
    }
}
