package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factbench.core.corpus.IndexedClaim;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.indexer.claims.ElasticsearchClaimIndex;
import org.factbench.indexer.embed.BgeSmallEmbedder;
import org.factbench.indexer.embed.TextEmbedder;
import org.factbench.indexer.schema.EmbeddingField;
import org.factbench.indexer.schema.IndexNames.Kind;
import org.factbench.indexer.segment.TextSegmenter;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRebuilderTest {

    StoreFixture store;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        store = new StoreFixture();
    }

    @AfterEach
    void stop() throws IOException {
        store.close();
    }

    @Test
    void rebuildWritesANewGenerationSwitchesAllAliasesAndKeepsEveryVersionAndClaim() throws IOException {
        String url = "https://news.example/ferry";
        Path file = StoreFixture.article(dir, "ferry.txt", url, "Ferry times", "Harbour Daily", "2024-01-10", "en",
                "The ferry leaves at seven. Tickets cost four euros.");
        StoreFixture.article(dir.resolve("more"), "mill.txt", "Mill reopens", "Valley Post", "2024-01-11", "en",
                "The old mill reopens as a museum. Entry is free on Sundays.");
        store.load(dir);
        StoreFixture.article(dir, "ferry.txt", url, "Ferry times", "Harbour Daily", "2024-01-10", "en",
                "The ferry leaves at eight. Tickets cost five euros.");
        assertThat(store.load(file).updated()).isEqualTo(1);
        TextEmbedder embedder = BgeSmallEmbedder.shared();
        new ElasticsearchClaimIndex(store.client, store.names, embedder).index(new IndexedClaim(7,
                "The ferry costs four euros", "A commuter", "en", List.of("transport"), "NEW"));
        String ferry = store.corpus.searchPassages(PassageQuery.of("ferry leaves eight")).hits().getFirst().articleId();
        Map<Kind, String> before = store.schema.liveIndices();
        long passagesBefore = store.count(store.names.passages());
        List<LoadProgress> progress = new ArrayList<>();

        RebuildSummary summary = rebuilder().rebuild(new ProgressListener() {
            @Override
            public void progress(LoadProgress p) {
                progress.add(p);
            }
        });

        Map<Kind, String> after = store.schema.liveIndices();
        assertThat(after).isEqualTo(summary.to());
        assertThat(after.values()).allSatisfy(index -> assertThat(index).endsWith("-000002"));
        assertThat(store.client.indices().exists(e -> e.index(List.copyOf(before.values()))).value()).isFalse();
        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.versions()).isEqualTo(1);
        assertThat(summary.claims()).isEqualTo(1);
        assertThat(summary.passages()).isEqualTo(passagesBefore);
        assertThat(store.count(store.names.passages())).isEqualTo(passagesBefore);
        assertThat(progress).isNotEmpty();
        assertThat(store.corpus.version(ferry, 1).orElseThrow().body()).contains("seven");
        assertThat(store.corpus.latest(ferry).orElseThrow().body()).contains("eight");
        assertThat(store.corpus.searchPassages(PassageQuery.of("museum Sundays")).hits())
                .extracting(PassageHit::title).contains("Mill reopens");
        assertThat(store.claims.findSimilar("The ferry costs four euros", "en", 5)).hasSize(1);
        List<Float> vector = new ArrayList<>();
        for (float v : embedder.embedQuery("The ferry costs four euros")) {
            vector.add(v);
        }
        assertThat(store.client.search(s -> s.index(store.names.claims()).knn(k -> k.field(EmbeddingField.NAME)
                .queryVector(vector).k(1).numCandidates(10)), Void.class).hits().hits())
                .as("the claim's vector is copied too").extracting(h -> h.id()).containsExactly("7");

        // The new generation takes new articles as usual.
        assertThat(store.load(StoreFixture.article(dir.resolve("late"), "late.txt", "Late news", "Valley Post",
                "2024-02-01", "en", "A late article arrives after the rebuild.")).created()).isEqualTo(1);
    }

    @Test
    void aFailedRebuildLeavesTheOldIndicesServingAndWritable() throws IOException {
        store.load(StoreFixture.article(dir, "a.txt", "Only article", "Valley Post", "2024-01-10", "en",
                "One article that the broken segmenter cannot split."));
        Map<Kind, String> before = store.schema.liveIndices();
        IndexRebuilder broken = new IndexRebuilder(store.client, store.schema, (body, language, published) -> {
            throw new IllegalStateException("segmenter broke");
        }, IngestSettings.DEFAULT, Clock.systemUTC());

        assertThatThrownBy(() -> broken.rebuild(ProgressListener.NONE)).hasMessageContaining("segmenter broke");

        assertThat(store.schema.liveIndices()).isEqualTo(before);
        assertThat(store.client.indices().exists(e -> e.index(store.names.index(Kind.ARTICLES, 2))).value()).isFalse();
        assertThat(store.load(StoreFixture.article(dir.resolve("b"), "b.txt", "Second article", "Valley Post",
                "2024-01-11", "en", "Writes still work after the failed rebuild.")).created()).isEqualTo(1);
    }

    private IndexRebuilder rebuilder() {
        return new IndexRebuilder(store.client, store.schema, new TextSegmenter(), IngestSettings.DEFAULT, Clock.systemUTC());
    }
}
