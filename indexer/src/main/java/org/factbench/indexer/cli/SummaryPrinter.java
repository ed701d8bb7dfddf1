package org.factbench.indexer.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.factbench.indexer.ingest.LoadSummary;

/** The summary at the end of a load. */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    static void print(LoadSummary s, int maxListed, PrintWriter out) {
        out.printf(Locale.ROOT, "%nRead %,d inputs in %s: %.1f articles/s, %.1f passages/s%n", s.read(),
                duration(s.elapsed()), s.articlesPerSecond(), s.passagesPerSecond());
        out.printf(Locale.ROOT, "  new          %,10d%n", s.created());
        out.printf(Locale.ROOT, "  updated      %,10d   (new version stored, old one kept)%n", s.updated());
        out.printf(Locale.ROOT, "  unchanged    %,10d%n", s.unchanged());
        out.printf(Locale.ROOT, "  duplicates   %,10d   (near-duplicates of another article, stored and linked)%n",
                s.duplicates());
        out.printf(Locale.ROOT, "  failed       %,10d%n", s.failedCount());
        out.printf(Locale.ROOT, "  passages     %,10d%n", s.passages());
        if (s.hasFailures()) {
            out.println();
            out.println("Failed:");
            s.failed().stream().limit(maxListed).forEach(f -> out.println("  " + f.source() + ": " + f.reason()));
            if (s.failedCount() > maxListed) {
                out.printf(Locale.ROOT, "  ... and %,d more (--max-listed to see them)%n", s.failedCount() - maxListed);
            }
        }
        if (!s.notes().isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "Notes (%,d):%n", s.notes().size());
            s.notes().stream().limit(maxListed).forEach(n -> out.println("  " + n.source() + ": " + n.note()));
            if (s.notes().size() > maxListed) {
                out.printf(Locale.ROOT, "  ... and %,d more%n", s.notes().size() - maxListed);
            }
        }
        out.flush();
    }

    static String duration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
