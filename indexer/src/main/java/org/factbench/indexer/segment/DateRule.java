package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a date ("23 December 2021", "last year", ...). A rule matches inside a region of the body
 * and turns each match into a date with offsets into the body, or skips it when it is no valid date or needs a
 * publication date that is unknown.
 */
abstract class DateRule {

    /** Word boundaries that also hold for Cyrillic, unlike a plain {@code \b} in some modes. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    static final String WORD_END = "(?![\\p{L}\\p{N}])";
    static final String DASH = "\\s*[-–—]\\s*";
    static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** Russian writes "2021 года", "в 2021 году", "2021 г.", "2020-2021 гг." after a year. */
    static final String RUSSIAN_YEAR_WORD = "(?:\\s*(?:года|году|год|гг\\.|г\\.))";

    /** English writes month names with a capital; in lower case "may" and "march" are verbs ("they may 3 times"). */
    private static final Pattern LOWER_CASE_ENGLISH_MONTH = Pattern.compile(WORD_START
            + "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)" + WORD_END);

    private final Pattern pattern;

    DateRule(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** @return the date with offsets into the matched text, or null to skip this match */
    abstract ExtractedDate toDate(Matcher match, LocalDate published);

    /**
     * @param lowerCase the region's text in lower case, char for char, so that the patterns can be written in
     *                  lower case without case-insensitive matching and offsets stay those of the body
     * @param offset    where the region starts in {@code body}
     */
    final List<ExtractedDate> find(String body, String lowerCase, int offset, LocalDate published) {
        List<ExtractedDate> dates = new ArrayList<>();
        Matcher match = pattern.matcher(lowerCase);
        while (match.find()) {
            ExtractedDate date = toDate(match, published);
            if (date != null) {
                int start = offset + date.start();
                int end = offset + date.end();
                String mention = body.substring(start, end);
                if (!LOWER_CASE_ENGLISH_MONTH.matcher(mention).find()) {
                    dates.add(new ExtractedDate(mention, start, end, date.from(), date.to(), date.precision()));
                }
            }
        }
        return dates;
    }

    /**
     * A date whose mention runs from the start of {@code firstGroup} to the end of the match, so that leading
     * words such as "in" or "on" stay out of it (group 0 for the whole match).
     */
    static ExtractedDate date(Matcher match, int firstGroup, LocalDate from, LocalDate to,
                              ExtractedDate.Precision precision) {
        int start = match.start(firstGroup);
        String mention = match.group().substring(start - match.start());
        return new ExtractedDate(mention, start, match.end(), from, to, precision);
    }

    /** @return the date, or null when the numbers make none (31 February, month 13) */
    static LocalDate dayOrNull(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException invalid) {
            return null;
        }
    }

    /**
     * The year a day-and-month without year most plausibly means: of the publication year and its neighbours,
     * the one that puts the day nearest to the publication date ("on December 23" in an article of 5 January
     * 2022 is 23 December 2021).
     */
    static int nearestYear(int month, int day, LocalDate published) {
        int best = published.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate candidate = dayOrNull(year, month, day);
            if (candidate != null) {
                long distance = Math.abs(candidate.toEpochDay() - published.toEpochDay());
                if (distance < bestDistance) {
                    best = year;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    static int number(Matcher match, int group) {
        return Integer.parseInt(match.group(group));
    }
}
