package org.factbench.indexer.parse;

import org.factbench.core.corpus.CorpusLanguage;
import org.factbench.indexer.parse.html.HtmlLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Limits and language detection for reading sources ({@code factbench.parse.*}).
 *
 * @param maxDocumentBytes the most that is held in memory at once: a whole text or HTML file, a feed, one
 *                         JSON line or record, one WARC payload. Bigger inputs are reported, not read.
 * @param languages        ISO 639-1 codes language detection chooses from when a source does not state its
 *                         language; by default the corpus languages. A code outside them is stored and
 *                         filterable but has no analyzer of its own
 * @param html             bounds on the work for one HTML page ({@code factbench.parse.html.max-depth},
 *                         {@code .max-nodes}, {@code .time-limit}); a page over them is reported as too complex
 */
@ConfigurationProperties("factbench.parse")
public record ParseSettings(Long maxDocumentBytes, List<String> languages, HtmlLimits html) {

    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    /**
     * The corpus languages ({@link CorpusLanguage}): those the schema analyzes and the search offers. A text most like
     * another language stays unknown and is searched through the neutral fields.
     */
    public static final List<String> DEFAULT_LANGUAGES = CorpusLanguage.codes();

    public ParseSettings {
        maxDocumentBytes = maxDocumentBytes == null ? DEFAULT_MAX_DOCUMENT_BYTES : maxDocumentBytes;
        if (maxDocumentBytes < 1024) {
            throw new IllegalArgumentException("factbench.parse.max-document-bytes must be at least 1024, got " + maxDocumentBytes);
        }
        languages = languages == null || languages.isEmpty() ? DEFAULT_LANGUAGES : List.copyOf(languages);
        html = html == null ? HtmlLimits.DEFAULT : html;
    }

    public static ParseSettings defaults() {
        return new ParseSettings(null, null, null);
    }
}
