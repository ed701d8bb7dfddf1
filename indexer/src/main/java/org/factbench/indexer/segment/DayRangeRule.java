package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.regex.Matcher;

/**
 * A day or a range of days in one month, with or without a year: "23 December 2021", "23-24 December 2021",
 * "23 декабря 2021 года" (day first), "December 23, 2021", "December 23-24" (month first). Without a year the
 * nearest plausible year to the publication date is taken; without a publication date the mention is skipped.
 */
final class DayRangeRule extends DateRule {

    private static final String DAYS = "(\\d{1,2})" + ORDINAL + "(?:" + DASH + "(\\d{1,2})" + ORDINAL + ")?";

    static DayRangeRule dayFirst() {
        return new DayRangeRule(WORD_START + DAYS + "\\s+(?:of\\s+)?" + Months.NAME
                + "(?:,?\\s+(\\d{4})" + RUSSIAN_YEAR_WORD + "?)?" + WORD_END, 1, 2, 3, 4);
    }

    static DayRangeRule monthFirst() {
        return new DayRangeRule(WORD_START + Months.NAME + "\\s+" + DAYS + "(?:,?\\s+(\\d{4}))?" + WORD_END, 2, 3, 1, 4);
    }

    private final int dayGroup;
    private final int lastDayGroup;
    private final int monthGroup;
    private final int yearGroup;

    private DayRangeRule(String regex, int dayGroup, int lastDayGroup, int monthGroup, int yearGroup) {
        super(regex, DateTrigger.MONTH, 3);
        this.dayGroup = dayGroup;
        this.lastDayGroup = lastDayGroup;
        this.monthGroup = monthGroup;
        this.yearGroup = yearGroup;
    }

    @Override
    ExtractedDate toDate(Matcher match, LocalDate published) {
        int month = Months.number(match.group(monthGroup));
        int day = number(match, dayGroup);
        int lastDay = match.group(lastDayGroup) == null ? day : number(match, lastDayGroup);
        Integer year = match.group(yearGroup) == null ? null : number(match, yearGroup);
        if (year == null) {
            if (published == null) {
                return null;
            }
            year = nearestYear(month, day, published);
        }
        LocalDate from = dayOrNull(year, month, day);
        LocalDate to = dayOrNull(year, month, lastDay);
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return date(match, 0, from, to, ExtractedDate.Precision.DAY);
    }
}
