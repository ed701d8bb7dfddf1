package org.factbench.indexer.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factbench.core.suggestion.Suggestion;
import org.factbench.core.suggestion.SuggestionRequest;
import org.factbench.indexer.embed.BgeSmallEmbedder;
import org.factbench.indexer.embed.EmbeddingListener;
import org.factbench.indexer.embed.EmbeddingStage;
import org.factbench.indexer.embed.EmbeddingSummary;
import org.factbench.indexer.ingest.LoadOptions;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.store.RealCorpus;
import org.factbench.indexer.store.StoreFixture;
import org.factbench.indexer.suggest.ElasticsearchEvidenceSuggester.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suggestion evaluation on the dev set, as one command (not part of the test suite):
 * {@code ./mvnw -o -q -pl indexer -am verify -Pevaluate-suggestions}. Indexes the dev set's articles and distractors
 * (the first 150 articles of each BBC category, 600 Reuters records, 60 of each Russian file) into the test node, embeds every paragraph, and prints recall@5, recall@10 and
 * MRR@10 for plain BM25 {@code match}, the tuned lexical query alone, semantic alone and the fused suggestions,
 * all on the same index. A claim counts as found at k when a paragraph containing one of its gold fragments is
 * among the first k suggestions. Prints one table for {@code dev-set.jsonl} and one for {@code dev-set-hard.jsonl}.
 */
class SuggestionEvaluation {

    static final Mode[] MODES = {Mode.PLAIN_BM25, Mode.LEXICAL, Mode.SEMANTIC, Mode.FUSED};

    @Test
    void evaluate(@TempDir Path work) throws IOException {
        assumeTrue(Boolean.getBoolean("evaluation"), "run with -Pevaluate-suggestions");
        DevSet devSet = DevSet.load();
        DevSet hard = DevSet.load("dev-set-hard.jsonl");
        Path corpus = RealCorpus.require("");
        try (StoreFixture store = new StoreFixture()) {
            long began = System.nanoTime();
            for (EvaluationCorpus.Input input : EvaluationCorpus.prepare(corpus, devSet.plus(hard), work,
                    Integer.getInteger("evaluation.bbc", 150), Integer.getInteger("evaluation.reuters", 600),
                    Integer.getInteger("evaluation.russian", 60))) {
                LoadSummary summary = store.loader.load(List.of(input.path()),
                        new ReadOptions(null, null, input.language(), Map.of()), LoadOptions.BULK, ProgressListener.NONE);
                System.out.printf(Locale.ROOT, "loaded %s: %d articles%n", input.path().getFileName(),
                        summary.created() + summary.updated() + summary.unchanged());
            }
            System.out.printf(Locale.ROOT, "lexical load: %.0f s%n", (System.nanoTime() - began) / 1e9);
            EmbeddingStage stage = new EmbeddingStage(store.client, store.names, BgeSmallEmbedder.shared());
            EmbeddingSummary embedded = stage.run(new EmbeddingListener() {
                long last;

                @Override
                public void progress(long done, long pending, double perSecond) {
                    if (done - last >= 2000) {
                        last = done;
                        System.out.printf(Locale.ROOT, "  embedded %d / %d (%.0f/s)%n", done, pending, perSecond);
                    }
                }
            }, () -> false);
            System.out.printf(Locale.ROOT, "embedded %d paragraphs in %d s (%.1f/s)%n", embedded.embedded(),
                    embedded.took().toSeconds(), embedded.perSecond());
            ElasticsearchEvidenceSuggester suggester = new ElasticsearchEvidenceSuggester(store.client, store.names,
                    BgeSmallEmbedder.shared(), null);
            Report report = evaluate(devSet, suggester);
            System.out.println("\n==== dev-set.jsonl ====" + report.table(devSet, stage.total()));
            // The harder set (paraphrased away from the articles' words) on the same index; written after the
            // method, not used to tune it.
            Report hardReport = evaluate(hard, suggester);
            System.out.println("\n==== dev-set-hard.jsonl ====" + hardReport.table(hard, stage.total()));
            assertThat(report.found.get(Mode.FUSED)).isNotEmpty();
        }
    }

    /** First rank (1-based, 0 = not in the top 10) of a gold paragraph, per mode and claim. */
    record Report(Map<Mode, Map<String, Integer>> found) {

        String table(DevSet devSet, long paragraphs) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%n%d claims, %d paragraphs indexed and embedded%n%n",
                    devSet.claims().size(), paragraphs));
            out.append("| ranking | recall@5 | recall@10 | MRR@10 |\n| --- | --- | --- | --- |\n");
            for (Mode mode : MODES) {
                out.append(row(mode.name(), found.get(mode), devSet.claims()));
            }
            Map<String, List<DevSet.Claim>> byType = new TreeMap<>();
            devSet.claims().forEach(c -> byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c));
            byType.computeIfAbsent("russian", t -> new ArrayList<>());
            devSet.claims().stream().filter(c -> c.language().equals("ru")).forEach(byType.get("russian")::add);
            out.append("\nrecall@10 by claim type (n): ");
            byType.forEach((type, claims) -> {
                out.append(String.format(Locale.ROOT, "%n  %-15s (%2d)", type, claims.size()));
                for (Mode mode : MODES) {
                    out.append(String.format(Locale.ROOT, "  %s %.2f", mode, recall(found.get(mode), claims, 10)));
                }
            });
            out.append("\n\nmissed by FUSED in the top 10: ");
            devSet.claims().stream().filter(c -> found.get(Mode.FUSED).get(c.id()) == 0)
                    .forEach(c -> out.append(c.id()).append(' '));
            return out.append('\n').toString();
        }

        private static String row(String name, Map<String, Integer> ranks, List<DevSet.Claim> claims) {
            double mrr = claims.stream().mapToDouble(c -> ranks.get(c.id()) == 0 ? 0 : 1.0 / ranks.get(c.id())).average().orElse(0);
            return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", name, recall(ranks, claims, 5),
                    recall(ranks, claims, 10), mrr);
        }

        private static double recall(Map<String, Integer> ranks, List<DevSet.Claim> claims, int k) {
            return claims.isEmpty() ? 0 : claims.stream().filter(c -> ranks.get(c.id()) > 0 && ranks.get(c.id()) <= k).count()
                    / (double) claims.size();
        }
    }

    static Report evaluate(DevSet devSet, ElasticsearchEvidenceSuggester suggester) {
        Map<Mode, Map<String, Integer>> found = new LinkedHashMap<>();
        for (Mode mode : MODES) {
            Map<String, Integer> ranks = new LinkedHashMap<>();
            for (DevSet.Claim claim : devSet.claims()) {
                List<Suggestion> top = suggester.suggest(SuggestionRequest.of(claim.claim(), claim.language(), null, 10), mode);
                int rank = 0;
                for (int i = 0; i < top.size(); i++) {
                    if (claim.isGold(top.get(i).text())) {
                        rank = i + 1;
                        break;
                    }
                }
                ranks.put(claim.id(), rank);
            }
            found.put(mode, ranks);
        }
        return new Report(found);
    }
}
