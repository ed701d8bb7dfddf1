package org.factbench.indexer.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.schema.ArticleDocument;
import org.factbench.indexer.schema.PassageDocument;
import org.factbench.indexer.segment.ExtractedDate;
import org.factbench.indexer.segment.ExtractedNumber;
import org.factbench.indexer.segment.Passage;
import org.factbench.indexer.segment.Segmenter;

/** Turns a parsed article into the documents stored for one version: the article and its passages. */
final class DocumentFactory {

    private final Segmenter segmenter;
    private final Clock clock;

    DocumentFactory(Segmenter segmenter, Clock clock) {
        this.segmenter = segmenter;
        this.clock = clock;
    }

    record VersionDocuments(ArticleDocument article, List<PassageDocument> passages) {
    }

    /**
     * The documents of one version of a prepared article.
     *
     * @param duplicate     the article this one is a near-duplicate of, or null
     * @param earlierHashes content hashes of the versions before this one
     */
    VersionDocuments create(PreparedArticle prepared, int version, NearDuplicates.Match duplicate,
                            List<String> earlierHashes) {
        ParsedArticle parsed = prepared.article();
        ArticleIdentity identity = prepared.identity();
        List<String> hashes = new ArrayList<>(earlierHashes);
        hashes.add(identity.contentHash());
        ArticleDocument article = new ArticleDocument(identity.articleId(), version,
                identity.canonicalUrl() != null ? identity.canonicalUrl() : parsed.url(), parsed.title(),
                parsed.outlet(), parsed.authors(), parsed.published(), parsed.language(), parsed.body(),
                identity.contentHash(), clock.instant(), parsed.source(), 0, parsed.notes(),
                prepared.bands(), prepared.signature(),
                duplicate == null ? null : duplicate.articleId(), duplicate == null ? null : duplicate.similarity(),
                hashes);
        return documents(article, prepared.passages());
    }

    /** Segments the body of {@code article} again, e.g. when a rebuild re-derives passages from stored articles. */
    VersionDocuments passagesOf(ArticleDocument article) {
        LocalDate published = article.published() == null ? null : article.published().toLocalDate();
        List<Passage> passages = article.body() == null || article.body().isBlank()
                ? List.of() : segmenter.segment(article.body(), article.language(), published);
        return documents(article, passages);
    }

    private static VersionDocuments documents(ArticleDocument article, List<Passage> passages) {
        List<PassageDocument> documents = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            documents.add(passage(article, p));
        }
        ArticleDocument counted = new ArticleDocument(article.articleId(), article.version(), article.url(),
                article.title(), article.outlet(), article.authors(), article.published(), article.language(),
                article.body(), article.contentHash(), article.ingestedAt(), article.source(), documents.size(),
                article.notes(), article.dedupBands(), article.dedupSignature(), article.duplicateOf(),
                article.duplicateSimilarity(), article.versionHashes());
        return new VersionDocuments(counted, documents);
    }

    static PassageDocument passage(ArticleDocument article, Passage p) {
        List<PassageDocument.DateRange> ranges = new ArrayList<>(p.dates().size());
        for (ExtractedDate d : p.dates()) {
            if (d.from() != null) {
                ranges.add(new PassageDocument.DateRange(d.from(), d.to() == null ? d.from() : d.to()));
            }
        }
        List<Double> values = new ArrayList<>(p.numbers().size());
        for (ExtractedNumber n : p.numbers()) {
            values.add(n.value());
        }
        return new PassageDocument(article.articleId(), article.version(), p.ordinal(), p.kind().name(),
                p.paragraph(), p.start(), p.end(), p.text(), article.title(), article.url(), article.outlet(),
                article.authors(), article.published(), article.language(), article.duplicateOf(), ranges, values,
                p.dates(), p.numbers());
    }
}
