package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.List;

/** Blocks or unblocks writes, so nothing is written to indices that a rebuild is copying. */
final class WriteBlocks {

    private final ElasticsearchClient client;

    WriteBlocks(ElasticsearchClient client) {
        this.client = client;
    }

    void set(List<String> indices, boolean blocked) throws IOException {
        client.indices().putSettings(p -> p.index(indices).settings(s -> s.blocks(b -> b.write(blocked))));
    }
}
