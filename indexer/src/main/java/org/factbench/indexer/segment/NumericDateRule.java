package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.regex.Matcher;

/** "23.12.2021": day first, as Russian and most European writing has it. */
final class NumericDateRule extends DateRule {

    NumericDateRule() {
        super(WORD_START + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)", DateTrigger.DIGIT, 0);
    }

    @Override
    ExtractedDate toDate(Matcher match, LocalDate published) {
        LocalDate day = dayOrNull(number(match, 3), number(match, 2), number(match, 1));
        return day == null ? null : date(match, 0, day, day, ExtractedDate.Precision.DAY);
    }
}
