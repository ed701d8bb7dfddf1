package org.factbench.indexer.schema;

import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the corpus documents are written and read: Jackson 3, nulls left out, compact output. It belongs to the schema,
 * which defines the documents; the client ({@code client.ElasticsearchClients}) is built with it and
 * {@link PassageJson} writes the same format by hand, so the two cannot drift apart.
 */
public final class DocumentMapper {

    private DocumentMapper() {
    }

    public static Jackson3JsonpMapper jsonpMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        return new Jackson3JsonpMapper(mapper);
    }
}
