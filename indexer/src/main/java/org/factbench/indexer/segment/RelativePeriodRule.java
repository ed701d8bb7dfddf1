package org.factbench.indexer.segment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * "last year", "this month", "next week", "в прошлом году", "на следующей неделе": the whole period before, at or
 * after the publication date ("late last year" is last year: how late is the writer's guess, not a date).
 */
final class RelativePeriodRule extends DateRule {

    static RelativePeriodRule english() {
        return new RelativePeriodRule(WORD_START + "(last|previous|this|next)\\s+(year|month|week)" + WORD_END);
    }

    static RelativePeriodRule russian() {
        return new RelativePeriodRule(WORD_START + "(?:в|на)\\s+(прошл\\p{L}+|эт\\p{L}+|текущ\\p{L}+|следующ\\p{L}+|будущ\\p{L}+)"
                + "\\s+(году|месяце|неделе)" + WORD_END);
    }

    private RelativePeriodRule(String regex) {
        super(regex, DateTrigger.PERIOD, 2);
    }

    @Override
    ExtractedDate toDate(Matcher match, LocalDate published) {
        if (published == null) {
            return null;
        }
        int shift = shift(match.group(1).toLowerCase(Locale.ROOT));
        String unit = match.group(2).toLowerCase(Locale.ROOT);
        if (unit.startsWith("year") || unit.startsWith("год")) {
            int year = published.getYear() + shift;
            return date(match, 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), ExtractedDate.Precision.YEAR);
        }
        if (unit.startsWith("month") || unit.startsWith("месяц")) {
            YearMonth month = YearMonth.from(published).plusMonths(shift);
            return date(match, 1, month.atDay(1), month.atEndOfMonth(), ExtractedDate.Precision.MONTH);
        }
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
        return date(match, 1, monday, monday.plusDays(6), ExtractedDate.Precision.DAY);
    }

    /** -1 for last/прошлый, +1 for next/следующий/будущий, 0 for this/этот/текущий. */
    static int shift(String word) {
        if (word.startsWith("last") || word.startsWith("previous") || word.startsWith("прошл")) {
            return -1;
        }
        if (word.startsWith("next") || word.startsWith("следующ") || word.startsWith("будущ")) {
            return 1;
        }
        return 0;
    }
}
