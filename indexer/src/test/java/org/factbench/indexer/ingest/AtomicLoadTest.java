package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.indexer.segment.ExtractedNumber;
import org.factbench.indexer.segment.Passage;
import org.factbench.indexer.segment.Segmenter;
import org.factbench.indexer.segment.TextSegmenter;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose last passage Elasticsearch rejects (a number that is not finite violates the mapping) must
 * leave nothing behind: no passage, no article, and an earlier version untouched.
 */
class AtomicLoadTest {

    /** The real segmenter, except that a text containing "Zanzibarium" gets a number the mapping rejects. */
    static final class RejectedBySchema implements Segmenter {
        private final TextSegmenter real = new TextSegmenter();

        @Override
        public List<Passage> segment(String body, String language, LocalDate published) {
            List<Passage> passages = new ArrayList<>(real.segment(body, language, published));
            if (body.contains("Zanzibarium") && !passages.isEmpty()) {
                Passage last = passages.removeLast();
                passages.add(new Passage(last.ordinal(), last.kind(), last.paragraph(), last.start(), last.end(),
                        last.text(), last.dates(), List.of(new ExtractedNumber("∞", last.start(), last.start() + 1,
                        Double.NaN, null))));
            }
            return passages;
        }
    }

    StoreFixture store;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        store = new StoreFixture(new RejectedBySchema());
    }

    @AfterEach
    void stop() throws IOException {
        store.close();
    }

    @Test
    void anArticleWithARejectedPassageIsReportedAndNothingOfItIsStored() throws IOException {
        Path folder = dir.resolve("batch");
        StoreFixture.article(folder, "good.txt", "Tram line extended", "Valley Post", "2024-02-01", "en",
                "The tram line now reaches the stadium. Trains run every ten minutes.");
        StoreFixture.article(folder, "bad.txt", "Mineral find", "Valley Post", "2024-02-02", "en",
                "Geologists found Zanzibarium near the river. The find surprised the council.\n\n"
                        + "Samples went to the capital. Results are due in spring.\n\n"
                        + "Farmers asked whether the wells are safe. Nobody answered yet.");

        LoadSummary summary = store.load(folder);

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.failedCount()).isEqualTo(1);
        LoadSummary.Failure failure = summary.failed().getFirst();
        assertThat(failure.source()).endsWith("bad.txt");
        assertThat(failure.reason()).contains("passage").contains("numberValues");
        assertThat(passagesContaining("Geologists")).isZero();
        assertThat(passagesContaining("Farmers")).isZero();
        assertThat(store.count(store.names.articles())).isEqualTo(1);
        assertThat(store.corpus.searchPassages(PassageQuery.of("Geologists Zanzibarium")).hits()).isEmpty();
        assertThat(store.corpus.searchPassages(PassageQuery.of("tram stadium")).hits()).isNotEmpty();
    }

    @Test
    void aRejectedNewVersionLeavesTheCurrentVersionAsItWas() throws IOException {
        String url = "https://news.example/quarry";
        Path file = StoreFixture.article(dir, "quarry.txt", url, "Quarry report", "Valley Post", "2024-03-01", "en",
                "The quarry report lists three sites. The council will vote in May.");
        assertThat(store.load(file).created()).isEqualTo(1);
        String id = store.corpus.searchPassages(PassageQuery.of("quarry report sites")).hits().getFirst().articleId();

        StoreFixture.article(dir, "quarry.txt", url, "Quarry report", "Valley Post", "2024-03-01", "en",
                "The quarry report lists three sites and traces of Zanzibarium. The council will vote in June.");
        LoadSummary second = store.load(file);

        assertThat(second.updated()).isZero();
        assertThat(second.failedCount()).isEqualTo(1);
        assertThat(store.corpus.latest(id).orElseThrow().version()).isEqualTo(1);
        assertThat(store.corpus.versions(id)).hasSize(1);
        assertThat(passagesContaining("June")).isZero();
        assertThat(store.corpus.searchPassages(PassageQuery.of("council vote May")).hits())
                .isNotEmpty().allSatisfy(hit -> assertThat(hit.articleVersion()).isEqualTo(1));
    }

    /** Counted on the passages index itself, not through search's join on current versions. */
    private long passagesContaining(String word) throws IOException {
        store.client.indices().refresh(r -> r.index(store.names.passages()));
        return store.client.count(c -> c.index(store.names.passages())
                .query(q -> q.match(m -> m.field("text").query(FieldValue.of(word))))).count();
    }
}
