package org.factbench.indexer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.factbench.indexer.search.CorpusStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show what the corpus holds.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    FactbenchIndexer parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Store.open(parent.global, spec.commandLine().getErr())) {
            CorpusStatistics.Stats stats = store.statistics().read();
            out.println("Elasticsearch: " + store.where());
            out.printf(Locale.ROOT, "%-18s %-26s %12s %10s%n", "alias", "index", "documents", "size");
            for (CorpusStatistics.IndexInfo index : stats.indices()) {
                out.printf(Locale.ROOT, "%-18s %-26s %,12d %10s%n", index.alias(), index.index(), index.documents(),
                        size(index.sizeBytes()));
            }
            out.println("Languages:        " + join(stats.languages()));
            out.println("Top outlets:      " + join(stats.outlets()));
            out.printf(Locale.ROOT, "Near-duplicates:  %,d articles linked to an original%n", stats.duplicates());
            out.println("Analysis:         " + stats.analyzers().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("; ")));
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String join(Map<String, Long> counts) {
        return counts.isEmpty() ? "-" : counts.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
