package org.factbench.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.ArticleVersionSummary;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.HighlightedText;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassagePage;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.indexer.schema.EmbeddingField;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.PassageDocument;

/**
 * {@link SourceCorpus} on Elasticsearch. Passage hits are joined with the current version of their article
 * (read in real time by id): a passage whose version is not the article's current one — a replaced version not
 * yet deleted, or a version whose load failed or is still running — is never returned, so an article is seen
 * with all of its passages or none.
 */
public class ElasticsearchSourceCorpus implements SourceCorpus {

    /** Elasticsearch's default window: deeper pages need search_after, which the UI does not offer. */
    static final int MAX_WINDOW = 10_000;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ArticleStore articles;

    public ElasticsearchSourceCorpus(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
        this.articles = new ArticleStore(client, names);
    }

    @Override
    public PassagePage searchPassages(PassageQuery query) {
        int from = query.page() * query.size();
        if (from + query.size() > MAX_WINDOW) {
            throw new IllegalArgumentException("Only the first " + MAX_WINDOW + " hits can be paged through; "
                    + "narrow the search with filters");
        }
        try {
            SearchResponse<PassageDocument> response = client.search(s -> {
                s.index(names.passages()).from(from).size(query.size()).trackTotalHits(t -> t.enabled(true))
                        .query(PassageQueries.build(query))
                        .source(src -> src.filter(f -> f.excludes("dates", "numbers", "dateRanges", "numberValues", EmbeddingField.NAME)));
                if (PassageQueries.hasText(query)) {
                    s.highlight(h -> h.type("unified").numberOfFragments(0)
                            .preTags(HighlightMarkers.PRE).postTags(HighlightMarkers.POST)
                            .fields(highlightFields(query)));
                } else {
                    s.sort(o -> o.field(f -> f.field("published").order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)
                            .missing("_last")));
                }
                return s;
            }, PassageDocument.class);
            List<Hit<PassageDocument>> hits = response.hits().hits();
            Map<String, Integer> current = articles.currentVersions(articleIds(hits));
            List<PassageHit> passages = new ArrayList<>(hits.size());
            int hidden = 0;
            for (Hit<PassageDocument> hit : hits) {
                PassageDocument doc = hit.source();
                if (doc == null || !Integer.valueOf(doc.version()).equals(current.get(doc.articleId()))) {
                    hidden++;
                    continue;
                }
                passages.add(toHit(hit, doc));
            }
            long total = response.hits().total() == null ? passages.size() : response.hits().total().value();
            return new PassagePage(passages, Math.max(passages.size(), total - hidden), query.page(), query.size());
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("search passages", e);
        }
    }

    @Override
    public Optional<ArticleText> latest(String articleId) {
        try {
            return articles.latest(articleId);
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("read article " + articleId, e);
        }
    }

    @Override
    public Optional<ArticleText> version(String articleId, int version) {
        try {
            return articles.version(articleId, version);
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("read version " + version + " of article " + articleId, e);
        }
    }

    @Override
    public List<ArticleVersionSummary> versions(String articleId) {
        try {
            return articles.versions(articleId);
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("list the versions of article " + articleId, e);
        }
    }

    @Override
    public Map<String, Integer> currentVersions(Collection<String> articleIds) {
        try {
            return articles.currentVersions(articleIds);
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("read the current versions of " + articleIds.size() + " article(s)", e);
        }
    }

    private static List<NamedValue<HighlightField>> highlightFields(PassageQuery query) {
        List<NamedValue<HighlightField>> fields = new ArrayList<>();
        for (String field : PassageQueries.textFields(query)) {
            fields.add(NamedValue.of(field, HighlightField.of(f -> f.numberOfFragments(0))));
        }
        return fields;
    }

    private static Set<String> articleIds(List<Hit<PassageDocument>> hits) {
        Set<String> ids = new LinkedHashSet<>();
        for (Hit<PassageDocument> hit : hits) {
            if (hit.source() != null) {
                ids.add(hit.source().articleId());
            }
        }
        return ids;
    }

    private static PassageHit toHit(Hit<PassageDocument> hit, PassageDocument doc) {
        List<String> marked = new ArrayList<>();
        hit.highlight().values().forEach(marked::addAll);
        HighlightedText text = marked.isEmpty() ? HighlightedText.plain(doc.text())
                : HighlightMarkers.segments(doc.text(), marked);
        return new PassageHit(hit.id(), doc.articleId(), doc.version(), doc.title(), doc.outlet(), doc.published(),
                doc.language(), doc.start(), doc.end(), text, hit.score() == null ? 0 : hit.score());
    }

    private static CorpusUnavailableException unavailable(String what, Exception e) {
        String detail = e instanceof ElasticsearchException ee && ee.error() != null
                ? ee.error().type() + ": " + ee.error().reason()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new CorpusUnavailableException("The article corpus (Elasticsearch) could not " + what + " — " + detail
                + ". Check that Elasticsearch is running; the search works again as soon as it is back.", e);
    }
}
