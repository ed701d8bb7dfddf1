package org.factbench.indexer.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.factbench.core.suggestion.AgreementSignal;
import org.factbench.core.suggestion.AgreementSignal.Agreement;
import org.factbench.core.suggestion.AgreementSignal.Aspect;
import org.factbench.indexer.segment.Passage;
import org.factbench.indexer.segment.TextSegmenter;
import org.junit.jupiter.api.Test;

/** The claim's facts against passages' facts, both scanned by the loader's own date and number extraction. */
class AgreementSignalsTest {

    static final String CLAIM = "The first meeting of Azerbaijani and Armenian public figures was held on 23-24 December 2021 in Moscow";
    static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 5);

    @Test
    void the_same_day_range_written_the_american_way_agrees_and_so_does_the_place() {
        List<AgreementSignal> signals = signals(CLAIM, "Public figures met on December 23-24, 2021, in Moscow.");

        assertThat(signals).extracting(AgreementSignal::aspect, AgreementSignal::agreement, AgreementSignal::claimMention)
                .contains(tuple(Aspect.DATE, Agreement.AGREES, "23-24 December 2021"),
                        tuple(Aspect.PLACE, Agreement.AGREES, "Moscow"));
    }

    @Test
    void a_year_alone_is_less_precise() {
        assertThat(date(signals(CLAIM, "Public figures met in Moscow in 2021."))).isEqualTo(Agreement.LESS_PRECISE);
    }

    @Test
    void another_month_differs() {
        List<AgreementSignal> signals = signals(CLAIM, "Public figures met in Moscow in November 2021.");

        assertThat(date(signals)).isEqualTo(Agreement.DIFFERS);
        assertThat(signals).filteredOn(s -> s.aspect() == Aspect.DATE).singleElement()
                .extracting(AgreementSignal::passageMention).isEqualTo("November 2021");
    }

    @Test
    void a_passage_date_differs_only_from_the_claim_date_nearest_to_it() {
        // "23-24 November 2021" is a month off the meeting's date; against the claim's "2020" (the war) it says nothing.
        List<AgreementSignal> signals = signals("The first meeting after the 2020 war was held on 23-24 December 2021 in Moscow",
                "The first meeting took place on 23-24 November 2021 in Moscow.");

        assertThat(signals).filteredOn(s -> s.aspect() == Aspect.DATE)
                .extracting(AgreementSignal::agreement, AgreementSignal::claimMention, AgreementSignal::passageMention)
                .containsExactly(tuple(Agreement.DIFFERS, "23-24 December 2021", "23-24 November 2021"));
    }

    @Test
    void a_date_years_away_is_another_event_not_a_contradiction() {
        assertThat(signals(CLAIM, "The ministry was founded in March 1992.")).noneMatch(s -> s.aspect() == Aspect.DATE);
    }

    @Test
    void another_place_after_in_differs_and_names_are_found() {
        List<AgreementSignal> signals = signals(CLAIM, "Azerbaijani and Armenian public figures met in Tbilisi.");

        assertThat(signals).extracting(AgreementSignal::aspect, AgreementSignal::agreement, AgreementSignal::passageMention)
                .contains(tuple(Aspect.PLACE, Agreement.DIFFERS, "Tbilisi"),
                        tuple(Aspect.NAME, Agreement.AGREES, "Azerbaijani"),
                        tuple(Aspect.NAME, Agreement.AGREES, "Armenian"));
    }

    @Test
    void numbers_with_the_same_unit_agree_or_differ() {
        String claim = "Exports rose by 12% to $3 billion in 2021";

        assertThat(signals(claim, "Exports grew 12% last year to $3 billion."))
                .filteredOn(s -> s.aspect() == Aspect.NUMBER).extracting(AgreementSignal::agreement)
                .containsExactly(Agreement.AGREES, Agreement.AGREES);
        assertThat(signals(claim, "Exports grew 9% last year."))
                .filteredOn(s -> s.aspect() == Aspect.NUMBER).extracting(AgreementSignal::agreement, AgreementSignal::passageMention)
                .containsExactly(tuple(Agreement.DIFFERS, "9%"));
    }

    @Test
    void russian_place_in_another_case_agrees() {
        List<AgreementSignal> signals = signals("Встреча прошла в Москве 23 декабря 2021 года",
                "Первая встреча общественных деятелей прошла в Москве 23 декабря 2021 года.", "ru");

        assertThat(signals).extracting(AgreementSignal::aspect, AgreementSignal::agreement)
                .contains(tuple(Aspect.PLACE, Agreement.AGREES), tuple(Aspect.DATE, Agreement.AGREES));
    }

    private static Agreement date(List<AgreementSignal> signals) {
        return signals.stream().filter(s -> s.aspect() == Aspect.DATE && s.claimMention().contains("December"))
                .map(AgreementSignal::agreement).findFirst().orElse(null);
    }

    static List<AgreementSignal> signals(String claim, String passage) {
        return signals(claim, passage, "en");
    }

    static List<AgreementSignal> signals(String claim, String passage, String language) {
        Passage p = new TextSegmenter().segment(passage, language, PUBLISHED).getFirst();
        return AgreementSignals.compare(ClaimFacts.of(claim, language, LocalDate.of(2022, 1, 10)), p.dates(), p.numbers(),
                p.text());
    }
}
