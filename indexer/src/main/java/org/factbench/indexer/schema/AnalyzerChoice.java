package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch._types.analysis.Analyzer;
import co.elastic.clients.elasticsearch._types.analysis.TokenFilter;
import java.util.Map;

/**
 * How one language is analyzed on this cluster, decided by asking the cluster (see {@link AnalyzerProbe}).
 *
 * @param definition the analyzer as it goes into {@code index.analysis.analyzer.<name>}
 * @param filters    custom token filters the definition refers to, by name
 */
public record AnalyzerChoice(String language, Strategy strategy, String description,
                             Analyzer definition, Map<String, TokenFilter> filters) {

    public enum Strategy {
        /** The cluster's own language analyzer ({@code english}, {@code russian}, ...). */
        BUILTIN,
        /** Standard tokenizer, hunspell stemming from the node's dictionaries, lowercase, stop words. */
        HUNSPELL,
        /** No stemmer available: standard tokenizer, lowercase and the language's stop words. */
        STOPWORDS,
        /** Nothing language-specific works: the standard analyzer. */
        STANDARD
    }

    public AnalyzerChoice {
        filters = Map.copyOf(filters);
    }
}
