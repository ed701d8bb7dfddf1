package org.factbench.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.ArticleVersionSummary;
import org.factbench.indexer.schema.ArticleDocument;
import org.factbench.indexer.schema.ArticleRef;
import org.factbench.indexer.schema.IndexNames;

/**
 * Reads article versions by id. The current version lives in {@code articles} under the article id, every
 * earlier one in {@code article-versions} under {@code id:version}; both are read with real-time GETs, so a
 * version is readable the moment its load committed.
 */
final class ArticleStore {

    private final ElasticsearchClient client;
    private final IndexNames names;

    ArticleStore(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    Optional<ArticleText> latest(String articleId) throws IOException {
        return head(articleId).map(ArticleStore::toText);
    }

    Optional<ArticleText> version(String articleId, int version) throws IOException {
        Optional<ArticleDocument> head = head(articleId);
        if (head.isEmpty() || version < 1 || version > head.get().version()) {
            return Optional.empty();
        }
        if (head.get().version() == version) {
            return head.map(ArticleStore::toText);
        }
        GetResponse<ArticleDocument> old = client.get(g -> g.index(names.articleVersions())
                .id(ArticleDocument.versionId(articleId, version)), ArticleDocument.class);
        return old.found() && old.source() != null ? Optional.of(toText(old.source())) : Optional.empty();
    }

    List<ArticleVersionSummary> versions(String articleId) throws IOException {
        Optional<ArticleDocument> head = head(articleId);
        if (head.isEmpty()) {
            return List.of();
        }
        List<ArticleVersionSummary> versions = new ArrayList<>();
        int current = head.get().version();
        if (current > 1) {
            List<String> ids = IntStream.range(1, current).mapToObj(v -> ArticleDocument.versionId(articleId, v)).toList();
            MgetResponse<ArticleRef> old = client.mget(m -> m.index(names.articleVersions()).ids(ids)
                    .sourceIncludes("articleId", "version", "contentHash", "ingestedAt"), ArticleRef.class);
            for (MultiGetResponseItem<ArticleRef> item : old.docs()) {
                if (item.isResult() && item.result().found() && item.result().source() != null) {
                    ArticleRef ref = item.result().source();
                    versions.add(new ArticleVersionSummary(ref.articleId(), ref.versionOrZero(), ref.contentHash(),
                            ref.ingestedAt()));
                }
            }
        }
        versions.add(summary(head.get()));
        return versions;
    }

    /** The current version of each article that exists. */
    Map<String, Integer> currentVersions(Collection<String> articleIds) throws IOException {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        MgetResponse<ArticleRef> heads = client.mget(m -> m.index(names.articles()).ids(List.copyOf(articleIds))
                .sourceIncludes("articleId", "version"), ArticleRef.class);
        Map<String, Integer> versions = new HashMap<>();
        for (MultiGetResponseItem<ArticleRef> item : heads.docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                versions.put(item.result().id(), item.result().source().versionOrZero());
            }
        }
        return versions;
    }

    private Optional<ArticleDocument> head(String articleId) throws IOException {
        if (articleId == null || articleId.isBlank()) {
            return Optional.empty();
        }
        GetResponse<ArticleDocument> head = client.get(g -> g.index(names.articles()).id(articleId), ArticleDocument.class);
        return head.found() ? Optional.ofNullable(head.source()) : Optional.empty();
    }

    private static ArticleVersionSummary summary(ArticleDocument doc) {
        return new ArticleVersionSummary(doc.articleId(), doc.version(), doc.contentHash(), doc.ingestedAt());
    }

    static ArticleText toText(ArticleDocument doc) {
        return new ArticleText(doc.articleId(), doc.version(), doc.url(), doc.title(), doc.outlet(), doc.authors(),
                doc.published(), doc.language(), doc.body(), doc.contentHash(), doc.ingestedAt());
    }
}
