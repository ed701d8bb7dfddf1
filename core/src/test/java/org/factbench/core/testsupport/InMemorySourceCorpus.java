package org.factbench.core.testsupport;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.ArticleVersionSummary;
import org.factbench.core.corpus.PassagePage;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.springframework.stereotype.Component;

/** Core's own corpus port held in memory: enough for linking and re-anchoring; passage search is the indexer's. */
@Component
public class InMemorySourceCorpus implements SourceCorpus {

    private final Map<String, List<ArticleText>> articles = new ConcurrentHashMap<>();

    /** Adds a new version of {@code articleId} with {@code body}; returns it. */
    public ArticleText publish(String articleId, String body) {
        List<ArticleText> versions = articles.computeIfAbsent(articleId, id -> new ArrayList<>());
        synchronized (versions) {
            ArticleText text = new ArticleText(articleId, versions.size() + 1, "https://news.example/" + articleId,
                    "Title of " + articleId, "Example News", List.of("A. Reporter"),
                    OffsetDateTime.of(2021, 12, 25, 9, 0, 0, 0, ZoneOffset.UTC), "en", body,
                    Integer.toHexString(body.hashCode()), Instant.parse("2022-01-01T00:00:00Z"));
            versions.add(text);
            return text;
        }
    }

    @Override
    public PassagePage searchPassages(PassageQuery query) {
        return new PassagePage(List.of(), 0, query.page(), query.size());
    }

    @Override
    public Optional<ArticleText> latest(String articleId) {
        List<ArticleText> versions = articles.get(articleId);
        if (versions == null) return Optional.empty();
        synchronized (versions) {
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
        }
    }

    @Override
    public Optional<ArticleText> version(String articleId, int version) {
        List<ArticleText> versions = articles.get(articleId);
        if (versions == null) return Optional.empty();
        synchronized (versions) {
            return version < 1 || version > versions.size() ? Optional.empty() : Optional.of(versions.get(version - 1));
        }
    }

    @Override
    public List<ArticleVersionSummary> versions(String articleId) {
        List<ArticleText> versions = articles.getOrDefault(articleId, List.of());
        synchronized (versions) {
            return versions.stream().map(a -> new ArticleVersionSummary(a.id(), a.version(), a.contentHash(), a.ingestedAt())).toList();
        }
    }
}
