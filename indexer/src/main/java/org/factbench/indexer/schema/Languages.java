package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch._types.analysis.Analyzer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factbench.core.corpus.CorpusLanguage;

/**
 * How each of core's {@link CorpusLanguage}s is analyzed. Each gets its own analyzed fields ({@code text_ru},
 * {@code title_ru}, ...), filled only for documents in that language, so a Russian passage is indexed once with
 * Russian morphology and once with the language-neutral {@code text} field, never with every analyzer. Other
 * languages are searchable through the neutral fields.
 */
public final class Languages {

    /**
     * @param builtin    Elasticsearch's language analyzer (present on a full cluster, absent locally), or null
     *                   when Elasticsearch has none for the language
     * @param hunspell   the hunspell locale whose dictionary a node may have in {@code config/hunspell/}, or null
     *                   when no dictionary is packaged for the language
     * @param stopwords  the stop filter's words: Lucene's predefined list by name ({@code _english_}) or our own
     * @param turkic     Turkic casing: dotted İ/i and dotless I/ı are two letters (see {@link TurkicText})
     */
    public record Language(CorpusLanguage language, Builtin builtin, String hunspell, List<String> stopwords,
                           boolean turkic) {

        public Language {
            stopwords = List.copyOf(stopwords);
        }

        public String code() {
            return language.code();
        }

        public String analyzer() {
            return "fb_" + code();
        }

        /** The text as it goes into (and is searched in) this language's fields. */
        public String indexed(String text) {
            return turkic && text != null ? TurkicText.fold(text) : text;
        }
    }

    /** A language analyzer of Elasticsearch: its name (to ask the cluster) and its typed definition. */
    public record Builtin(String name, Analyzer definition) {
    }

    public static final List<Language> ALL = Arrays.stream(CorpusLanguage.values()).map(Languages::analysis).toList();

    private static final Map<String, Language> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Language::code, l -> l));

    private Languages() {
    }

    /** Exhaustive: a language added to core does not compile until it is given its analysis here. */
    private static Language analysis(CorpusLanguage language) {
        return switch (language) {
            case ENGLISH -> new Language(language, new Builtin("english", Analyzer.of(a -> a.english(e -> e))),
                    "en_US", List.of("_english_"), false);
            case RUSSIAN -> new Language(language, new Builtin("russian", Analyzer.of(a -> a.russian(r -> r))),
                    "ru_RU", List.of("_russian_"), false);
            // Elasticsearch has no Azerbaijani, Georgian or Ukrainian analyzer (Ukrainian is a plugin) and Debian no
            // Azerbaijani, Armenian or Georgian hunspell dictionary.
            case AZERBAIJANI -> new Language(language, null, null, StopWords.AZERBAIJANI, true);
            case ARMENIAN -> new Language(language, new Builtin("armenian", Analyzer.of(a -> a.armenian(h -> h))),
                    null, List.of("_armenian_"), false);
            case GEORGIAN -> new Language(language, null, null, StopWords.GEORGIAN, false);
            case TURKISH -> new Language(language, new Builtin("turkish", Analyzer.of(a -> a.turkish(t -> t))),
                    "tr_TR", List.of("_turkish_"), true);
            case UKRAINIAN -> new Language(language, null, "uk_UA", StopWords.UKRAINIAN, false);
        };
    }

    public static Optional<Language> of(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    /** The per-language field for {@code base} ("text" -> "text_ru"), or empty when the language has none. */
    public static Optional<String> field(String base, String code) {
        return of(code).map(l -> base + "_" + l.code());
    }

    /**
     * The field and value under which {@code text} is indexed for its language ("text" -> "text_az" with the
     * Turkic casing), or empty when the language has no fields of its own.
     */
    public static Optional<Map.Entry<String, String>> localized(String base, String code, String text) {
        return text == null ? Optional.empty() : of(code).map(l -> Map.entry(base + "_" + l.code(), l.indexed(text)));
    }

    /** The hunspell locales the languages use, for a node launcher that installs dictionaries. */
    public static List<String> hunspellLocales() {
        return ALL.stream().map(Language::hunspell).filter(h -> h != null).toList();
    }
}
