package org.factbench.core.corpus;

import java.util.List;
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
}
