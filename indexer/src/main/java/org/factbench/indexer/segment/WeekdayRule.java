package org.factbench.indexer.segment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * "on Monday", "last Friday", "next Tuesday", "в понедельник", "в прошлую среду" (Russian only after "в", so
 * "окружающая среда" stays the environment). News uses a bare weekday for
 * the latest such day up to the publication date; "last" means strictly before it, "next" strictly after.
 * Skipped when the publication date is unknown.
 */
final class WeekdayRule extends DateRule {

    private static final String[] PREFIXES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "пон", "вто", "сре", "чет", "пят", "суб", "вос"};

    static WeekdayRule english() {
        return new WeekdayRule(WORD_START + "(?:(last|next|this)\\s+)?"
                + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)" + WORD_END);
    }

    static WeekdayRule russian() {
        return new WeekdayRule(WORD_START + "во?\\s+(?:(прошл\\p{L}+|следующ\\p{L}+|эт\\p{L}+)\\s+)?"
                + "(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)" + WORD_END);
    }

    private WeekdayRule(String regex) {
        super(regex, DateTrigger.WEEKDAY, 2);
    }

    @Override
    ExtractedDate toDate(Matcher match, LocalDate published) {
        if (published == null) {
            return null;
        }
        DayOfWeek weekday = weekday(match.group(2));
        int shift = match.group(1) == null ? 0 : RelativePeriodRule.shift(match.group(1).toLowerCase(Locale.ROOT));
        LocalDate day = switch (shift) {
            case -1 -> published.with(TemporalAdjusters.previous(weekday));
            case 1 -> published.with(TemporalAdjusters.next(weekday));
            default -> published.with(TemporalAdjusters.previousOrSame(weekday));
        };
        return date(match, match.group(1) == null ? 2 : 1, day, day, ExtractedDate.Precision.DAY);
    }

    private static DayOfWeek weekday(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < PREFIXES.length; i++) {
            if (PREFIXES[i].equals(prefix)) {
                return DayOfWeek.of(i % 7 + 1);
            }
        }
        throw new IllegalArgumentException("not a weekday: " + name);
    }
}
