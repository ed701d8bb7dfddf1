package org.factbench.core.corpus;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to the article corpus: passage search and exact article versions that evidence points into. */
public interface SourceCorpus {

    /** Ranked passages with highlight segments; throws {@link CorpusUnavailableException} when the store is down. */
    PassagePage searchPassages(PassageQuery query);

    /** The newest version of an article. */
    Optional<ArticleText> latest(String articleId);

    /** One exact version; old versions stay readable because evidence points into them. */
    Optional<ArticleText> version(String articleId, int version);

    /** All versions of an article, oldest first. */
    List<ArticleVersionSummary> versions(String articleId);

    /**
     * The newest version number of each of these articles that exists (missing ones are left out). A store that
     * can should answer in one round trip: re-anchoring asks this about every article evidence points into.
     */
    default Map<String, Integer> currentVersions(Collection<String> articleIds) {
        Map<String, Integer> versions = new HashMap<>();
        for (String id : articleIds) {
            latest(id).ifPresent(article -> versions.put(id, article.version()));
        }
        return versions;
    }
}
