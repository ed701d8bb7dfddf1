package org.factbench.indexer.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.factbench.core.corpus.IndexedClaim;
import org.factbench.core.corpus.SimilarClaim;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ElasticsearchClaimIndexTest {

    static StoreFixture store;

    @BeforeAll
    static void start() {
        store = new StoreFixture();
        store.claims.index(new IndexedClaim(1, "The first meeting of public figures took place in Moscow in December 2021",
                "Ambassador", "en", List.of("normalization"), "IN_RESEARCH"));
        store.claims.index(new IndexedClaim(2, "The railway through the corridor will open in 2024", "Minister", "en",
                List.of("transport"), "NEW"));
        store.claims.index(new IndexedClaim(3, "Встреча общественных деятелей прошла в Москве", "Обозреватель", "ru",
                List.of(), "NEW"));
        store.claims.index(new IndexedClaim(4, "Prices of bread rose by ten percent", "Blogger", "en", List.of(), "NEW"));
        store.claims.index(new IndexedClaim(5, "The railway through the corridor will open in 2024 and carry freight",
                "Deputy minister", "en", List.of("transport"), "NEW"));
        store.claims.index(new IndexedClaim(6, "Negotiators from both capitals were meeting weekly throughout the autumn",
                "Columnist", null, List.of(), "NEW"));
    }

    @AfterAll
    static void stop() throws IOException {
        store.close();
    }

    @Test
    void theSameStatementScoresOneAndARewordingScoresLessButFirst() {
        List<SimilarClaim> same = store.claims.findSimilar(
                "The first meeting of public figures took place in Moscow in December 2021", "en", 5);
        List<SimilarClaim> reworded = store.claims.findSimilar("Public figures first met in Moscow", "en", 5);

        assertThat(same.getFirst().claimId()).isEqualTo(1);
        assertThat(same.getFirst().score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(reworded.getFirst().claimId()).isEqualTo(1);
        assertThat(reworded.getFirst().score()).isBetween(0.2, 0.99);
        assertThat(reworded).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
        assertThat(reworded.getFirst().status()).isEqualTo("IN_RESEARCH");
    }

    @Test
    void eachScoreBelongsToTheClaimItWasComputedFor() {
        // Elasticsearch answers the term-vector request in its own order, not in the order of the ids asked for:
        // here the best hit (5) has a higher id than the weaker one (2).
        List<SimilarClaim> similar = store.claims.findSimilar(
                "The railway through the corridor will open in 2024 and carry freight", "en", 5);

        assertThat(similar).extracting(SimilarClaim::claimId).containsExactly(5L, 2L);
        assertThat(similar.getFirst().score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(similar.get(1).score()).isBetween(0.2, 0.99);
    }

    @Test
    void aClaimSavedWithoutALanguageIsAnalysedInTheLanguageItIsWrittenIn() {
        // Only the English stems match claim 6: "negotiator"/"Negotiators", "meets"/"meeting".
        assertThat(store.claims.findSimilar("A negotiator meets", "en", 5))
                .extracting(SimilarClaim::claimId).first().isEqualTo(6L);
        assertThat(store.claims.findSimilar("Each negotiator meets his counterpart every month in the capital", null, 5))
                .extracting(SimilarClaim::claimId).first().isEqualTo(6L);
    }

    @Test
    void unrelatedStatementsAreNotSimilar() {
        assertThat(store.claims.findSimilar("Snowfall closed the mountain passes", "en", 5)).isEmpty();
    }

    @Test
    void russianClaimsMatchOtherFormsOfTheWords() {
        List<SimilarClaim> similar = store.claims.findSimilar("встречи общественного деятеля в Москве", "ru", 5);

        assertThat(similar).extracting(SimilarClaim::claimId).containsExactly(3L);
    }

    @Test
    void aClaimSavedBeforeTheIndicesExistFailsInsteadOfCreatingAnIndexThatBlocksTheAlias() throws IOException {
        org.factbench.indexer.schema.IndexNames fresh = new org.factbench.indexer.schema.IndexNames(
                org.factbench.indexer.testing.TestElasticsearch.uniqueName("early") + "-");
        ElasticsearchClaimIndex early = new ElasticsearchClaimIndex(store.client, fresh);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> early.index(new IndexedClaim(5, "Saved too early", "Someone",
                "en", List.of(), "NEW"))).isInstanceOf(org.factbench.core.corpus.CorpusUnavailableException.class);

        assertThat(store.client.indices().exists(e -> e.index(fresh.claims())).value()).isFalse();
    }

    @Test
    void aRemovedClaimIsNoLongerFound() {
        store.claims.index(new IndexedClaim(9, "The harbour will be dredged in March", "Port board", "en", List.of(), "NEW"));
        assertThat(store.claims.findSimilar("harbour dredged in March", "en", 5)).extracting(SimilarClaim::claimId).contains(9L);

        store.claims.remove(9);

        assertThat(store.claims.findSimilar("harbour dredged in March", "en", 5)).extracting(SimilarClaim::claimId)
                .doesNotContain(9L);
    }
}
