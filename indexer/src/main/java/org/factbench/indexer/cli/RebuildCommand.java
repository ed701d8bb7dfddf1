package org.factbench.indexer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.ingest.RebuildSummary;
import org.factbench.indexer.schema.IndexNames.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Rebuild every index into a new generation (current analyzers and mappings, passages segmented",
                "again), switch the aliases at once and delete the old generation. Writes wait until it is done."})
final class RebuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    FactbenchIndexer parent;

    @Option(names = "--no-progress", negatable = false, description = "No progress bar")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Store.open(parent.global, spec.commandLine().getErr())) {
            long total = store.statistics().read().indices().stream()
                    .filter(i -> i.kind() != Kind.PASSAGES).mapToLong(i -> i.documents()).sum();
            out.println("Rebuilding " + store.schema.liveIndices().values() + " on " + store.where());
            out.flush();
            RebuildSummary summary;
            if (noProgress) {
                summary = store.rebuilder().rebuild(ProgressListener.NONE);
            } else {
                try (ConsoleProgress progress = new ConsoleProgress("Rebuilding", total, "docs")) {
                    summary = store.rebuilder().rebuild(progress);
                    progress.finish(total);
                }
            }
            out.printf(Locale.ROOT, "%nRebuilt in %s: %,d articles, %,d older versions, %,d passages, %,d claims%n",
                    SummaryPrinter.duration(summary.elapsed()), summary.articles(), summary.versions(),
                    summary.passages(), summary.claims());
            for (Kind kind : Kind.values()) {
                out.printf(Locale.ROOT, "  %-17s %s -> %s%n", store.schema.names().alias(kind), summary.from().get(kind),
                        summary.to().get(kind));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
