package org.factbench.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Browser selection ends (paragraph data-start + characters before the end in that paragraph) to body offsets. */
class SelectionMappingTest {

    private static final String BODY = "By Test Outlet\n\n"
            + "The meeting was held in Moscow. It lasted two days.\n\n"
            + "Встреча прошла в Москве 23–24 декабря.\n\n"
            + "Görüş Moskvada keçirildi, iştirakçılar əməkdaşlıq barədə danışdılar.";

    private final List<BodyParagraphs.Paragraph> paragraphs = BodyParagraphs.split(BODY);

    @Test
    void half_a_sentence_inside_one_paragraph() {
        BodyParagraphs.Paragraph english = paragraph("The meeting");
        int from = "The meeting was held ".length();
        int to = "The meeting was held in Moscow".length();

        SelectionMapping.Span span = resolve(new SelectionEnds(english.start(), from, english.start(), to, "in Moscow"));

        assertThat(span.quote()).isEqualTo("in Moscow");
        assertThat(BODY.substring(span.start(), span.end())).isEqualTo("in Moscow");
        assertThat(span.start()).isEqualTo(BODY.indexOf("in Moscow"));
    }

    @Test
    void a_selection_across_two_paragraphs_keeps_the_paragraph_break_of_the_body() {
        BodyParagraphs.Paragraph english = paragraph("The meeting");
        BodyParagraphs.Paragraph russian = paragraph("Встреча");
        int from = english.text().indexOf("It lasted");
        int to = "Встреча прошла".length();
        // Chromium reports a paragraph break in the selection's text as one or two newlines: words must agree.
        SelectionMapping.Span span = resolve(new SelectionEnds(english.start(), from, russian.start(), to,
                "It lasted two days.\nВстреча прошла"));

        assertThat(span.quote()).isEqualTo("It lasted two days.\n\nВстреча прошла");
        assertThat(BODY.substring(span.start(), span.end())).isEqualTo(span.quote());
    }

    @Test
    void cyrillic_and_azerbaijani_letters_count_as_one_character_each_as_in_the_dom() {
        BodyParagraphs.Paragraph russian = paragraph("Встреча");
        int from = russian.text().indexOf("Москве");
        SelectionMapping.Span moscow = resolve(new SelectionEnds(russian.start(), from, russian.start(),
                from + "Москве".length(), "Москве"));
        assertThat(moscow.start()).isEqualTo(BODY.indexOf("Москве"));
        assertThat(moscow.quote()).isEqualTo("Москве");

        BodyParagraphs.Paragraph azerbaijani = paragraph("Görüş");
        int at = azerbaijani.text().indexOf("əməkdaşlıq");
        SelectionMapping.Span cooperation = resolve(new SelectionEnds(azerbaijani.start(), at, azerbaijani.start(),
                at + "əməkdaşlıq".length(), "əməkdaşlıq"));
        assertThat(cooperation.quote()).isEqualTo("əməkdaşlıq");
        assertThat(cooperation.start()).isEqualTo(BODY.indexOf("əməkdaşlıq"));
    }

    @Test
    void whitespace_around_a_selection_is_left_out_and_ends_given_backwards_are_put_in_order() {
        BodyParagraphs.Paragraph english = paragraph("The meeting");
        int end = english.text().indexOf("It lasted");
        SelectionMapping.Span span = resolve(new SelectionEnds(english.start(), end, english.start(),
                english.text().indexOf("held") - 1, " held in Moscow. "));

        assertThat(span.quote()).isEqualTo("held in Moscow.");
    }

    @Test
    void ends_that_name_no_paragraph_of_this_body_or_lie_outside_it_or_disagree_with_the_text_are_refused() {
        BodyParagraphs.Paragraph english = paragraph("The meeting");
        // Not a paragraph start of this body (a forged or stale data-start).
        assertThat(SelectionMapping.resolve(BODY, paragraphs, new SelectionEnds(english.start() + 1, 0, english.start(), 5, null))).isEmpty();
        // Past the end of the paragraph.
        assertThat(SelectionMapping.resolve(BODY, paragraphs,
                new SelectionEnds(english.start(), 0, english.start(), english.text().length() + 1, null))).isEmpty();
        assertThat(SelectionMapping.resolve(BODY, paragraphs, new SelectionEnds(english.start(), -1, english.start(), 3, null))).isEmpty();
        // Only whitespace.
        int space = english.text().indexOf(' ');
        assertThat(SelectionMapping.resolve(BODY, paragraphs,
                new SelectionEnds(english.start(), space, english.start(), space + 1, " "))).isEmpty();
        // The browser saw other text there: the page and the body disagree, nothing is linked.
        assertThat(SelectionMapping.resolve(BODY, paragraphs,
                new SelectionEnds(english.start(), 0, english.start(), 3, "Moscow"))).isEmpty();
    }

    private SelectionMapping.Span resolve(SelectionEnds ends) {
        return SelectionMapping.resolve(BODY, paragraphs, ends).orElseThrow();
    }

    private BodyParagraphs.Paragraph paragraph(String opening) {
        return paragraphs.stream().filter(p -> p.text().startsWith(opening)).findFirst().orElseThrow();
    }
}
