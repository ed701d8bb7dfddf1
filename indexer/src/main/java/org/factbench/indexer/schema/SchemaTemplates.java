package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.factbench.indexer.schema.IndexNames.Kind;
import tools.jackson.databind.json.JsonMapper;

/**
 * The templates every new index is made from: one component template with the analysis this cluster offers
 * (asked by {@link AnalyzerProbe}) and one composable index template per kind with its mapping.
 */
final class SchemaTemplates {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonData MANAGED_BY = JsonData.of("factbench");

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final SchemaSettings settings;

    SchemaTemplates(ElasticsearchClient client, IndexNames names, SchemaSettings settings) {
        this.client = client;
        this.names = names;
        this.settings = settings;
    }

    /** (Re)writes the templates and returns how each language is analyzed by indices created from them. */
    Map<String, AnalyzerChoice> put() throws IOException {
        Map<String, AnalyzerChoice> analyzers = new AnalyzerProbe(client).chooseAll();
        client.cluster().putComponentTemplate(c -> c.name(names.analysisComponent())
                .meta("managedBy", MANAGED_BY)
                .template(t -> t.settings(s -> s.numberOfShards(Integer.toString(settings.shards()))
                        .autoExpandReplicas(settings.autoExpandReplicas())
                        .analysis(a -> {
                            analyzers.values().forEach(choice -> {
                                a.analyzer("fb_" + choice.language(), choice.definition());
                                choice.filters().forEach(a::filter);
                            });
                            return a;
                        }))));
        for (Kind kind : Kind.values()) {
            TypeMapping mapping = typed(Mappings.of(kind, analyzers));
            client.indices().putIndexTemplate(t -> t.name(names.template(kind))
                    .indexPatterns(List.of(names.indexPattern(kind)))
                    .composedOf(List.of(names.analysisComponent()))
                    .priority(200L)
                    .template(m -> m.mappings(mapping))
                    .meta(Map.of("managedBy", MANAGED_BY, "schemaVersion", JsonData.of(Mappings.SCHEMA_VERSION))));
        }
        return analyzers;
    }

    /**
     * The client's mapping type from {@link Mappings}' plain maps, which stay maps because they are compared with
     * and merged into live mappings as data.
     */
    static TypeMapping typed(Map<String, Object> mapping) {
        String json = JSON.writeValueAsString(mapping);
        return TypeMapping.of(m -> m.withJson(new StringReader(json)));
    }
}
