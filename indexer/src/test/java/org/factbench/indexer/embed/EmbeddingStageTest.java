package org.factbench.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.factbench.core.suggestion.Suggestion;
import org.factbench.core.suggestion.SuggestionRequest;
import org.factbench.indexer.schema.EmbeddingField;
import org.factbench.indexer.store.StoreFixture;
import org.factbench.indexer.suggest.ElasticsearchEvidenceSuggester;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embed stage on the real test node with the real model: resumable, and lexical search never waits for it. */
class EmbeddingStageTest {

    static StoreFixture store;

    @BeforeAll
    static void load(@TempDir Path dir) {
        store = new StoreFixture();
        StoreFixture.article(dir, "moscow.txt", "Public figures meet in Moscow", "Caspian Ledger", "2021-12-25T10:00:00Z", "en",
                "Public figures from both countries held their first meeting in Moscow on 23-24 December 2021.\n\n"
                        + "The participants agreed to meet again next year.\n\n"
                        + "Writers and historians spoke about missing persons and cultural monuments.");
        StoreFixture.article(dir, "harbour.txt", "Harbour dredging", "Harbour Daily", "2022-02-01T08:00:00Z", "en",
                "Dredging of the harbour starts in March.\n\nThe port board approved the budget for new cranes.");
        assertThat(store.load(dir).failed()).isEmpty();
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    @Test
    void a_pass_stopped_after_one_batch_is_resumed_by_the_next_and_passages_are_found_lexically_meanwhile() throws IOException {
        EmbeddingStage stage = new EmbeddingStage(store.client, store.names, BgeSmallEmbedder.shared(), 2);
        long total = stage.total();
        assertThat(total).as("paragraphs of the two articles").isEqualTo(5);
        assertThat(stage.pending()).isEqualTo(total);

        ElasticsearchEvidenceSuggester suggester = new ElasticsearchEvidenceSuggester(store.client, store.names,
                BgeSmallEmbedder.shared(), null);
        List<Suggestion> before = suggester.suggest(SuggestionRequest.of("port board budget cranes", "en", null, 5));
        assertThat(before).as("found by keyword before any vector exists").isNotEmpty();
        assertThat(before.getFirst().text()).contains("port board");
        assertThat(before.getFirst().semanticMatch()).isFalse();
        assertThat(before.getFirst().matchedTerms()).contains("port", "board", "budget", "cranes");

        // A crash or restart after the first batch: the stop flag ends the pass there.
        AtomicInteger batches = new AtomicInteger();
        EmbeddingSummary first = stage.run(new EmbeddingListener() {
            @Override
            public void progress(long done, long pending, double perSecond) {
                batches.incrementAndGet();
            }
        }, () -> batches.get() >= 1);
        assertThat(first.stopped()).isTrue();
        assertThat(first.embedded()).isEqualTo(2);
        assertThat(stage.pending()).isEqualTo(total - 2);

        List<Suggestion> half = suggester.suggest(SuggestionRequest.of("port board budget cranes", "en", null, 5));
        assertThat(half).extracting(Suggestion::text).anyMatch(t -> t.contains("port board"));

        EmbeddingSummary second = new EmbeddingStage(store.client, store.names, BgeSmallEmbedder.shared(), 2)
                .run(EmbeddingListener.NONE, () -> false);
        assertThat(second.pending()).isEqualTo(total - 2);
        assertThat(second.embedded()).isEqualTo(total - 2);
        assertThat(second.stopped()).isFalse();
        assertThat(stage.pending()).isZero();
        assertThat(stage.run(EmbeddingListener.NONE, () -> false).embedded()).as("nothing left").isZero();

        SearchResponse<Map> vectors = store.client.search(s -> s.index(store.names.passages()).size(10)
                .query(q -> q.exists(e -> e.field(EmbeddingField.NAME))).source(src -> src.filter(f -> f.includes("kind"))), Map.class);
        assertThat(vectors.hits().hits()).hasSize((int) total)
                .allSatisfy(h -> assertThat(h.source()).containsEntry("kind", "PARAGRAPH"));

        // Semantic: no shared keyword with the passage about monuments.
        List<Suggestion> after = suggester.suggest(SuggestionRequest.of("heritage sites and people who disappeared", "en", null, 3));
        assertThat(after.getFirst().text()).contains("missing persons");
        assertThat(after.getFirst().semanticMatch()).isTrue();
    }
}
