package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.store.RealCorpus;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real articles from the shared corpus: BBC sport (with its one Latin-1 file), the Nezavisimaya Gazeta file and
 * the first 3,000 Reuters records, loaded in bulk mode. The full ~25,000 articles are the benchmark's job.
 */
class RealCorpusLoadTest {

    static StoreFixture store;
    static LoadSummary summary;
    static List<Path> inputs;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        Path sport = RealCorpus.require("bbc/sport");
        Path russian = RealCorpus.require("russian/ng_0.jsonl");
        Path reuters = dir.resolve("reuters-3000.jsonl");
        try (Stream<String> lines = Files.lines(RealCorpus.require("reuters/reuters21578.jsonl"), StandardCharsets.UTF_8)) {
            Files.write(reuters, lines.limit(3000).toList(), StandardCharsets.UTF_8);
        }
        inputs = List.of(sport, russian, reuters);
        store = new StoreFixture();
        summary = store.loader.load(inputs, ReadOptions.defaults(), LoadOptions.BULK, ProgressListener.NONE);
    }

    @AfterAll
    static void stop() throws IOException {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyArticleIsStoredOrReportedAndOnlyRecordsWithoutTextFail() {
        assertThat(summary.read()).isGreaterThanOrEqualTo(511 + 999 + 3000);
        assertThat(summary.created() + summary.updated() + summary.unchanged() + summary.failedCount())
                .isEqualTo(summary.read());
        assertThat(summary.failed()).allSatisfy(f -> {
            assertThat(f.source()).contains("reuters-3000.jsonl#");
            assertThat(f.reason()).containsIgnoringCase("text");
        });
        assertThat(store.count(store.names.articles())).isEqualTo(summary.created());
        assertThat(store.count(store.names.passages())).isEqualTo(summary.passages());
        assertThat(summary.notes()).anySatisfy(note -> assertThat(note.source()).endsWith("sport/199.txt"));
    }

    @Test
    void englishAndRussianArticlesAreSearchable() {
        List<PassageHit> english = store.corpus.searchPassages(new PassageQuery("coach said", "en", null, null, null, 0, 5)).hits();
        // "выборов" (genitive plural) is in the texts; the query asks for the nominative singular.
        List<PassageHit> russian = store.corpus.searchPassages(new PassageQuery("выборы", "ru", null, null, null, 0, 5)).hits();

        assertThat(english).isNotEmpty().allSatisfy(hit -> assertThat(hit.text().hasHighlight()).isTrue());
        assertThat(russian).isNotEmpty().allSatisfy(hit -> assertThat(hit.language()).isEqualTo("ru"));
    }

    @Test
    void loadingTheSameFilesAgainStoresNothingNew() {
        LoadSummary again = store.loader.load(inputs, ReadOptions.defaults(), LoadOptions.BULK, ProgressListener.NONE);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(summary.created() + summary.unchanged());
    }
}
