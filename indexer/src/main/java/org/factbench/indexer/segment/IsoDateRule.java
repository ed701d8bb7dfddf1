package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.regex.Matcher;

/** "2021-12-23", also at the start of a timestamp. */
final class IsoDateRule extends DateRule {

    IsoDateRule() {
        super(WORD_START + "(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)", DateTrigger.DIGIT, 0);
    }

    @Override
    ExtractedDate toDate(Matcher match, LocalDate published) {
        LocalDate day = dayOrNull(number(match, 1), number(match, 2), number(match, 3));
        return day == null ? null : date(match, 0, day, day, ExtractedDate.Precision.DAY);
    }
}
