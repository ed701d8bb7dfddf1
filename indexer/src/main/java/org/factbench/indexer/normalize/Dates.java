package org.factbench.indexer.normalize;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that sources write in practice. A date without a time is midnight UTC of
 * that day; a time without a zone is taken as UTC — the day stays right, which is what filters and relative
 * dates need.
 */
public final class Dates {

    private static final Pattern DIGITS = Pattern.compile("\\d{9,13}");
    /** A date-time or date at the start of a value that carries trailing junk, e.g. Reuters' "27-MAR-1987 13:59:53.78F". */
    private static final List<Pattern> PREFIXES = List.of(
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?"),
            Pattern.compile("^\\d{1,2}-[A-Za-z]{3}-\\d{4} \\d{1,2}:\\d{2}:\\d{2}(\\.\\d{1,2})?"),
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2}"),
            Pattern.compile("^\\d{1,2}-[A-Za-z]{3}-\\d{4}"));

    /** Tried in order; each either parses the whole string or is skipped. */
    private static final List<DateTimeFormatter> WITH_ZONE = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            pattern("yyyy-MM-dd['T'][' ']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][.SS][.S][' ']XX"),
            pattern("yyyy-MM-dd['T'][' ']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][.SS][.S][' ']z"),
            DateTimeFormatter.RFC_1123_DATE_TIME,
            pattern("EEE, d MMM yyyy HH:mm[:ss] z"),
            pattern("EEE, d MMM yyyy HH:mm[:ss] XX"),
            pattern("d MMM yyyy HH:mm[:ss] z"),
            pattern("EEE MMM d HH:mm:ss z yyyy"));

    private static final List<DateTimeFormatter> LOCAL_DATE_TIME = List.of(
            pattern("yyyy-MM-dd['T'][' ']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][.SS][.S]"),
            // Reuters-21578: "26-FEB-1987 15:01:01.79"
            pattern("d-MMM-yyyy HH:mm:ss[.SS][.S]"),
            pattern("yyyy/MM/dd HH:mm[:ss]"),
            pattern("MMMM d, yyyy[','] [h:mm a][HH:mm]"),
            pattern("d MMMM yyyy[','] HH:mm"));

    private static final List<DateTimeFormatter> DATE_ONLY = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("yyyy/MM/dd"),
            pattern("yyyyMMdd"),
            pattern("d-MMM-yyyy"),
            pattern("MMMM d, yyyy"),
            pattern("MMM d, yyyy"),
            pattern("d MMMM yyyy"),
            pattern("d MMM yyyy"),
            pattern("EEEE, MMMM d, yyyy"),
            pattern("EEEE, d MMMM yyyy"));

    private Dates() {
    }

    /** @return the instant written in {@code text}, or null when it is blank or not a date we can read */
    public static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replaceAll("\\s+", " ");
        OffsetDateTime exact = parseExactly(value);
        return exact != null ? exact : parsePrefix(value);
    }

    /**
     * The longest well-formed date at the start of a value followed by junk. Only the first matching prefix
     * shape is tried further, so "31-MAR-1987 605:12:19" falls back to the day rather than to nothing.
     */
    private static OffsetDateTime parsePrefix(String value) {
        for (Pattern prefix : PREFIXES) {
            var matcher = prefix.matcher(value);
            if (matcher.find() && matcher.end() < value.length()) {
                OffsetDateTime parsed = parseExactly(matcher.group());
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        return null;
    }

    private static OffsetDateTime parseExactly(String value) {
        if (DIGITS.matcher(value).matches()) {
            return fromEpoch(Long.parseLong(value));
        }
        for (DateTimeFormatter format : WITH_ZONE) {
            OffsetDateTime parsed = tryParse(value, format, Dates::withZone);
            if (parsed != null) {
                return parsed;
            }
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIME) {
            OffsetDateTime parsed = tryParse(value, format, t -> LocalDateTime.from(t).atOffset(ZoneOffset.UTC));
            if (parsed != null) {
                return parsed;
            }
        }
        for (DateTimeFormatter format : DATE_ONLY) {
            OffsetDateTime parsed = tryParse(value, format, t -> LocalDate.from(t).atStartOfDay().atOffset(ZoneOffset.UTC));
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    /** Seconds or milliseconds since the epoch, told apart by size (milliseconds pass 10^11 in 1973). */
    public static OffsetDateTime fromEpoch(long value) {
        Instant instant = Math.abs(value) >= 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime withZone(TemporalAccessor parsed) {
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed);
        }
        return ZonedDateTime.from(parsed).toOffsetDateTime();
    }

    private static OffsetDateTime tryParse(String value, DateTimeFormatter format,
                                           Function<TemporalAccessor, OffsetDateTime> convert) {
        // Most formats do not fit a given value: find that out without the exception (and its stack trace) that
        // parse() throws, since a load tries several formats for every record.
        ParsePosition position = new ParsePosition(0);
        if (format.parseUnresolved(value, position) == null || position.getIndex() != value.length()) {
            return null;
        }
        try {
            return convert.apply(format.parse(value));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
