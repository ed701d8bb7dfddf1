package org.factbench.indexer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.factbench.indexer.embed.BgeSmallEmbedder;
import org.factbench.indexer.embed.EmbeddingListener;
import org.factbench.indexer.embed.EmbeddingStage;
import org.factbench.indexer.embed.EmbeddingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Give every paragraph passage without one a vector (bge-small-en-v1.5, in-process) for semantic "
                + "suggestions. Resumable: a stopped run goes on where it stopped. Passages not embedded yet are "
                + "still found by keyword."})
final class EmbedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    FactbenchIndexer parent;

    @Option(names = "--batch", defaultValue = "" + EmbeddingStage.DEFAULT_BATCH, description = "Passages per model call and bulk write (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--max", paramLabel = "N", defaultValue = "0",
            description = "Stop after about N passages (0: all); the rest is embedded by the next run")
    long max;

    @Option(names = "--no-progress", negatable = false, description = "One line per 10 batches instead of a live line")
    boolean noProgress;

    @Override
    public Integer call() {
        try (Store store = Store.open(parent.global, spec.commandLine().getErr())) {
            return run(store, batch, max, noProgress, spec.commandLine().getOut());
        }
    }

    /**
     * Also the second half of {@code load --embed}. The indices are the store's, so the prefix is the one the load
     * used (--index-prefix, else factbench.indexer.index-prefix).
     */
    static int run(Store store, int batch, long max, boolean noProgress, PrintWriter out) {
        out.println("Loading the embedding model " + BgeSmallEmbedder.MODEL + "...");
        out.flush();
        EmbeddingStage stage = new EmbeddingStage(store.client(), store.schema.names(), BgeSmallEmbedder.shared(), batch);
        AtomicLong done = new AtomicLong();
        AtomicLong batches = new AtomicLong();
        EmbeddingSummary summary = stage.run(new EmbeddingListener() {
            @Override
            public void started(long pending) {
                out.println("Embedding " + pending + " of " + stage.total() + " paragraph passages into " + store.where());
                out.flush();
            }

            @Override
            public void progress(long n, long pending, double perSecond) {
                done.set(n);
                long b = batches.incrementAndGet();
                String line = String.format(Locale.ROOT, "%,d / %,d passages  %.1f passages/s  ETA %s", n, pending,
                        perSecond, eta(pending - n, perSecond));
                if (noProgress) {
                    if (b % 10 == 0) {
                        out.println(line);
                        out.flush();
                    }
                } else {
                    out.print("\r" + line + "   ");
                    out.flush();
                }
            }
        }, () -> max > 0 && done.get() >= max);
        if (!noProgress) {
            out.println();
        }
        out.println(String.format(Locale.ROOT, "Embedded %,d passages in %d s (%.1f passages/s)%s%s", summary.embedded(),
                summary.took().toSeconds(), summary.perSecond(),
                summary.vanished() > 0 ? "; " + summary.vanished() + " were replaced meanwhile" : "",
                summary.stopped() ? "; stopped at --max, " + stage.pending() + " still to embed" : ""));
        out.flush();
        return ExitCodes.OK;
    }

    private static String eta(long left, double perSecond) {
        if (perSecond <= 0) {
            return "?";
        }
        long s = Math.round(left / perSecond);
        return s >= 3600 ? (s / 3600) + " h " + (s % 3600 / 60) + " min" : (s / 60) + " min " + (s % 60) + " s";
    }
}
