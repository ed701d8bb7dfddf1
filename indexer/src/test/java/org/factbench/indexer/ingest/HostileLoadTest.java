package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.factbench.indexer.store.StoreFixture;
import org.factbench.indexer.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load of one call with hostile files among good ones: the good ones are stored, the bad ones reported, in bounded time. */
class HostileLoadTest {

    @TempDir
    Path dir;

    static String page(String title, String sentence) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + ("<p>" + sentence + "</p>").repeat(6) + "</article></body></html>";
    }

    @Test
    void aHundredThousandNestedDivsAmongGoodFilesIsReportedAndTheGoodOnesAreStored() throws IOException {
        Files.writeString(dir.resolve("a-ferry.html"), page("Ferry returns", "The ferry to Osterholm runs again from Monday."));
        Path deep = Files.writeString(dir.resolve("b-deep.html"), "<html><body>" + "<div>".repeat(100_000)
                + "<p>Text at the bottom of the well.</p>" + "</div>".repeat(100_000) + "</body></html>");
        Files.writeString(dir.resolve("c-bridge.html"), page("Bridge reopens", "The Lindenfeld bridge reopened after nine weeks."));
        Path crawl = Files.write(dir.resolve("d-crawl.warc"), TestArchives.crawlWithDnsRecords("https://monitor.example/market",
                page("Market moves", "Market day moves to Thursday from next month.")));

        try (StoreFixture store = new StoreFixture()) {
            LoadSummary summary = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> store.load(dir));

            assertThat(summary.created()).isEqualTo(3);
            assertThat(summary.failed()).singleElement().satisfies(failure -> {
                assertThat(failure.source()).isEqualTo(deep.toString());
                assertThat(failure.reason()).startsWith("too complex");
            });
            assertThat(summary.notes()).anySatisfy(note -> {
                assertThat(note.source()).isEqualTo(crawl.toString());
                assertThat(note.note()).startsWith("skipped 2 non-HTTP record(s)");
            });
            assertThat(summary.elapsed()).isLessThan(Duration.ofSeconds(30));
        }
    }
}
