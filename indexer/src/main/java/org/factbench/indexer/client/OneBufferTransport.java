package org.factbench.indexer.client;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.Transport;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import co.elastic.clients.transport.rest5_client.Rest5ClientHttpClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

/**
 * The official {@code Rest5ClientTransport}, with request bodies sent as one buffer ({@link OneBufferBodies}).
 * Keeps the low-level client reachable for the few calls the typed API cannot express.
 */
public final class OneBufferTransport extends ElasticsearchTransportBase {

    private final Rest5Client restClient;

    public OneBufferTransport(Rest5Client restClient, JsonpMapper mapper) {
        this(restClient, mapper, null, null);
    }

    private OneBufferTransport(Rest5Client restClient, JsonpMapper mapper, TransportOptions options,
                               Instrumentation instrumentation) {
        super(new OneBufferBodies(new Rest5ClientHttpClient(restClient)), options, mapper, instrumentation);
        this.restClient = restClient;
    }

    public Rest5Client restClient() {
        return restClient;
    }

    @Override
    public Transport withOptions(TransportOptions options) {
        return new OneBufferTransport(restClient, mapper, options, instrumentation);
    }

    @Override
    protected ElasticsearchTransportBase cloneWith(TransportOptions options, JsonpMapper mapper,
                                                   Instrumentation instrumentation) {
        return new OneBufferTransport(restClient, mapper != null ? mapper : this.mapper,
                options != null ? options : transportOptions,
                instrumentation != null ? instrumentation : this.instrumentation);
    }
}
