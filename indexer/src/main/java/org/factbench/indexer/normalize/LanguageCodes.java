package org.factbench.indexer.normalize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns what sources write for a language ("en-US", "en_GB", "rus", "Russian") into an ISO 639-1 code. */
public final class LanguageCodes {

    private static final Set<String> TWO_LETTER = Arrays.stream(Locale.getISOLanguages())
            .filter(code -> code.length() == 2)
            .collect(Collectors.toUnmodifiableSet());
    private static final Map<String, String> BY_NAME_OR_ISO3 = buildIndex();

    private LanguageCodes() {
    }

    /** @return a two-letter lower-case code, or null when the value names no language Java knows */
    public static String toIso639_1(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = value.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        if (primary.length() == 2 && primary.chars().allMatch(Character::isLetter)) {
            String code = Locale.forLanguageTag(primary).getLanguage();
            return TWO_LETTER.contains(code) ? code : null;
        }
        return BY_NAME_OR_ISO3.get(primary.length() == 3 ? primary : tag);
    }

    private static Map<String, String> buildIndex() {
        Map<String, String> index = new HashMap<>();
        for (String code : TWO_LETTER) {
            Locale locale = Locale.of(code);
            try {
                index.putIfAbsent(locale.getISO3Language(), code);
            } catch (MissingResourceException e) {
                // no three-letter code known for it: the two-letter one still works
            }
            index.putIfAbsent(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        // bibliographic ISO 639-2 codes that differ from the terminological ones Java returns
        index.putIfAbsent("ger", "de");
        index.putIfAbsent("fre", "fr");
        index.putIfAbsent("arm", "hy");
        index.putIfAbsent("geo", "ka");
        index.putIfAbsent("per", "fa");
        index.putIfAbsent("chi", "zh");
        index.putIfAbsent("dut", "nl");
        index.putIfAbsent("cze", "cs");
        index.putIfAbsent("gre", "el");
        return Map.copyOf(index);
    }
}
