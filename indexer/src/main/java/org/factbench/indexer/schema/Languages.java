package org.factbench.indexer.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Languages that get their own analyzed fields ({@code text_ru}, {@code title_ru}, ...). Each is filled only for
 * documents in that language, so a Russian passage is indexed once with Russian morphology and once with the
 * language-neutral {@code text} field, never with every analyzer. Other languages are searchable through the
 * neutral fields.
 */
public final class Languages {

    /**
     * @param code        ISO 639-1 code as the parser reports it
     * @param builtin     Elasticsearch's language analyzer (present on a full cluster, absent locally)
     * @param hunspell    the hunspell locale whose dictionary a node may have in {@code config/hunspell/}
     * @param stopwords   Lucene's predefined stop list for the language
     */
    public record Language(String code, String builtin, String hunspell, String stopwords) {

        public String analyzer() {
            return "fb_" + code;
        }
    }

    public static final List<Language> ALL = List.of(
            new Language("en", "english", "en_US", "_english_"),
            new Language("ru", "russian", "ru_RU", "_russian_"),
            new Language("de", "german", "de_DE", "_german_"),
            new Language("fr", "french", "fr_FR", "_french_"),
            new Language("es", "spanish", "es_ES", "_spanish_"),
            new Language("it", "italian", "it_IT", "_italian_"),
            new Language("hy", "armenian", "hy_AM", "_armenian_"));

    private static final Map<String, Language> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Language::code, l -> l));

    public static final Set<String> CODES = BY_CODE.keySet();

    private Languages() {
    }

    public static Optional<Language> of(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    /** The per-language field for {@code base} ("text" -> "text_ru"), or empty when the language has none. */
    public static Optional<String> field(String base, String code) {
        return of(code).map(l -> base + "_" + l.code());
    }
}
