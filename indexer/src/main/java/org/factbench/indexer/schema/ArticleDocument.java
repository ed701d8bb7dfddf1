package org.factbench.indexer.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One version of an article as stored in {@code articles} (the current version, doc id = {@code articleId}) and
 * {@code article-versions} (superseded versions, doc id = {@code articleId:version}).
 *
 * @param source          where it was read from, for reports
 * @param passageCount    how many passages the version has, so its passages can be addressed by id
 * @param dedupBands      LSH bands of the MinHash signature of the body (empty for very short bodies)
 * @param dedupSignature  the MinHash signature
 * @param duplicateOf     the article this one is a near-duplicate of (syndicated copy), or null
 * @param versionHashes   content hashes of this and every earlier version: reading an older text again (the same
 *                        input loaded twice, or twice in one input) is recognised and does not make a new version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleDocument(
        String articleId,
        int version,
        String url,
        String title,
        String outlet,
        List<String> authors,
        OffsetDateTime published,
        String language,
        String body,
        String contentHash,
        Instant ingestedAt,
        String source,
        int passageCount,
        List<String> notes,
        List<String> dedupBands,
        int[] dedupSignature,
        String duplicateOf,
        Double duplicateSimilarity,
        List<String> versionHashes) {

    public ArticleDocument {
        authors = authors == null ? List.of() : List.copyOf(authors);
        notes = notes == null ? List.of() : List.copyOf(notes);
        dedupBands = dedupBands == null ? List.of() : List.copyOf(dedupBands);
        dedupSignature = dedupSignature == null ? new int[0] : dedupSignature.clone();
        versionHashes = versionHashes == null ? List.of() : List.copyOf(versionHashes);
    }

    /** Doc id of this version in {@code article-versions}. */
    public static String versionId(String articleId, int version) {
        return articleId + ":" + version;
    }

    /** The title again under the field of the article's language ({@code title_ru}), analyzed for that language. */
    @JsonAnyGetter
    public Map<String, Object> languageFields() {
        return Languages.localized("title", language, title).<Map<String, Object>>map(f -> Map.of(f.getKey(), f.getValue()))
                .orElse(Map.of());
    }

    public ArticleDocument withDuplicate(String of, double similarity) {
        return new ArticleDocument(articleId, version, url, title, outlet, authors, published, language, body,
                contentHash, ingestedAt, source, passageCount, notes, dedupBands, dedupSignature, of, similarity, versionHashes);
    }
}
