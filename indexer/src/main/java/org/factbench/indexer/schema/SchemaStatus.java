package org.factbench.indexer.schema;

import java.util.List;
import java.util.Map;
import org.factbench.indexer.schema.IndexNames.Kind;

/**
 * What {@link SchemaManager#ensure()} found and did.
 *
 * @param indices     the concrete index behind each alias
 * @param analyzers   how each language is analyzed by new indices on this cluster
 * @param created     indices created by this call (empty when everything existed)
 * @param staleAnalysis languages whose live analyzer differs from what the cluster offers now: a rebuild picks it up
 */
public record SchemaStatus(Map<Kind, String> indices, Map<String, AnalyzerChoice> analyzers, List<String> created,
                           List<String> staleAnalysis) {

    public SchemaStatus {
        indices = Map.copyOf(indices);
        analyzers = Map.copyOf(analyzers);
        created = List.copyOf(created);
        staleAnalysis = List.copyOf(staleAnalysis);
    }
}
