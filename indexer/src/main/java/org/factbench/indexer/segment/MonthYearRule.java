package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;

/** "December 2021", "в декабре 2021 года": the whole month, with MONTH precision. */
final class MonthYearRule extends DateRule {

    MonthYearRule() {
        super(WORD_START + Months.NAME + ",?\\s+(?:of\\s+)?(\\d{4})" + RUSSIAN_YEAR_WORD + "?" + WORD_END,
                DateTrigger.MONTH, 0);
    }

    @Override
    ExtractedDate toDate(Matcher match, LocalDate published) {
        YearMonth month = YearMonth.of(number(match, 2), Months.number(match.group(1)));
        return date(match, 0, month.atDay(1), month.atEndOfMonth(), ExtractedDate.Precision.MONTH);
    }
}
