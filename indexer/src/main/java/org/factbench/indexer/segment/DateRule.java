package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

    /** Characters below this get a precomputed may-start answer; rarer ones are simply tried. */
    private static final char FIRST_CHAR_TABLE = '\u0500';

    private final Pattern pattern;
    /** Whether a match can begin with the (lower-case) character: lets {@link #find} skip most word starts. */
    private final boolean[] mayStartWith = new boolean[FIRST_CHAR_TABLE];

    private final DateTrigger trigger;
    private final int leadWords;

    /**
     * @param trigger   a word every match holds (see {@link DateTrigger})
     * @param leadWords how many words before its trigger word a match can begin ("the day before yesterday": 3)
     */
    DateRule(String regex, DateTrigger trigger, int leadWords) {
        this.trigger = trigger;
        this.leadWords = leadWords;
        if (!regex.startsWith(WORD_START)) {
            throw new IllegalArgumentException("a date pattern must begin at a word start: " + regex);
        }
        this.pattern = Pattern.compile(regex);
        for (char c = 0; c < FIRST_CHAR_TABLE; c++) {
            // hitEnd: the engine wanted a second character, so some text beginning with c may match.
            Matcher probe = pattern.matcher(String.valueOf(c));
            mayStartWith[c] = probe.lookingAt() || probe.hitEnd();
        }
    }

    /** Calls {@code action} with each match, left to right, without overlaps: what a {@code find()} loop sees. */
    final void forEachMatch(String lowerCase, int[] wordStarts, int wordStartCount, Consumer<Matcher> action) {
        // Transparent bounds: the lookbehind must see the character before the region, as find() would.
        Matcher match = pattern.matcher(lowerCase).useTransparentBounds(true);
        int searchFrom = 0;
        for (int i = 0; i < wordStartCount; i++) {
            int at = wordStarts[i];
            char first = lowerCase.charAt(at);
            if (at < searchFrom || (first < FIRST_CHAR_TABLE && !mayStartWith[first])) {
                continue;
            }
            match.region(at, lowerCase.length());
            if (match.lookingAt()) {
                searchFrom = Math.max(match.end(), at + 1);
                action.accept(match);
            }
        }
    }

    DateTrigger trigger() {
        return trigger;
    }

    int leadWords() {
        return leadWords;
    }

    /** The pattern, for tests that compare {@link #find} with a plain {@code find()} loop. */
    Pattern pattern() {
        return pattern;
    }

    /** @return the date with offsets into the matched text, or null to skip this match */
    abstract ExtractedDate toDate(Matcher match, LocalDate published);

    /**
     * The same matches as {@code pattern.matcher(lowerCase).find()} in a loop, found faster: every pattern begins
     * with {@link #WORD_START}, so a match can only begin where the previous character is no letter or digit, and
     * only with a character the pattern accepts first. Trying just those positions avoids running the lookbehind
     * and the alternatives of twelve patterns at every character, which was most of the cost of segmenting.
     *
     * @param lowerCase  the region's text in lower case, char for char, so that the patterns can be written in
     *                   lower case without case-insensitive matching and offsets stay those of the body
     * @param wordStarts the positions in {@code lowerCase} not preceded by a letter or digit, ascending (a superset
     *                   is fine: the pattern's own lookbehind still decides)
     * @param offset     where the region starts in {@code body}
     */
    final List<ExtractedDate> find(String body, String lowerCase, int[] wordStarts, int wordStartCount, int offset,
                                   LocalDate published) {
        List<ExtractedDate> dates = new ArrayList<>();
        forEachMatch(lowerCase, wordStarts, wordStartCount, match -> {
            ExtractedDate date = toDate(match, published);
            if (date != null) {
                int start = offset + date.start();
                int end = offset + date.end();
                String mention = body.substring(start, end);
                if (!LOWER_CASE_ENGLISH_MONTH.matcher(mention).find()) {
                    dates.add(new ExtractedDate(mention, start, end, date.from(), date.to(), date.precision()));
                }
            }
        });
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
