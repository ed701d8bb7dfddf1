package org.factbench.indexer.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.factbench.indexer.segment.Passage.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class TextSegmenterTest {

    private static final String ARTICLE = """
            The envoy spoke to reporters in Baku on January 26. He called the trilateral working group, \
            chaired by the deputy prime ministers, one of the achievements of 2021.

            Following the 44-day war in late 2020, the first meeting of Azerbaijani and Armenian public figures \
            took place on 23-24 December 2021 in Moscow. Mr. Shvydkoy of Russia attended it.

            Trade between the neighbours could reach $3 billion, and cargo volumes may grow by 40% next year.""";

    private final TextSegmenter segmenter = new TextSegmenter();

    @Test
    void eachParagraphIsFollowedByItsSentencesInReadingOrder() {
        List<Passage> passages = segmenter.segment(ARTICLE, "en", LocalDate.of(2022, 1, 27));

        assertThat(passages).extracting(Passage::kind).containsExactly(
                Kind.PARAGRAPH, Kind.SENTENCE, Kind.SENTENCE,
                Kind.PARAGRAPH, Kind.SENTENCE, Kind.SENTENCE,
                Kind.PARAGRAPH, Kind.SENTENCE);
        assertThat(passages).extracting(Passage::paragraph).containsExactly(0, 0, 0, 1, 1, 1, 2, 2);
        assertThat(passages).extracting(Passage::ordinal).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(passages.get(4).text()).isEqualTo("Following the 44-day war in late 2020, the first meeting of "
                + "Azerbaijani and Armenian public figures took place on 23-24 December 2021 in Moscow.");
        assertThat(passages.get(5).text()).isEqualTo("Mr. Shvydkoy of Russia attended it.");
        passages.forEach(passage -> assertThat(ARTICLE.substring(passage.start(), passage.end())).isEqualTo(passage.text()));
    }

    @Test
    void datesAndNumbersBelongToTheSentenceAndParagraphThatMentionThem() {
        List<Passage> passages = segmenter.segment(ARTICLE, "en", LocalDate.of(2022, 1, 27));

        Passage meeting = passages.get(4);
        assertThat(meeting.dates()).extracting(ExtractedDate::mention).containsExactly("2020", "23-24 December 2021");
        assertThat(meeting.dates().get(1).from()).isEqualTo(LocalDate.of(2021, 12, 23));
        assertThat(meeting.dates().get(1).to()).isEqualTo(LocalDate.of(2021, 12, 24));
        assertThat(meeting.numbers()).extracting(ExtractedNumber::mention).containsExactly("44");
        assertThat(passages.get(3).dates()).isEqualTo(meeting.dates());
        assertThat(passages.get(5).dates()).isEmpty();

        assertThat(passages.get(1).dates()).extracting(ExtractedDate::from).containsExactly(LocalDate.of(2022, 1, 26));
        assertThat(passages.get(7).numbers()).extracting(ExtractedNumber::unit).containsExactly("USD", "%");
        assertThat(passages.get(7).dates()).extracting(ExtractedDate::mention).containsExactly("next year");
    }

    @Test
    void withoutAPublicationDateRelativeMentionsAreLeftOut() {
        List<Passage> passages = segmenter.segment(ARTICLE, "en", null);

        assertThat(passages.get(1).dates()).isEmpty();
        assertThat(passages.get(7).dates()).isEmpty();
        assertThat(passages.get(4).dates()).hasSize(2);
    }

    @Test
    void russianSentencesKeepAbbreviationsTogether() {
        String body = "Первая встреча общественных деятелей прошла в г. Москве 23-24 декабря 2021 г. "
                + "Участники, т.е. представители двух стран, договорились встретиться в 2022 году.";
        List<Passage> passages = segmenter.segment(body, "ru", LocalDate.of(2022, 1, 10));

        assertThat(passages).extracting(Passage::text).containsExactly(body,
                "Первая встреча общественных деятелей прошла в г. Москве 23-24 декабря 2021 г.",
                "Участники, т.е. представители двух стран, договорились встретиться в 2022 году.");
        assertThat(passages.get(1).dates()).extracting(ExtractedDate::mention).containsExactly("23-24 декабря 2021 г.");
        assertThat(passages.get(2).dates()).extracting(ExtractedDate::mention).containsExactly("2022 году");
    }

    @Test
    void longParagraphsAndRunOnSentencesAreCutIntoSearchablePieces() {
        String sentence = "The working group discussed the railway, the road, the customs posts and the tariffs";
        String runOn = String.join(", and ", java.util.Collections.nCopies(60, sentence)) + ".";
        String body = (runOn + " ").repeat(3).strip();

        List<Passage> passages = segmenter.segment(body, "en", null);

        assertThat(passages).allMatch(passage -> passage.text().length() <= (passage.kind() == Kind.PARAGRAPH
                ? TextSegmenter.DEFAULT_MAX_PARAGRAPH : TextSegmenter.DEFAULT_MAX_SENTENCE));
        assertThat(passages).filteredOn(passage -> passage.kind() == Kind.PARAGRAPH).hasSizeGreaterThan(1)
                .allMatch(passage -> passage.paragraph() == 0);
        assertThat(passages).filteredOn(passage -> passage.kind() == Kind.SENTENCE)
                .allMatch(passage -> passage.text().endsWith(",") || passage.text().endsWith("."));
    }

    @Test
    void blankBodiesHaveNoPassagesAndNullIsRefused() {
        assertThat(segmenter.segment("", "en", null)).isEmpty();
        assertThat(segmenter.segment(" \n\n \t\n\n", null, null)).isEmpty();
        assertThatThrownBy(() -> segmenter.segment(null, "en", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("body");
        assertThatThrownBy(() -> new TextSegmenter(100, 200)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void springCreatesItAsTheSegmenterBean() {
        try (var context = new AnnotationConfigApplicationContext(TextSegmenter.class)) {
            Segmenter bean = context.getBean(Segmenter.class);
            assertThat(bean.segment("One. Two.", "en", null)).hasSize(3);
        }
    }
}
