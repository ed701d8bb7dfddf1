package org.factbench.indexer.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factbench.indexer.normalize.CandidateScan;

/**
 * Finds numbers with their value and unit: "23", "1.5 million" (1500000), "40%" (unit "%"), "$3 billion"
 * (unit "USD"), "1,5 млн долларов" (1500000, unit "долларов"). English writes "1,500.5"; Russian and most other
 * languages write "1 500,5", so the language decides what a comma means. Numbers inside a date mention, in
 * words such as "COVID-19" or "20th", times such as "10:30", and bare four-digit years are left out.
 */
final class NumberExtractor {

    private static final String BEFORE = "(?<![\\p{L}\\p{N}_])(?<!\\p{N}[.,:])(?<!\\p{L}-)";
    private static final String CURRENCY = "(?:(?<currency>[$€£₽₼])\\p{Zs}?)?";
    private static final String POINT_DECIMAL = "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String COMMA_DECIMAL = "(?<number>\\d{1,3}(?:\\p{Zs}\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE_WORDS = "thousand|million|billion|trillion|bn|mln"
            + "|тысяч[аи]?|тыс\\.?|миллион(?:а|ов)?|млн\\.?|миллиард(?:а|ов)?|млрд\\.?|триллион(?:а|ов)?|трлн\\.?";
    private static final String PERCENT_WORDS = "%|percent|per cent|процент(?:а|ов)?";
    private static final String AFTER = "(?![\\p{L}\\p{N}]|:\\d)";

    /**
     * Only the scale and percent words ignore case: with the whole pattern case-insensitive, every character
     * class compared each character in both cases.
     */
    private static final Pattern POINT_DECIMAL_NUMBER = pattern(true);
    private static final Pattern COMMA_DECIMAL_NUMBER = pattern(false);

    private static final Pattern SPACES = Pattern.compile("\\p{Zs}");

    private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "€", "EUR", "£", "GBP", "₽", "RUB", "₼", "AZN");

    /** Words that follow a number without being what it counts. */
    private static final Set<String> NOT_UNITS = Set.of(
            "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "as", "is",
            "was", "were", "are", "be", "been", "that", "this", "it", "he", "she", "they", "we", "but", "than",
            "per", "after", "before", "since", "more", "less", "when", "which", "who", "will", "would", "had", "has",
            "и", "в", "во", "на", "с", "со", "по", "к", "за", "из", "от", "до", "о", "об", "что", "как", "а", "но",
            "или", "не", "это", "он", "она", "они", "мы", "был", "была", "были", "также", "уже", "чем");

    static Pattern pattern(boolean english) {
        return compile(english, false);
    }

    /**
     * The plain formulation, case-insensitive throughout, in a find() loop over the whole text: what the tests hold
     * {@link #pattern} and {@link #forEachMatch} to.
     */
    static Pattern reference(boolean english) {
        return compile(english, true);
    }

    private static Pattern compile(boolean english, boolean ignoreCaseThroughout) {
        // Either the whole pattern ignores case, except the unit (a lower-case word), or only the scale and percent words.
        String words = ignoreCaseThroughout ? "(?:" : "(?iu:";
        String unit = ignoreCaseThroughout ? "(?-i:\\p{Ll}+)" : "\\p{Ll}+";
        return Pattern.compile(BEFORE + CURRENCY + (english ? POINT_DECIMAL : COMMA_DECIMAL)
                        + "(?:\\p{Zs}?(?<scale>" + words + SCALE_WORDS + ")))?"
                        + "(?:\\p{Zs}?(?<percent>" + words + PERCENT_WORDS + ")))?"
                        + AFTER + "(?:[\\p{Zs}-]+(?<unit>" + unit + "))?",
                ignoreCaseThroughout ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    List<ExtractedNumber> find(String body, Span region, String language, List<ExtractedDate> dates) {
        if (!hasDigit(body, region)) {
            return List.of();
        }
        boolean english = language == null || language.toLowerCase(Locale.ROOT).startsWith("en");
        // The region as a string of its own: lookbehinds stop at its start as they did with an opaque region.
        String text = body.substring(region.start(), region.end());
        List<ExtractedNumber> numbers = new ArrayList<>();
        forEachMatch((english ? POINT_DECIMAL_NUMBER : COMMA_DECIMAL_NUMBER).matcher(text), text, match -> {
            Span mention = new Span(region.start() + match.start(), region.start() + mentionEnd(match));
            if (dates.stream().noneMatch(date -> mention.overlaps(date.start(), date.end())) && !looksLikeYear(match)) {
                numbers.add(new ExtractedNumber(body.substring(mention.start(), mention.end()), mention.start(),
                        mention.end(), value(match, english), unit(match)));
            }
        });
        return numbers;
    }

    /** The matches of a number pattern in {@code text}, in order, as a find() loop would give them. */
    static void forEachMatch(Matcher match, String text, Consumer<Matcher> onMatch) {
        // Tried only at digits and currency signs: the engine tried every position, through three lookbehinds,
        // which made number extraction a tenth of a load's CPU even with a first-character check.
        CandidateScan.forEachMatch(match, text, NumberExtractor::mayStart, onMatch);
    }

    private static boolean mayStart(int c) {
        return (c >= '0' && c <= '9') || c == '$' || c == '€' || c == '£' || c == '₽' || c == '₼';
    }

    /** {@code \\d} without UNICODE_CHARACTER_CLASS is [0-9]: no ASCII digit, no number. */
    private static boolean hasDigit(String body, Span region) {
        for (int i = region.start(); i < region.end(); i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int mentionEnd(Matcher match) {
        if (match.group("percent") != null) {
            return match.end("percent");
        }
        return match.group("scale") != null ? match.end("scale") : match.end("number");
    }

    /** A bare 1900-2100 with nothing around it is a year that no date rule claimed, not a quantity. */
    private static boolean looksLikeYear(Matcher match) {
        String number = match.group("number");
        return number.length() == 4 && number.chars().allMatch(Character::isDigit)
                && Integer.parseInt(number) >= 1900 && Integer.parseInt(number) <= 2100
                && match.group("currency") == null && match.group("scale") == null
                && match.group("percent") == null && unit(match) == null;
    }

    private static double value(Matcher match, boolean english) {
        String digits = english
                ? match.group("number").replace(",", "")
                : SPACES.matcher(match.group("number")).replaceAll("").replace(',', '.');
        return Double.parseDouble(digits) * scale(match.group("scale"));
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        String scale = word.toLowerCase(Locale.ROOT);
        if (scale.startsWith("тыс") || scale.equals("thousand")) {
            return 1e3;
        }
        if (scale.startsWith("mil") || scale.equals("mln") || scale.startsWith("млн") || scale.startsWith("миллион")) {
            return 1e6;
        }
        if (scale.startsWith("b") || scale.startsWith("млрд") || scale.startsWith("миллиард")) {
            return 1e9;
        }
        return 1e12;
    }

    private static String unit(Matcher match) {
        if (match.group("percent") != null) {
            return "%";
        }
        if (match.group("currency") != null) {
            return CURRENCIES.get(match.group("currency"));
        }
        String word = match.group("unit");
        return word == null || NOT_UNITS.contains(word.toLowerCase(Locale.ROOT)) ? null : word.toLowerCase(Locale.ROOT);
    }
}
