package org.factbench.indexer.client;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.factbench.indexer.local.LocalElasticsearchException;
import org.factbench.indexer.local.RunningNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Is Elasticsearch usable right now, and if not, why? For ES-dependent work to wait on ({@link #awaitReady}), the
 * UI's banner ({@link #isReady()}, {@link #status()}) and the health endpoint.
 *
 * <p>Every answer comes from a fresh probe, at most {@link #CACHE_FOR} old, so a cluster that comes back is seen as
 * up within seconds: nothing is remembered as dead.
 */
public class ElasticsearchReadiness {

    /** How long one probe's answer is reused, so that many callers polling do not flood the cluster. */
    public static final Duration CACHE_FOR = Duration.ofSeconds(2);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where Elasticsearch stands. */
    public enum State {
        /** The local node is starting. */
        STARTING,
        /** Cluster health is green or yellow: searches and writes work. */
        UP,
        /** Unreachable, red, refusing our credentials, or the local node failed. */
        DOWN
    }

    /**
     * One observation.
     *
     * @param state         where it stands
     * @param clusterStatus green, yellow or red when Elasticsearch answered, else null
     * @param message       a sentence for people: what is wrong and what to do (empty when up)
     * @param uris          whom we asked
     * @param localNode     true when this is the local node Factbench started or attached to
     * @param checkedAt     when
     */
    public record Status(State state, String clusterStatus, String message, List<URI> uris, boolean localNode,
                         Instant checkedAt) {

        public boolean isUp() {
            return state == State.UP;
        }
    }

    private final ElasticsearchTarget target;
    private final Clock clock;
    private volatile Status last;

    public ElasticsearchReadiness(ElasticsearchTarget target) {
        this(target, Clock.systemUTC());
    }

    public ElasticsearchReadiness(ElasticsearchTarget target, Clock clock) {
        this.target = target;
        this.clock = clock;
    }

    /** True when Elasticsearch answered with yellow or green health within the last {@link #CACHE_FOR}. */
    public boolean isReady() {
        return status().isUp();
    }

    /** The current status (probed now unless the last probe is younger than {@link #CACHE_FOR}). */
    public Status status() {
        Status cached = last;
        Instant now = clock.instant();
        if (cached != null && cached.checkedAt().plus(CACHE_FOR).isAfter(now)) {
            return cached;
        }
        Status fresh = probe(now);
        last = fresh;
        return fresh;
    }

    /**
     * Blocks until Elasticsearch is up or the timeout passes. A local node that dies meanwhile may be started
     * again (see {@link ElasticsearchTarget}), so only the end of the wait decides.
     *
     * @return true when it is up, false when it is not by the deadline
     * @throws LocalElasticsearchException at the deadline, when the local node failed: its reason and log lines
     */
    public boolean awaitReady(Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            last = null;
            if (status().isUp()) {
                return true;
            }
            if (!clock.instant().isBefore(deadline)) {
                Optional<LocalElasticsearchException> failure = target.localNode().flatMap(RunningNode::failure);
                if (failure.isPresent()) {
                    throw failure.get();
                }
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private Status probe(Instant now) {
        List<URI> uris = target.connection().uris();
        Optional<RunningNode> node = target.localNode();
        boolean local = node.isPresent();
        Request request = new Request("GET", "/_cluster/health");
        request.setOptions(RequestOptions.DEFAULT.toBuilder().setRequestConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(PROBE_TIMEOUT))
                .setConnectionRequestTimeout(Timeout.of(PROBE_TIMEOUT))
                .build()));
        try {
            Response response = target.restClient().performRequest(request);
            JsonNode health = JSON.readTree(EntityUtils.toString(response.getEntity()));
            String status = health.path("status").asString("red");
            if (status.equals("green") || status.equals("yellow")) {
                return new Status(State.UP, status, "", uris, local, now);
            }
            return new Status(State.DOWN, status, "Elasticsearch at " + uris + " reports cluster health " + status
                    + ": some indices are not available. Check its log.", uris, local, now);
        } catch (ResponseException e) {
            int code = e.getResponse().getStatusCode();
            String message = code == 401 || code == 403
                    ? "Elasticsearch at " + uris + " refused our credentials (HTTP " + code + "). Check "
                            + "FACTBENCH_ES_USERNAME/FACTBENCH_ES_PASSWORD or FACTBENCH_ES_API_KEY."
                    : "Elasticsearch at " + uris + " answered HTTP " + code + " to a health check.";
            return new Status(State.DOWN, null, message, uris, local, now);
        } catch (IOException | org.apache.hc.core5.http.ParseException | RuntimeException e) {
            // The address is asked first: whoever serves it now (the node we launched, or one started again
            // on the same port after it died) counts. Only when nobody answers does the launcher explain why.
            Optional<LocalElasticsearchException> failure = node.flatMap(RunningNode::failure);
            if (failure.isPresent()) {
                return new Status(State.DOWN, null, failure.get().getMessage(), uris, true, now);
            }
            if (local && node.get().isAlive() && !node.get().wasReady()) {
                return new Status(State.STARTING, null, "The local Elasticsearch node is starting.", uris, true, now);
            }
            return new Status(State.DOWN, null, "Elasticsearch at " + uris + " cannot be reached ("
                    + describe(e) + ")." + (local ? " The local node is not answering; its log is in "
                    + node.get().nodeDirectory().resolve("logs") + "." : " Check that the cluster runs and "
                    + "FACTBENCH_ES_URIS is right."), uris, local, now);
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
