package org.factbench.indexer.normalize;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Detects the language of an article that does not state one, with Lingua restricted to the languages a
 * newsroom in the region reads. The detector is built on first use and once only: its models cost memory
 * and start-up time, and many runs (sources that say their language) never need it. Low-accuracy mode
 * (trigrams only) keeps the models small; Lingua's own evaluation shows it loses accuracy only on texts
 * shorter than about 120 characters, and articles are longer.
 */
public final class LanguageGuesser {

    /** Enough text for a confident guess; more only costs time. */
    private static final int SAMPLE_CHARS = 1500;

    private final List<Language> languages;
    private volatile LanguageDetector detector;

    /** @param isoCodes ISO 639-1 codes Lingua knows, e.g. "en", "ru", "az", "hy" */
    public LanguageGuesser(List<String> isoCodes) {
        List<Language> resolved = new ArrayList<>();
        for (String code : isoCodes) {
            resolved.add(languageFor(code));
        }
        if (resolved.size() < 2) {
            throw new IllegalArgumentException("language detection needs at least two languages, got " + isoCodes);
        }
        this.languages = List.copyOf(resolved);
    }

    /** @return the ISO 639-1 code of the most likely language, or null when the text is too short or mixed */
    public String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language language = detector().detectLanguageOf(sample);
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    public List<String> languages() {
        return languages.stream().map(l -> l.getIsoCode639_1().name().toLowerCase(Locale.ROOT)).toList();
    }

    private LanguageDetector detector() {
        LanguageDetector built = detector;
        if (built == null) {
            synchronized (this) {
                built = detector;
                if (built == null) {
                    built = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                            .withLowAccuracyMode()
                            .build();
                    detector = built;
                }
            }
        }
        return built;
    }

    private static Language languageFor(String code) {
        try {
            return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("language detection does not know the language code '" + code + "'", e);
        }
    }
}
