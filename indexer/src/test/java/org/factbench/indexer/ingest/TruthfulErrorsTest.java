package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factbench.indexer.segment.Passage;
import org.factbench.indexer.segment.Segmenter;
import org.factbench.indexer.segment.TextSegmenter;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure in our own code while storing one article is reported as what it is, for that article only: the file,
 * the step and the cause; only a cluster that cannot be reached is called unavailable.
 */
class TruthfulErrorsTest {

    @TempDir
    Path dir;

    /** Segments like the real segmenter, but hands over a broken passage (no kind) for a text marked FAULTY. */
    private static final class FaultySegmenter implements Segmenter {
        private final TextSegmenter real = new TextSegmenter();

        @Override
        public List<Passage> segment(String body, String language, LocalDate published) {
            if (body.contains("FAULTY")) {
                return List.of(new Passage(0, null, 0, 0, body.length(), body, List.of(), List.of()));
            }
            return real.segment(body, language, published);
        }
    }

    @Test
    void aBugOnOneArticleNamesTheFileTheStepAndTheCauseAndTheOthersAreStored() throws IOException {
        StoreFixture.article(dir, "a.txt", "Quarry reopens", "Valley Post", "2024-03-02", "en",
                "The old quarry in Lindenfeld reopened on Monday. Forty workers returned.");
        Path faulty = StoreFixture.article(dir, "b.txt", "Broken passage", "Valley Post", "2024-03-03", "en",
                "This FAULTY text makes the segmenter hand over a passage without a kind.");
        StoreFixture.article(dir, "c.txt", "Ferry timetable changes", "Harbour Daily", "2024-03-05", "en",
                "The ferry to Osterholm will leave an hour earlier from April.");
        try (StoreFixture store = new StoreFixture(new FaultySegmenter())) {
            LoadSummary summary = store.load(dir);

            assertThat(summary.created()).isEqualTo(2);
            assertThat(summary.failed()).singleElement().satisfies(failure -> {
                assertThat(failure.source()).isEqualTo(faulty.toString());
                assertThat(failure.reason()).doesNotContain("unavailable")
                        .contains("internal error while building the documents to store")
                        .contains("NullPointerException");
            });
        }
    }

    @Test
    void onlyAFailureToReachTheClusterSaysUnavailable() {
        assertThat(LoadRun.reason("looking up the stored versions", new ConnectException("Connection refused")))
                .isEqualTo("Elasticsearch is unavailable (looking up the stored versions): Connection refused");
        assertThat(LoadRun.reason("reading the previous versions", new IllegalStateException("bug")))
                .doesNotContain("unavailable").contains("internal error while reading the previous versions")
                .contains("IllegalStateException: bug");
    }
}
