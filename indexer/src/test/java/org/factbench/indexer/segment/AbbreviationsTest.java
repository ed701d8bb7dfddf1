package org.factbench.indexer.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    private static List<String> sentences(String paragraph, String language) {
        return SentenceSplitter.split(paragraph, new Span(0, paragraph.length()), Locale.forLanguageTag(language))
                .stream().map(span -> paragraph.substring(span.start(), span.end())).toList();
    }

    @Test
    void titlesInitialsAndMonthAbbreviationsDoNotEndSentences() {
        assertThat(sentences("Mr. Bocharnikov met Dr. Aliyeva on Jan. 26 in Baku. They spoke for an hour. "
                + "M. Shvydkoy attended too.", "en")).containsExactly(
                "Mr. Bocharnikov met Dr. Aliyeva on Jan. 26 in Baku.",
                "They spoke for an hour.",
                "M. Shvydkoy attended too.");
    }

    @Test
    void dottedAcronymsJoinUnlessASentenceClearlyStarts() {
        assertThat(sentences("The U.S. Embassy issued a statement. Talks moved to the U.S. The envoy left.", "en"))
                .containsExactly("The U.S. Embassy issued a statement.", "Talks moved to the U.S.", "The envoy left.");
    }

    @Test
    void russianCityAbbreviationJoinsButYearAbbreviationMayEndASentence() {
        assertThat(sentences("Встреча прошла в г. Москве 23 декабря 2021 г. Участники, т.е. общественные деятели, "
                + "договорились о новых встречах. И. Иванов подтвердил это, т. е. сроки известны.", "ru")).containsExactly(
                "Встреча прошла в г. Москве 23 декабря 2021 г.",
                "Участники, т.е. общественные деятели, договорились о новых встречах.",
                "И. Иванов подтвердил это, т. е. сроки известны.");
    }

    @Test
    void quotesQuestionsAndExclamationsStillSplit() {
        assertThat(sentences("\"We agreed.\" The envoy smiled. Will they meet again? Yes!", "en"))
                .containsExactly("\"We agreed.\"", "The envoy smiled.", "Will they meet again?", "Yes!");
    }
}
