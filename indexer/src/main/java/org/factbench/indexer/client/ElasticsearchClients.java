package org.factbench.indexer.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.factbench.indexer.schema.DocumentMapper;

/**
 * Builds Elasticsearch clients from {@link ElasticsearchConnection}, with or without Spring.
 *
 * <p>Documents go through Jackson 3, which reads and writes {@code java.time} types (the plain
 * {@code JacksonJsonpMapper} fails on {@code Instant}). The low-level client retries a node it saw fail, so a
 * client built here recovers by itself when Elasticsearch comes back.
 */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    /** A client for the connection's {@code uris}; closing it closes its HTTP connections. */
    public static ElasticsearchClient create(ElasticsearchConnection connection) {
        return client(restClient(connection));
    }

    /** A client over an existing low-level client (which the caller closes, or closes through the client). */
    public static ElasticsearchClient client(Rest5Client restClient) {
        return new ElasticsearchClient(new OneBufferTransport(restClient, jsonpMapper()));
    }

    /** The mapper documents are written and read with: Jackson 3, nulls left out, compact output. */
    public static Jackson3JsonpMapper jsonpMapper() {
        return DocumentMapper.jsonpMapper();
    }

    /** The low-level HTTP client: nodes, credentials, TLS and timeouts from the connection. */
    public static Rest5Client restClient(ElasticsearchConnection connection) {
        if (connection.uris().isEmpty()) {
            throw new IllegalArgumentException("No Elasticsearch address: set FACTBENCH_ES_URIS "
                    + "(factbench.elasticsearch.uris) or start the local node");
        }
        Rest5ClientBuilder builder = Rest5Client.builder(connection.uris().stream()
                        .map(ElasticsearchClients::withoutPath)
                        .toList())
                .setDefaultHeaders(authorization(connection))
                .setRequestConfigCallback(request -> request
                        .setResponseTimeout(Timeout.of(connection.socketTimeout())))
                .setConnectionConfigCallback(connect -> connect
                        .setConnectTimeout(Timeout.of(connection.connectTimeout()))
                        .setSocketTimeout(Timeout.of(connection.socketTimeout())));
        pathPrefix(connection.uris()).ifPresent(builder::setPathPrefix);
        SSLContext ssl = sslContext(connection);
        if (ssl != null) {
            builder.setSSLContext(ssl);
        }
        if (connection.insecure()) {
            builder.setConnectionManagerCallback(manager -> manager.setTlsStrategy(ClientTlsStrategyBuilder.create()
                    .setSslContext(TransportUtils.insecureSSLContext())
                    .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                    .buildAsync()));
        }
        return builder.build();
    }

    private static Header[] authorization(ElasticsearchConnection connection) {
        List<Header> headers = new ArrayList<>();
        if (connection.apiKey() != null) {
            headers.add(new BasicHeader("Authorization", "ApiKey " + connection.apiKey()));
        } else if (connection.username() != null) {
            String password = connection.password() == null ? "" : connection.password();
            String token = Base64.getEncoder().encodeToString(
                    (connection.username() + ":" + password).getBytes(StandardCharsets.UTF_8));
            headers.add(new BasicHeader("Authorization", "Basic " + token));
        }
        return headers.toArray(Header[]::new);
    }

    private static SSLContext sslContext(ElasticsearchConnection connection) {
        if (connection.insecure()) {
            return null;
        }
        if (connection.caCertificate() != null) {
            try {
                return TransportUtils.sslContextFromHttpCaCrt(connection.caCertificate().toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the Elasticsearch CA certificate "
                        + connection.caCertificate() + " (FACTBENCH_ES_CA_CERT): " + e.getMessage(), e);
            }
        }
        if (connection.caFingerprint() != null) {
            return TransportUtils.sslContextFromCaFingerprint(connection.caFingerprint());
        }
        return null;
    }

    private static URI withoutPath(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    private static Optional<String> pathPrefix(List<URI> uris) {
        String path = uris.getFirst().getRawPath();
        return path == null || path.isEmpty() || path.equals("/") ? Optional.empty()
                : Optional.of(path);
    }
}
