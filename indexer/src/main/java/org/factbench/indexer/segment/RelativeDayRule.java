package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** "yesterday", "today", "вчера", ...: a day counted from the publication date; skipped when that is unknown. */
final class RelativeDayRule extends DateRule {

    private static final Map<String, Integer> DAYS_FROM_PUBLICATION = Map.of(
            "the day before yesterday", -2, "yesterday", -1, "today", 0, "tonight", 0, "tomorrow", 1,
            "позавчера", -2, "вчера", -1, "сегодня", 0, "завтра", 1, "послезавтра", 2);

    RelativeDayRule() {
        super(WORD_START + "(the day before yesterday|yesterday|today|tonight|tomorrow"
                + "|позавчера|вчера|сегодня|послезавтра|завтра)" + WORD_END,
                DateTrigger.RELATIVE_DAY, 3);
    }

    @Override
    ExtractedDate toDate(Matcher match, LocalDate published) {
        if (published == null) {
            return null;
        }
        LocalDate day = published.plusDays(DAYS_FROM_PUBLICATION.get(match.group(1).toLowerCase(Locale.ROOT)));
        return date(match, 0, day, day, ExtractedDate.Precision.DAY);
    }
}
