package org.factbench.core.suggestion;

import java.util.List;

/**
 * Ranks corpus passages for a claim (implemented in the indexer over Elasticsearch). Throws
 * {@code CorpusUnavailableException} when the store cannot be reached.
 */
public interface EvidenceSuggester {

    /** Best first, at most {@code request.limit()}, none of {@code request.excludedPassageIds()}. */
    List<Suggestion> suggest(SuggestionRequest request);

    /** How far the semantic enrichment of the corpus is: passages not embedded yet are found lexically only. */
    EmbeddingProgress progress();
}
