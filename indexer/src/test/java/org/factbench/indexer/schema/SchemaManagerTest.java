package org.factbench.indexer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.factbench.indexer.schema.IndexNames.Kind;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaManagerTest {

    StoreFixture store;

    @BeforeEach
    void start() {
        store = new StoreFixture();
    }

    @AfterEach
    void stop() throws IOException {
        store.close();
    }

    @Test
    void ensureCreatesOneGenerationBehindEachAliasAndIsIdempotent() throws IOException {
        Map<Kind, String> first = store.schema.liveIndices();
        SchemaStatus again = store.schema.ensure();

        assertThat(first).hasSize(4);
        assertThat(first.get(Kind.PASSAGES)).isEqualTo(store.names.passages() + "-000001");
        assertThat(again.created()).isEmpty();
        assertThat(again.indices()).isEqualTo(first);
        assertThat(store.client.indices().existsIndexTemplate(e -> e.name(store.names.template(Kind.PASSAGES))).value())
                .isTrue();
    }

    @Test
    void analyzersAreWhatTheClusterOffersAndTheLiveIndexRecordsThem() throws IOException {
        SchemaStatus status = store.schema.ensure();

        AnalyzerChoice english = status.analyzers().get("en");
        // The local distribution has no 'english' analyzer: it is built-in only on a full cluster.
        boolean builtIn = analyzes("{\"analyzer\":\"english\",\"text\":\"x\"}");
        assertThat(english.strategy() == AnalyzerChoice.Strategy.BUILTIN).isEqualTo(builtIn);
        assertThat(store.schema.liveMeta(Kind.PASSAGES).get("analyzers"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("en", english.description())
                .containsOnlyKeys(org.factbench.core.corpus.CorpusLanguage.codes());
        if (english.strategy() == AnalyzerChoice.Strategy.HUNSPELL) {
            var tokens = store.client.indices().analyze(a -> a.index(store.names.passages()).analyzer("fb_en")
                    .text("The meetings were held")).tokens();
            assertThat(tokens).extracting(t -> t.token()).contains("meet").doesNotContain("the");
        }
        assertThat(status.staleAnalysis()).isEmpty();
    }

    @Test
    void suspendingRefreshTurnsItOffAndRestoresEachIndexsOwnInterval() throws IOException {
        store.client.indices().putSettings(p -> p.index(store.names.articles())
                .withJson(new StringReader("{\"index\":{\"refresh_interval\":\"5s\"}}")));

        RefreshSuspension suspension = store.schema.suspendRefresh();
        assertThat(refreshInterval(store.names.articles())).isEqualTo("-1");
        assertThat(refreshInterval(store.names.passages())).isEqualTo("-1");
        assertThat(refreshInterval(store.names.articleVersions())).isEqualTo("-1");
        suspension.close();

        assertThat(refreshInterval(store.names.articles())).isEqualTo("5s");
        assertThat(refreshInterval(store.names.passages())).isNull();
        assertThat(refreshInterval(store.names.articleVersions())).isNull();
    }

    private String refreshInterval(String alias) throws IOException {
        var state = store.client.indices().getSettings(g -> g.index(alias)).settings().values().iterator().next();
        var index = state.settings().index();
        return index == null || index.refreshInterval() == null ? null : index.refreshInterval().time();
    }

    @Test
    void passagesCanGainAVectorFieldWithoutARebuild() throws IOException {
        store.client.indices().putMapping(p -> p.index(store.names.passages()).withJson(new StringReader(
                "{\"properties\":{\"extra_vector\":{\"type\":\"dense_vector\",\"dims\":4,\"similarity\":\"cosine\"}}}")));

        SchemaStatus status = store.schema.ensure();

        assertThat(status.created()).isEmpty();
        var mapping = store.client.indices().getMapping(g -> g.index(store.names.passages())).mappings()
                .values().iterator().next().mappings().properties();
        // A field someone added by hand (the schema has its own "embedding" now) does not force a rebuild either.
        assertThat(mapping).containsKeys("extra_vector", "embedding", "text", "text_ru", "dateRanges");
    }

    @Test
    void aMissingAliasIsCreatedAgainAsTheNextGeneration() throws IOException {
        String claims = store.schema.liveIndices().get(Kind.CLAIMS);
        store.client.indices().delete(d -> d.index(claims));

        SchemaStatus status = store.schema.ensure();

        assertThat(status.created()).containsExactly(store.names.index(Kind.CLAIMS, 1));
        assertThat(store.schema.liveIndices().get(Kind.CLAIMS)).isEqualTo(store.names.index(Kind.CLAIMS, 1));
    }

    private boolean analyzes(String body) throws IOException {
        try {
            store.client.indices().analyze(a -> a.withJson(new StringReader(body)));
            return true;
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            return false;
        }
    }
}
