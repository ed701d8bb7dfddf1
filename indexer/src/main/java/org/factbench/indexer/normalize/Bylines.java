package org.factbench.indexer.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns bylines as sources write them ("By Jane Roe and John Doe, Reuters", "Par A et B") into a list of
 * author names.
 */
public final class Bylines {

    private static final Pattern PREFIX = Pattern.compile("^(?iu)(by|par|von|por|from)\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;|]|\\s(?:/|and|und|et|y|и|&)\\s)\\s*", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** Links and e-mail addresses, also in parentheses: "Jane Roe (https://example.org/jane)". */
    private static final Pattern LINKS = Pattern.compile("\\(?\\s*(?:https?://|www\\.|mailto:)\\S*\\s*\\)?|\\(?\\S+@\\S+\\.\\w+\\)?");
    /** Dashes, bullets and colons that layouts put around a byline. */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\p{Pd}·•:|]+|[\\s\\p{Pd}·•:|,]+$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX_NAME_LENGTH = 80;

    /** Agencies named after a reporter ("Jane Roe, Reuters") are credit, not a second author. */
    private static final Set<String> AGENCIES = Set.of(
            "reuters", "reuter", "ap", "associated press", "afp", "agence france-presse", "agence france presse",
            "bloomberg", "tass", "itar-tass", "interfax", "ria novosti", "xinhua", "dpa", "efe", "ansa", "upi",
            "pa", "anadolu", "apa", "azertac", "trend", "armenpress");

    private Bylines() {
    }

    /** @param byline one string naming one or more authors; null gives an empty list */
    public static List<String> split(String byline) {
        String text = TextNormalizer.inline(byline);
        if (text == null) {
            return List.of();
        }
        text = LINKS.matcher(text).replaceAll(" ");
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            String name = EDGE_PUNCTUATION.matcher(PREFIX.matcher(part.strip()).replaceFirst("")).replaceAll("").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Cleans names from any source: normalized, de-duplicated, without things that are not names (links,
     * dates, sentences), and without the outlet or a news agency when a person is also named.
     */
    public static List<String> clean(List<String> names, String outlet) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String raw : names) {
            for (String name : split(raw)) {
                if (isPlausibleName(name)) {
                    unique.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        List<String> people = unique.values().stream()
                .filter(name -> !isCredit(name, outlet))
                .toList();
        return people.isEmpty() ? List.copyOf(unique.values()) : people;
    }

    private static boolean isPlausibleName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.length() <= MAX_NAME_LENGTH
                && !DIGIT.matcher(name).find()
                && !lower.startsWith("http")
                && !lower.contains("@")
                && !lower.contains("www.");
    }

    private static boolean isCredit(String name, String outlet) {
        String lower = name.toLowerCase(Locale.ROOT);
        return AGENCIES.contains(lower) || (outlet != null && lower.equals(outlet.toLowerCase(Locale.ROOT)));
    }
}
