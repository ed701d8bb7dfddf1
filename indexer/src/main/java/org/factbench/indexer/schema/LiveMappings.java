package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.factbench.indexer.schema.IndexNames.Kind;
import org.factbench.indexer.schema.Languages.Language;

/**
 * The mappings of live indices: they only ever grow (new fields are added without a rebuild), and their
 * {@code _meta} says how the index analyzes each language, so that a cluster that now offers better analysis is
 * noticed.
 */
final class LiveMappings {

    private final ElasticsearchClient client;

    LiveMappings(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Adds the current schema's new fields to the index behind {@code alias}. The fields of a language whose
     * analyzer the index was created without (a language added since) are left out: only a rebuild can add an
     * analyzer, and the language is then reported stale.
     */
    void addNewFields(Kind kind, String index, Map<String, AnalyzerChoice> analyzers) throws IOException {
        Set<String> live = liveAnalyzers(index);
        List<Language> analyzable = Languages.ALL.stream().filter(l -> live.contains(l.analyzer())).toList();
        Map<String, Object> mapping = new LinkedHashMap<>(Mappings.of(kind, analyzers, analyzable));
        // Only fields: the live _meta describes the analyzers the index was created with and must stay true.
        mapping.remove("_meta");
        var typed = SchemaTemplates.typed(mapping);
        try {
            client.indices().putMapping(p -> p.index(index).dynamic(typed.dynamic()).properties(typed.properties()));
        } catch (ElasticsearchException e) {
            throw new SchemaException("The mapping of '" + index + "' cannot take the current schema ("
                    + e.getMessage() + "); run `factbench-indexer rebuild` to create new indices", e);
        }
    }

    /** Languages whose live analysis differs from what the cluster offers now (or that the index lacks). */
    List<String> staleLanguages(String index, Map<String, AnalyzerChoice> analyzers) throws IOException {
        Map<String, Object> described = meta(index).get("analyzers") instanceof Map<?, ?> map
                ? new LinkedHashMap<>(toStrings(map)) : Map.of();
        if (described.isEmpty()) {
            return List.of();
        }
        List<String> stale = new ArrayList<>();
        analyzers.forEach((code, choice) -> {
            if (!Objects.equals(described.get(code), choice.description())) {
                stale.add(code);
            }
        });
        return stale;
    }

    /** The mapping metadata of an index or alias: schema version and analyzer descriptions. */
    Map<String, Object> meta(String indexOrAlias) throws IOException {
        var mappings = client.indices().getMapping(g -> g.index(indexOrAlias)).mappings();
        Map<String, Object> meta = new LinkedHashMap<>();
        mappings.values().stream().findFirst()
                .map(m -> m.mappings().meta())
                .ifPresent(m -> m.forEach((k, v) -> meta.put(k, v.to(Object.class))));
        return meta;
    }

    private Set<String> liveAnalyzers(String index) throws IOException {
        var state = client.indices().getSettings(g -> g.index(index)).settings().get(index);
        IndexSettings settings = state == null ? null : state.settings();
        IndexSettings nested = settings == null ? null : settings.index();
        var analysis = nested != null && nested.analysis() != null ? nested.analysis()
                : settings == null ? null : settings.analysis();
        return analysis == null ? Set.of() : analysis.analyzer().keySet();
    }

    private static Map<String, Object> toStrings(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v instanceof JsonData j ? j.to(Object.class) : v));
        return out;
    }
}
