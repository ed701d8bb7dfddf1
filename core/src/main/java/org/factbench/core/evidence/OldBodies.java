package org.factbench.core.evidence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.SourceCorpus;

/** The bodies of the versions an article's links point into, fetched once per re-anchoring pass. */
final class OldBodies {

    private final SourceCorpus corpus;
    private final String articleId;
    private final Map<Integer, Optional<String>> bodies = new HashMap<>();

    OldBodies(SourceCorpus corpus, String articleId) {
        this.corpus = corpus;
        this.articleId = articleId;
    }

    /** The body of {@code version}, or null when the corpus no longer has it. */
    synchronized String of(int version) {
        return bodies.computeIfAbsent(version, v -> corpus.version(articleId, v).map(ArticleText::body)).orElse(null);
    }
}
