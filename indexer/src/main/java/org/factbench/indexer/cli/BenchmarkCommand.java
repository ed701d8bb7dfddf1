package org.factbench.indexer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.factbench.indexer.benchmark.IndexerBenchmark;
import org.factbench.indexer.client.ElasticsearchConnection;
import org.factbench.indexer.client.ElasticsearchTarget;
import org.factbench.indexer.local.LocalNodeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measure the indexer against raw _bulk on the real corpora, and its heap on a corpus N times larger.",
                "Starts its own throw-away local Elasticsearch node unless --es-url or FACTBENCH_ES_URIS is set."})
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", defaultValue = "../shared/corpus", description = "The shared corpus (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--scale", defaultValue = "10", description = "Repeat the corpus this often for the heap run; 1 skips it (default: ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--heap-sample-seconds", defaultValue = "10", description = "Heap sampling interval (default: ${DEFAULT-VALUE})")
    int heapSampleSeconds;

    @Option(names = "--indexer-only", description = "Only the two indexer loads (no raw _bulk baseline, no heap run): "
            + "to try a change quickly")
    boolean indexerOnly;

    @Option(names = "--rounds", defaultValue = "2", description = "Run each comparison this often and report the median "
            + "ratio: a shared machine's speed drifts within minutes (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--no-core-split", description = "Skip the comparison with Elasticsearch and the indexer on cores "
            + "of their own (done only with the throw-away local node)")
    boolean noCoreSplit;

    @ParentCommand
    FactbenchIndexer parent;

    @Option(names = "--es-heap", defaultValue = "2g", description = "Heap of the throw-away node (default: ${DEFAULT-VALUE})")
    String esHeap;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        IndexerBenchmark.inputs(corpus);
        ElasticsearchConnection connection = ElasticsearchConnection.fromSystem();
        if (parent.global.esUrl != null) {
            connection = connection.withUris(List.of(java.net.URI.create(parent.global.esUrl)));
        }
        Path work = Files.createTempDirectory("factbench-benchmark-");
        // A node of its own, so the numbers do not depend on what the user's node holds. The launcher hands its
        // directory to the user Elasticsearch runs as, so it is not inside the (private) work directory.
        Path nodeDirectory = Files.createTempDirectory("factbench-benchmark-node-");
        LocalNodeSettings node = LocalNodeSettings.forTests(nodeDirectory).withHeap(esHeap)
                .withFastStartup(false).withStartTimeout(Duration.ofMinutes(3)).withClusterName("factbench-benchmark");
        try (ElasticsearchTarget target = ElasticsearchTarget.open(connection, node)) {
            if (!target.awaitReady(Duration.ofMinutes(3))) {
                throw new IllegalStateException("Elasticsearch at " + target.connection().uris() + " is not ready");
            }
            out.println("Elasticsearch: " + target.connection().uris()
                    + (target.localNode().isPresent() ? " (throw-away local node, heap " + esHeap + ")" : ""));
            new IndexerBenchmark(target.client(), target.restClient(), out)
                    .run(new IndexerBenchmark.Settings(corpus, scale, Duration.ofSeconds(heapSampleSeconds), work,
                            indexerOnly, !noCoreSplit && target.localNode().isPresent(), rounds));
        } finally {
            for (Path directory : List.of(work, nodeDirectory)) {
                try (var files = Files.walk(directory)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return ExitCodes.OK;
    }
}
