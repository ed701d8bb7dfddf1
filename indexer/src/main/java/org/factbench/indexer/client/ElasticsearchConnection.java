package org.factbench.indexer.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where Elasticsearch is and how to log in: properties {@code factbench.elasticsearch.*}, or the environment
 * variables listed in {@link SettingAliases}. No {@code uris} means "start a local node" (unless
 * {@code local.enabled=false}).
 *
 * @param uris           external cluster nodes, e.g. {@code https://es1:9200}; empty for the local node
 * @param username       basic-auth user (with {@code password})
 * @param password       basic-auth password
 * @param apiKey         an API key (the base64 "id:key" form Elasticsearch returns as {@code encoded}); wins over
 *                       username/password
 * @param caCertificate  PEM file of the CA that signed the cluster's HTTP certificate
 * @param caFingerprint  SHA-256 fingerprint of that CA (what Elasticsearch prints at first start)
 * @param insecure       trust any certificate and host name; for throw-away clusters only, off by default
 * @param connectTimeout how long to wait for a connection
 * @param socketTimeout  how long to wait for a response
 * @param local          the local node started when {@code uris} is empty
 */
@ConfigurationProperties("factbench.elasticsearch")
public record ElasticsearchConnection(
        List<URI> uris,
        String username,
        String password,
        String apiKey,
        Path caCertificate,
        String caFingerprint,
        boolean insecure,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("60s") Duration socketTimeout,
        @DefaultValue Local local) {

    public ElasticsearchConnection {
        uris = uris == null ? List.of() : uris.stream().filter(u -> !u.toString().isBlank()).toList();
        username = blankToNull(username);
        password = blankToNull(password);
        apiKey = blankToNull(apiKey);
        caFingerprint = blankToNull(caFingerprint);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(60) : socketTimeout;
        local = local == null ? Local.defaults() : local;
    }

    /**
     * The local node's settings.
     *
     * @param enabled      start a local node when no {@code uris} are configured
     * @param httpPort     its HTTP port on 127.0.0.1
     * @param heap         its JVM heap, e.g. {@code 512m}
     * @param startTimeout how long to wait for it to become ready
     * @param minFreeDisk  refuse to start with less free disk space than this
     * @param distribution the Elasticsearch zip; empty means the one the build resolved
     * @param javaHome     JDK 21+ for it; empty means {@code ES_JAVA_HOME}, else the running JVM
     * @param restart      start it again when it goes away while the app runs
     */
    public record Local(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("9200") int httpPort,
            @DefaultValue("512m") String heap,
            @DefaultValue("3m") Duration startTimeout,
            @DefaultValue("1GB") DataSize minFreeDisk,
            Path distribution,
            Path javaHome,
            @DefaultValue("true") boolean restart) {

        public Local {
            heap = heap == null || heap.isBlank() ? "512m" : heap.trim();
            startTimeout = startTimeout == null ? Duration.ofMinutes(3) : startTimeout;
            minFreeDisk = minFreeDisk == null ? DataSize.ofGigabytes(1) : minFreeDisk;
        }

        public static Local defaults() {
            return new Local(true, 9200, "512m", Duration.ofMinutes(3), DataSize.ofGigabytes(1), null, null, true);
        }
    }

    /** A connection to the given nodes with no credentials (the local node, a test node). */
    public static ElasticsearchConnection to(List<URI> uris) {
        return new ElasticsearchConnection(uris, null, null, null, null, null, false, null, null, null);
    }

    /** The same credentials and TLS settings, for other nodes (e.g. the local node's actual address). */
    public ElasticsearchConnection withUris(List<URI> newUris) {
        return new ElasticsearchConnection(newUris, username, password, apiKey, caCertificate, caFingerprint,
                insecure, connectTimeout, socketTimeout, local);
    }

    /** True when an external cluster is configured (no local node is started). */
    public boolean external() {
        return !uris.isEmpty();
    }

    /** Settings from system properties and environment variables, for code that runs without Spring (the CLI). */
    public static ElasticsearchConnection fromSystem() {
        return SettingAliases.bindFromSystem("factbench.elasticsearch", ElasticsearchConnection.class);
    }

    @Override
    public String toString() {
        // Never print secrets.
        return "ElasticsearchConnection[uris=" + uris + ", username=" + username
                + ", password=" + (password == null ? null : "***") + ", apiKey=" + (apiKey == null ? null : "***")
                + ", caCertificate=" + caCertificate + ", caFingerprint=" + caFingerprint + ", insecure=" + insecure
                + ", local=" + local + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
