package org.factbench.indexer.parse;

import org.factbench.indexer.normalize.Bylines;
import org.factbench.indexer.normalize.LanguageCodes;
import org.factbench.indexer.normalize.LanguageGuesser;
import org.factbench.indexer.normalize.TextNormalizer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a reader's draft into the article that is stored: decides which metadata wins, normalizes text and
 * detects the language where no one stated it.
 *
 * <p>Precedence, highest first: the command line ({@link ReadOptions}); for a file that is one article, its
 * sidecar, then what the file says; for a container (JSON Lines, feed, WARC), what the record says, then the
 * sidecar as a default for the whole file (title and URL never come from a container's sidecar).
 */
final class ArticleFinisher {

    private final LanguageGuesser languageGuesser;
    private final boolean detectLanguages;

    ArticleFinisher(LanguageGuesser languageGuesser) {
        this(languageGuesser, true);
    }

    private ArticleFinisher(LanguageGuesser languageGuesser, boolean detectLanguages) {
        this.languageGuesser = languageGuesser;
        this.detectLanguages = detectLanguages;
    }

    /** The same finisher, but an article whose language no one states is left with none ({@link #withDetectedLanguage}). */
    ArticleFinisher leavingLanguagesUndetected() {
        return new ArticleFinisher(languageGuesser, false);
    }

    /** The article with the language detected from its title and body, if it has none. */
    ParsedArticle withDetectedLanguage(ParsedArticle a) {
        if (a.language() != null) {
            return a;
        }
        return new ParsedArticle(a.source(), a.url(), a.title(), a.outlet(), a.authors(), a.published(),
                detect(a.title(), a.body()), a.body(), a.notes());
    }

    ParseResult finish(ParsedArticle draft, SidecarMetadata sidecar, boolean singleArticle, ReadOptions options) {
        String body = TextNormalizer.body(draft.body());
        if (body.isEmpty()) {
            return new ParseResult.Failed(draft.source(), "no text: the article body is empty once markup and control characters are removed");
        }
        List<String> notes = new ArrayList<>(draft.notes());
        notes.addAll(sidecar.notes());

        String title = TextNormalizer.inline(singleArticle ? first(sidecar.title(), draft.title()) : draft.title());
        String outlet = TextNormalizer.inline(first(options.outlet(), singleArticle
                ? first(sidecar.outlet(), draft.outlet())
                : first(draft.outlet(), sidecar.outlet())));
        List<String> rawAuthors = singleArticle
                ? (sidecar.authors().isEmpty() ? draft.authors() : sidecar.authors())
                : (draft.authors().isEmpty() ? sidecar.authors() : draft.authors());
        OffsetDateTime published = first(options.published(), singleArticle
                ? first(sidecar.published(), draft.published())
                : first(draft.published(), sidecar.published()));
        String url = canonicalUrl(singleArticle ? first(sidecar.url(), draft.url()) : draft.url(), notes);
        String statedLanguage = first(options.language(), singleArticle
                ? first(sidecar.language(), draft.language())
                : first(draft.language(), sidecar.language()));
        String language = language(statedLanguage, title, body, notes);

        return new ParseResult.Parsed(new ParsedArticle(draft.source(), url, title, outlet,
                Bylines.clean(rawAuthors, outlet), published, language, body, notes));
    }

    private String language(String stated, String title, String body, List<String> notes) {
        String code = LanguageCodes.toIso639_1(stated);
        if (code != null) {
            return code;
        }
        if (stated != null && !stated.isBlank()) {
            notes.add("language '" + stated.strip() + "' is not a language code; detected instead");
        }
        return detectLanguages ? detect(title, body) : null;
    }

    private String detect(String title, String body) {
        return languageGuesser.guess(title == null ? body : title + "\n" + body);
    }

    /** An absolute http(s) URL without its fragment, which never names a different article. */
    private static String canonicalUrl(String value, List<String> notes) {
        String url = TextNormalizer.inline(value);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                int hash = url.indexOf('#');
                return hash < 0 ? url : url.substring(0, hash);
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable URL
        }
        notes.add("url '" + (url.length() > 80 ? url.substring(0, 80) + "…" : url) + "' ignored: not an absolute http(s) URL");
        return null;
    }

    private static <T> T first(T preferred, T fallback) {
        if (preferred instanceof String s && s.isBlank()) {
            return fallback;
        }
        return preferred != null ? preferred : fallback;
    }
}
