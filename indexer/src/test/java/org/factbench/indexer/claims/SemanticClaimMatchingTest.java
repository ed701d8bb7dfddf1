package org.factbench.indexer.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factbench.core.corpus.IndexedClaim;
import org.factbench.core.corpus.SimilarClaim;
import org.factbench.indexer.embed.BgeSmallEmbedder;
import org.factbench.indexer.embed.TextEmbedder;
import org.factbench.indexer.schema.EmbeddingField;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claim matching with the passage model on a real node: paraphrases that share no content word with a stored claim
 * are found by the fused matching and missed by the lexical one. The claim texts are written for this test, not the
 * ones the calibration in {@link SemanticSimilarity} was read from.
 */
class SemanticClaimMatchingTest {

    static StoreFixture store;
    static ElasticsearchClaimIndex fused;

    @BeforeAll
    static void start() {
        store = new StoreFixture();
        fused = new ElasticsearchClaimIndex(store.client, store.names, BgeSmallEmbedder.shared());
        String[] statements = {
            "The hospital doubled the number of its intensive care beds",
            "Wildfires destroyed thousands of hectares of forest in the south",
            "The airline cancelled all flights because of a pilots' strike",
            "The school hired twenty new teachers",
            "Bread prices rose by ten percent",
            "The parliament passed a new tax law",
            "The football team won the national cup",
            "A storm cut power to thousands of homes",
        };
        for (int i = 0; i < statements.length; i++) {
            fused.index(new IndexedClaim(i + 1, statements[i], "Someone", "en", List.of(), "NEW"));
        }
        fused.index(new IndexedClaim(20, "Лесные пожары уничтожили тысячи гектаров леса", "Кто-то", "ru", List.of(), "NEW"));
    }

    @AfterAll
    static void stop() throws IOException {
        store.close();
    }

    static final Map<String, Long> PARAPHRASES = Map.of(
            "The clinic now has twice as many ICU places", 1L,
            "Blazes burned huge areas of woodland across southern regions", 2L,
            "Aviators walked out, grounding every plane of the carrier", 3L);

    @Test
    void aParaphraseWithoutSharedWordsIsFoundByMeaningAndNotByWords() {
        PARAPHRASES.forEach((paraphrase, id) -> {
            List<SimilarClaim> lexical = store.claims.findSimilar(paraphrase, "en", 5);
            List<SimilarClaim> both = fused.findSimilar(paraphrase, "en", 5);

            assertThat(lexical).as(paraphrase).extracting(SimilarClaim::claimId).doesNotContain(id);
            assertThat(both).as(paraphrase).isNotEmpty();
            assertThat(both.getFirst().claimId()).as(paraphrase).isEqualTo(id);
            assertThat(both.getFirst().score()).as(paraphrase).isBetween(0.05, 0.95);
            System.out.printf(Locale.ROOT, "CLAIM-MATCHING %.2f for \"%s\"%n", both.getFirst().score(), paraphrase);
        });
    }

    @Test
    void theSameWordsStillScoreOneAndUnrelatedClaimsNothing() {
        List<SimilarClaim> same = fused.findSimilar("The school hired twenty new teachers", "en", 5);

        assertThat(same.getFirst().claimId()).isEqualTo(4);
        assertThat(same.getFirst().score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(same).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
        // A few words added: close, but not "100% similar" (the semantic scale tops out at identical vectors).
        List<SimilarClaim> longer = fused.findSimilar("The school hired twenty new teachers (browser flow)", "en", 5);
        assertThat(longer.getFirst().claimId()).isEqualTo(4);
        assertThat(longer.getFirst().score()).isBetween(0.5, 0.99);
        assertThat(fused.findSimilar("A violinist gave a concert in Vienna", "en", 5)).isEmpty();
    }

    @Test
    void claimsTheModelDoesNotCoverAreMatchedByWordsAndNotAcrossLanguages() throws IOException {
        var russian = store.client.get(g -> g.index(store.names.claims()).id("20"), Map.class);
        var english = store.client.get(g -> g.index(store.names.claims()).id("2"), Map.class);
        assertThat(russian.source()).doesNotContainKey(EmbeddingField.MODEL);
        assertThat(english.source()).containsEntry(EmbeddingField.MODEL, BgeSmallEmbedder.MODEL);

        assertThat(fused.findSimilar("Пожары уничтожили леса", "ru", 5)).extracting(SimilarClaim::claimId)
                .containsExactly(20L);
        // bge-small-en: the Russian translation of an English claim is not found (no shared words, no useful vector).
        assertThat(fused.findSimilar("Лесные пожары уничтожили леса на юге", "ru", 5)).extracting(SimilarClaim::claimId)
                .doesNotContain(2L);
    }

    @Test
    void aModelThatFailsLeavesLexicalMatching() {
        ElasticsearchClaimIndex broken = new ElasticsearchClaimIndex(store.client, store.names, new TextEmbedder() {
            @Override
            public String model() {
                return BgeSmallEmbedder.MODEL;
            }

            @Override
            public int dimensions() {
                return EmbeddingField.DIMENSIONS;
            }

            @Override
            public List<float[]> embedPassages(List<PassageText> passages) {
                throw new IllegalStateException("no ONNX runtime");
            }

            @Override
            public float[] embedQuery(String text) {
                throw new IllegalStateException("no ONNX runtime");
            }
        });

        broken.index(new IndexedClaim(30, "The bridge over the river reopened after repairs", "Someone", "en", List.of(), "NEW"));

        assertThat(broken.findSimilar("bridge reopened", "en", 5)).extracting(SimilarClaim::claimId).containsExactly(30L);
        assertThat(broken.findSimilar("The clinic now has twice as many ICU places", "en", 5)).isEmpty();
        fused.remove(30);
    }

    /** Not a timed assertion: prints what the new-claim dialog waits for per keystroke pause on this machine. */
    @Test
    void latencyOfTheNewClaimDialogsLookup() {
        List<String> typed = new ArrayList<>(PARAPHRASES.keySet());
        typed.addAll(List.of("The hospital", "Wildfires in the south destroyed", "pilots strike cancelled flights",
                "Bread became more expensive"));
        for (String text : typed) {
            fused.findSimilar(text, "en", 5); // warm-up
        }
        double[] lexical = time(typed, store.claims);
        double[] both = time(typed, fused);
        double[] embed = new double[typed.size() * 5];
        int n = 0;
        for (int round = 0; round < 5; round++) {
            for (String text : typed) {
                long t = System.nanoTime();
                BgeSmallEmbedder.shared().embedQuery(text + " " + round);
                embed[n++] = (System.nanoTime() - t) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "CLAIM-MATCHING latency (%d lookups): fused p50 %.1f ms p95 %.1f ms; lexical p50 %.1f ms "
                        + "p95 %.1f ms; embedding alone p50 %.1f ms p95 %.1f ms; load %s%n", both.length,
                percentile(both, 50), percentile(both, 95), percentile(lexical, 50), percentile(lexical, 95),
                percentile(embed, 50), percentile(embed, 95), loadAverage());
    }

    private static double[] time(List<String> typed, ElasticsearchClaimIndex index) {
        double[] ms = new double[typed.size() * 5];
        int n = 0;
        for (int round = 0; round < 5; round++) {
            for (String text : typed) {
                long t = System.nanoTime();
                index.findSimilar(text + " " + round, "en", 5);
                ms[n++] = (System.nanoTime() - t) / 1e6;
            }
        }
        return ms;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
