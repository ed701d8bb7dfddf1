package org.factbench.core.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the region's sources: the one list that the index schema analyzes, language detection
 * names, the search filter offers and the screens label. The claims we check come from Azerbaijani, Armenian,
 * Georgian, Russian, Turkish and English sources; Ukrainian is the other language of the Russian-language press
 * the desk reads. A language added here gets its analyzer in the indexer, which refuses to compile without one.
 */
public enum CorpusLanguage {
    ENGLISH("en"),
    RUSSIAN("ru"),
    AZERBAIJANI("az"),
    ARMENIAN("hy"),
    GEORGIAN("ka"),
    TURKISH("tr"),
    UKRAINIAN("uk");

    private static final List<String> CODES = Arrays.stream(values()).map(CorpusLanguage::code).toList();

    private final String code;

    CorpusLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as articles and passages store it. */
    public String code() {
        return code;
    }

    /** The language's name in the reader's language ("Azerbaijani", "азербайджанский"), from the JDK's locale data. */
    public String label(Locale reader) {
        String name = Locale.of(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    /** Every code, in the order above (the region's most read languages first). */
    public static List<String> codes() {
        return CODES;
    }

    public static Optional<CorpusLanguage> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    /** The label of a code, or the code itself when it is not one of ours (a custom filter value). */
    public static String labelOf(String code, Locale reader) {
        return ofCode(code).map(l -> l.label(reader)).orElse(code);
    }
}
