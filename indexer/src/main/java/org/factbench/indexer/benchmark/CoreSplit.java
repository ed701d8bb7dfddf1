package org.factbench.indexer.benchmark;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Gives the local Elasticsearch node one half of the machine's cores and this JVM the other half (Linux
 * {@code taskset}, every thread of both processes), as when the cluster runs on machines of its own. On a shared
 * small machine the indexer's CPU is taken from Elasticsearch, so the ratio to raw {@code _bulk} measures how the
 * two share the cores; with the cores split it measures what the goal is about: whether the indexer keeps
 * Elasticsearch as busy as raw {@code _bulk} requests do. Closing gives both processes every core again.
 */
final class CoreSplit implements AutoCloseable {

    private final long elasticsearchPid;
    private final int cores;
    private final String elasticsearchCores;
    private final String indexerCores;

    private CoreSplit(long elasticsearchPid, int cores) {
        this.elasticsearchPid = elasticsearchPid;
        this.cores = cores;
        int half = cores / 2;
        this.elasticsearchCores = range(0, half - 1);
        this.indexerCores = range(half, cores - 1);
    }

    /**
     * Splits the cores when the node runs on this machine, there are at least two cores and {@code taskset} works;
     * otherwise says why not.
     */
    static Result split(Rest5Client rest) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            return new Result(Optional.empty(), "one core only");
        }
        Optional<Long> pid = localNodePid(rest);
        if (pid.isEmpty()) {
            return new Result(Optional.empty(), "the Elasticsearch node does not run on this machine");
        }
        CoreSplit split = new CoreSplit(pid.get(), cores);
        try {
            split.pin(split.elasticsearchPid, split.elasticsearchCores);
            split.pin(ProcessHandle.current().pid(), split.indexerCores);
            return new Result(Optional.of(split), null);
        } catch (IOException e) {
            split.close();
            return new Result(Optional.empty(), "taskset failed: " + e.getMessage());
        }
    }

    record Result(Optional<CoreSplit> split, String whyNot) {
    }

    String describe() {
        return "Elasticsearch (pid " + elasticsearchPid + ") on core(s) " + elasticsearchCores
                + ", the indexer JVM on core(s) " + indexerCores;
    }

    @Override
    public void close() {
        String all = range(0, cores - 1);
        for (long pid : List.of(elasticsearchPid, ProcessHandle.current().pid())) {
            try {
                pin(pid, all);
            } catch (IOException e) {
                // The node is thrown away after the benchmark; this JVM ends with it.
            }
        }
    }

    private void pin(long pid, String cpuList) throws IOException {
        List<String> command = new ArrayList<>(List.of("taskset", "--all-tasks", "--pid", "--cpu-list", cpuList,
                Long.toString(pid)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The pid of the node when it runs here (the node reports its pid; the process must be visible locally). */
    private static Optional<Long> localNodePid(Rest5Client rest) {
        try {
            for (JsonNode node : NodeApi.nodes(rest, "/_nodes/_local/process?filter_path=nodes.*.process.id")) {
                long pid = node.path("process").path("id").asLong(-1);
                if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    return Optional.of(pid);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String range(int first, int last) {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
