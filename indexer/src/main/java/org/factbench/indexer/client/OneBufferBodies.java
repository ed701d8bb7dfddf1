package org.factbench.indexer.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;

/**
 * Sends every request body as one buffer. The client builds a bulk body from a buffer per line and per document
 * (several per passage), and its HTTP entity hands the connection one buffer per write: a bulk request of 2,000
 * operations became some 8,000 HTTP chunks, each a round through the I/O reactor. Copying the pieces into one
 * buffer costs a few milliseconds per 8 MB request and saved the indexer that reactor work (docs/BENCHMARKS.md).
 */
final class OneBufferBodies implements TransportHttpClient {

    private final TransportHttpClient delegate;

    OneBufferBodies(TransportHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public TransportOptions createOptions(TransportOptions options) {
        return delegate.createOptions(options);
    }

    @Override
    public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
            throws IOException {
        return delegate.performRequest(endpointId, node, withOneBuffer(request), options);
    }

    @Override
    public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
                                                           TransportOptions options) {
        return delegate.performRequestAsync(endpointId, node, withOneBuffer(request), options);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    static Request withOneBuffer(Request request) {
        Iterable<ByteBuffer> body = request.body();
        if (body == null) {
            return request;
        }
        Iterator<ByteBuffer> pieces = body.iterator();
        if (!pieces.hasNext()) {
            return request;
        }
        ByteBuffer first = pieces.next();
        if (!pieces.hasNext()) {
            return request;
        }
        long length = first.remaining();
        while (pieces.hasNext()) {
            length += pieces.next().remaining();
        }
        if (length > Integer.MAX_VALUE) {
            return request; // cannot be one buffer; the client streams the pieces as before
        }
        ByteBuffer joined = ByteBuffer.allocate((int) length);
        for (ByteBuffer piece : body) {
            joined.put(piece.duplicate());
        }
        joined.flip();
        return new Request(request.method(), request.path(), request.queryParams(), request.headers(),
                List.of(joined));
    }
}
