package org.factbench.indexer.parse;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Limits and language detection for reading sources ({@code factbench.parse.*}).
 *
 * @param maxDocumentBytes the most that is held in memory at once: a whole text or HTML file, a feed, one
 *                         JSON line or record, one WARC payload. Bigger inputs are reported, not read.
 * @param languages        ISO 639-1 codes language detection chooses from when a source does not state its
 *                         language; a short list keeps the detector small and fast
 */
@ConfigurationProperties("factbench.parse")
public record ParseSettings(Long maxDocumentBytes, List<String> languages) {

    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    /** The region's languages first, then the most common other languages of world news. */
    public static final List<String> DEFAULT_LANGUAGES = List.of(
            "en", "ru", "az", "hy", "tr", "de", "fr", "es", "it", "uk", "ka", "fa", "ar",
            "pt", "nl", "pl", "cs", "zh", "ja", "ko", "he");

    public ParseSettings {
        maxDocumentBytes = maxDocumentBytes == null ? DEFAULT_MAX_DOCUMENT_BYTES : maxDocumentBytes;
        if (maxDocumentBytes < 1024) {
            throw new IllegalArgumentException("factbench.parse.max-document-bytes must be at least 1024, got " + maxDocumentBytes);
        }
        languages = languages == null || languages.isEmpty() ? DEFAULT_LANGUAGES : List.copyOf(languages);
    }

    public static ParseSettings defaults() {
        return new ParseSettings(null, null);
    }
}
