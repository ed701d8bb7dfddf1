package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.regex.Matcher;

/**
 * A year or a range of years ("in 2021", "since 2020", "mid-2021", "2020-2021 гг.", "в 2021 году"). A four-digit
 * number counts as a year only after a word that introduces a time or before a Russian year word, so that
 * "2000 people" stays a number.
 */
final class YearRule extends DateRule {

    private static final String CONTEXT = "(in|since|by|until|till|through|throughout|during|from|before|after"
            + "|of|the|early|late|mid|spring|summer|autumn|fall|winter|year"
            + "|в|во|с|со|до|к|по|за|от|на|начале|конце|середине)";
    private static final String YEAR = "(1[89]\\d\\d|20\\d\\d)";

    YearRule() {
        super(WORD_START + "(?:" + CONTEXT + "(?:\\s+|-))?" + YEAR + "(?:" + DASH + YEAR + ")?"
                + "(" + RUSSIAN_YEAR_WORD + ")?" + WORD_END, DateTrigger.YEAR, 1);
    }

    @Override
    ExtractedDate toDate(Matcher match, LocalDate published) {
        if (match.group(1) == null && match.group(4) == null) {
            return null;
        }
        int first = number(match, 2);
        int last = match.group(3) == null ? first : number(match, 3);
        if (last < first) {
            return null;
        }
        return date(match, 2, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), ExtractedDate.Precision.YEAR);
    }
}
