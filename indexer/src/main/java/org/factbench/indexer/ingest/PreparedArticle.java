package org.factbench.indexer.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.factbench.indexer.parse.ParseResult;
import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.segment.Passage;
import org.factbench.indexer.segment.Segmenter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An article with everything computed that needs no Elasticsearch: identity, MinHash signature, passages. The
 * reading thread prepares articles while the loading thread waits for Elasticsearch, so the CPU work of a load
 * overlaps with its I/O.
 */
record PreparedArticle(ParsedArticle article, ArticleIdentity identity, int[] signature, List<String> bands,
                       List<Passage> passages) {

    private static final Logger log = LoggerFactory.getLogger(PreparedArticle.class);

    /** What the reading thread hands over: a prepared article, an input that failed, or a remark about an input. */
    sealed interface Item permits Ready, Failed, Noted {
    }

    record Ready(PreparedArticle article) implements Item {
    }

    record Failed(String source, String reason) implements Item {
    }

    /** A remark about an input that is not an article, for the summary's notes. */
    record Noted(String source, String note) implements Item {
    }

    /** @param language completes the language where the reader left it to be detected */
    static Item prepare(ParseResult result, UnaryOperator<ParsedArticle> language, Segmenter segmenter) {
        return switch (result) {
            case ParseResult.Failed f -> new Failed(f.source(), f.reason());
            case ParseResult.Noted n -> new Noted(n.source(), n.note());
            case ParseResult.Parsed p -> prepare(p.article(), language, segmenter);
        };
    }

    private static Item prepare(ParsedArticle parsed, UnaryOperator<ParsedArticle> language, Segmenter segmenter) {
        ParsedArticle article;
        try {
            article = language.apply(parsed);
        } catch (RuntimeException e) {
            log.warn("Could not detect the language of {}", parsed.source(), e);
            return new Failed(parsed.source(), "could not detect the language (" + e + ")");
        }
        try {
            LocalDate published = article.published() == null ? null : article.published().toLocalDate();
            List<Passage> passages = article.body() == null || article.body().isBlank()
                    ? List.of() : segmenter.segment(article.body(), article.language(), published);
            int[] signature = MinHash.signature(article.body());
            return new Ready(new PreparedArticle(article, ArticleIdentity.of(article), signature, MinHash.bands(signature),
                    passages));
        } catch (RuntimeException e) {
            // A segmenter bug on one odd text must not end the load.
            log.warn("Could not segment {}", article.source(), e);
            return new Failed(article.source(), "could not split the text into passages: " + e);
        }
    }

    String id() {
        return identity.articleId();
    }
}
