package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;

/**
 * A month without a year: "in December", "late March", "last December", "в декабре". The year comes from the
 * publication date: "last"/"next" take the nearest such month before/after it, other words the nearest either
 * way. A word that introduces a time is required, so the verb "may" stays a verb. Skipped without a publication
 * date.
 */
final class MonthRule extends DateRule {

    MonthRule() {
        super(WORD_START + "(last|next|this|in|since|by|until|during|early|late|mid|of"
                + "|в|во|с|со|до|к|по|начале|конце|середине)(?:\\s+|-)" + Months.NAME + WORD_END,
                DateTrigger.MONTH, 1);
    }

    @Override
    ExtractedDate toDate(Matcher match, LocalDate published) {
        if (published == null) {
            return null;
        }
        int month = Months.number(match.group(2));
        int shift = RelativePeriodRule.shift(match.group(1));
        YearMonth publishedMonth = YearMonth.from(published);
        YearMonth sameYear = publishedMonth.withMonth(month);
        YearMonth mentioned = switch (shift) {
            case -1 -> sameYear.isBefore(publishedMonth) ? sameYear : sameYear.minusYears(1);
            case 1 -> sameYear.isAfter(publishedMonth) ? sameYear : sameYear.plusYears(1);
            default -> YearMonth.of(nearestYear(month, 15, published), month);
        };
        boolean qualified = match.group(1).equals("last") || match.group(1).equals("next") || match.group(1).equals("this");
        return date(match, qualified ? 1 : 2, mentioned.atDay(1), mentioned.atEndOfMonth(), ExtractedDate.Precision.MONTH);
    }
}
