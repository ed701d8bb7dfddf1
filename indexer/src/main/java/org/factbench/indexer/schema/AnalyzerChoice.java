package org.factbench.indexer.schema;

import java.util.Map;

/**
 * How one language is analyzed on this cluster, decided by asking the cluster (see {@link AnalyzerProbe}).
 *
 * @param definition the analyzer's settings as they go into {@code index.analysis.analyzer.<name>}
 * @param filters    custom token filters the definition refers to, by name
 */
public record AnalyzerChoice(String language, Strategy strategy, String description,
                             Map<String, Object> definition, Map<String, Map<String, Object>> filters) {

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
        definition = Map.copyOf(definition);
        filters = Map.copyOf(filters);
    }
}
