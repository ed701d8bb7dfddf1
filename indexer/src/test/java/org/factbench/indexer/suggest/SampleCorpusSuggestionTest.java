package org.factbench.indexer.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.factbench.core.suggestion.AgreementSignal;
import org.factbench.core.suggestion.AgreementSignal.Agreement;
import org.factbench.core.suggestion.AgreementSignal.Aspect;
import org.factbench.core.suggestion.Suggestion;
import org.factbench.core.suggestion.SuggestionRequest;
import org.factbench.indexer.embed.BgeSmallEmbedder;
import org.factbench.indexer.embed.EmbeddingListener;
import org.factbench.indexer.embed.EmbeddingStage;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.ingest.SampleCorpus;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo claim over the sample corpus, embedded: what the workspace shows first. */
class SampleCorpusSuggestionTest {

    static final String MOSCOW_CLAIM = "The first meeting of Azerbaijani and Armenian public figures after the "
            + "2020 war was held on 23-24 December 2021 in Moscow";

    static StoreFixture store;
    static ElasticsearchEvidenceSuggester suggester;

    @BeforeAll
    static void load() {
        store = new StoreFixture();
        assertThat(new SampleCorpus(store.loader).load(ProgressListener.NONE).failed()).isEmpty();
        new EmbeddingStage(store.client, store.names, BgeSmallEmbedder.shared()).run(EmbeddingListener.NONE, () -> false);
        suggester = new ElasticsearchEvidenceSuggester(store.client, store.names, BgeSmallEmbedder.shared(), null);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    @Test
    void the_demo_claim_gets_the_moscow_meeting_first_with_date_and_place_agreeing() {
        List<Suggestion> top = suggester.suggest(SuggestionRequest.of(MOSCOW_CLAIM, "en", LocalDate.of(2022, 1, 10), 10));

        assertThat(top).hasSizeGreaterThanOrEqualTo(5);
        Suggestion first = top.getFirst();
        assertThat(first.text()).contains("Moscow").contains("23-24 December 2021");
        assertThat(first.lexicalMatch()).isTrue();
        assertThat(first.semanticMatch()).isTrue();
        assertThat(first.signals()).extracting(AgreementSignal::aspect, AgreementSignal::agreement)
                .contains(org.assertj.core.groups.Tuple.tuple(Aspect.DATE, Agreement.AGREES),
                        org.assertj.core.groups.Tuple.tuple(Aspect.PLACE, Agreement.AGREES));
        assertThat(top.subList(0, 5).stream().collect(java.util.stream.Collectors.groupingBy(Suggestion::articleId,
                java.util.stream.Collectors.counting())).values()).as("at most two passages of one article in the top five")
                .allMatch(n -> n <= 2);
        assertThat(top).as("the article that states the date wrongly is among them, with the date differing")
                .anyMatch(s -> s.signals().stream().anyMatch(g -> g.aspect() == Aspect.DATE && g.agreement() == Agreement.DIFFERS));
    }

    @Test
    void dismissed_passages_and_linked_spans_are_left_out() {
        List<Suggestion> top = suggester.suggest(SuggestionRequest.of(MOSCOW_CLAIM, "en", null, 5));
        Suggestion first = top.get(0);
        Suggestion second = top.get(1);

        List<Suggestion> again = suggester.suggest(new SuggestionRequest(MOSCOW_CLAIM, "en", null,
                java.util.Set.of(first.passageId()), java.util.Set.of(second.span()), 5));

        assertThat(again).extracting(Suggestion::passageId).doesNotContain(first.passageId(), second.passageId());
    }

    @Test
    void a_russian_claim_finds_the_russian_article_through_russian_morphology() {
        List<Suggestion> top = suggester.suggest(SuggestionRequest.of(
                "Первая встреча общественных деятелей Азербайджана и Армении состоялась в Москве", "ru", null, 5));

        assertThat(top).isNotEmpty();
        assertThat(top.getFirst().language()).isEqualTo("ru");
        assertThat(top.getFirst().lexicalMatch()).isTrue();
    }
}
