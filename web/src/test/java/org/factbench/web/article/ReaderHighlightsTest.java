package org.factbench.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Highlights cut a paragraph into pieces; overlapping ones share pieces, labels show where each starts. */
class ReaderHighlightsTest {

    @Test
    void overlapping_highlights_and_one_that_goes_on_into_the_next_paragraph() {
        String body = "Alpha beta gamma delta.\n\nEpsilon zeta.";
        List<BodyParagraphs.Paragraph> paragraphs = BodyParagraphs.split(body);
        ReaderHighlight supports = new ReaderHighlight(body.indexOf("beta"), body.indexOf(" delta"), "fb-ev-supports", "Supports", null);
        ReaderHighlight refutes = new ReaderHighlight(body.indexOf("gamma"), body.indexOf(" zeta"), "fb-ev-refutes", "Refutes", null);

        List<BodyParagraphs.Piece> first = BodyParagraphs.decorate(paragraphs.get(0), List.of(supports, refutes));
        assertThat(first).extracting(BodyParagraphs.Piece::text)
                .containsExactly("Alpha ", "beta ", "gamma", " delta.");
        assertThat(first.get(0).highlights()).isEmpty();
        assertThat(first.get(1).highlights()).containsExactly(supports);
        assertThat(first.get(1).starting()).containsExactly(supports);
        assertThat(first.get(2).highlights()).containsExactly(supports, refutes);
        assertThat(first.get(2).starting()).containsExactly(refutes);
        assertThat(first.get(3).highlights()).containsExactly(refutes);
        assertThat(String.join("", first.stream().map(BodyParagraphs.Piece::text).toList())).isEqualTo(paragraphs.get(0).text());

        List<BodyParagraphs.Piece> second = BodyParagraphs.decorate(paragraphs.get(1), List.of(supports, refutes));
        assertThat(second).extracting(BodyParagraphs.Piece::text).containsExactly("Epsilon", " zeta.");
        // Labelled again at the top of the paragraph it continues into.
        assertThat(second.get(0).starting()).containsExactly(refutes);
        assertThat(second.get(1).highlights()).isEmpty();
    }
}
