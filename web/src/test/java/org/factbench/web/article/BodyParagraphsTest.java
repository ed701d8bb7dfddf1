package org.factbench.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.factbench.core.corpus.HighlightedText;
import org.factbench.core.corpus.HighlightedText.Segment;
import org.factbench.indexer.segment.Passage;
import org.factbench.indexer.segment.TextSegmenter;
import org.junit.jupiter.api.Test;

class BodyParagraphsTest {

    private static final String BODY = "First paragraph here.\n\nSecond one, longer.\n \n\nThird.";

    @Test
    void paragraphs_keep_their_offsets_into_the_whole_body() {
        List<BodyParagraphs.Paragraph> paragraphs = BodyParagraphs.split(BODY);

        assertThat(paragraphs).extracting(BodyParagraphs.Paragraph::text)
                .containsExactly("First paragraph here.", "Second one, longer.", "Third.");
        for (BodyParagraphs.Paragraph paragraph : paragraphs) {
            assertThat(BODY.substring(paragraph.start(), paragraph.end())).isEqualTo(paragraph.text());
        }
    }

    @Test
    void paragraphs_are_those_the_indexer_numbered_its_passages_by() {
        String body = "  Opening line of the report.\n\nThe council met on 3 May. It voted 7 to 2.\n\t\n\n"
                + "Closing remarks were brief.  ";
        List<BodyParagraphs.Paragraph> paragraphs = BodyParagraphs.split(body);
        List<Passage> passages = new TextSegmenter().segment(body, "en", null);

        assertThat(paragraphs).hasSize(3);
        for (int i = 0; i < paragraphs.size(); i++) {
            int index = i;
            List<Passage> ofParagraph = passages.stream()
                    .filter(p -> p.kind() == Passage.Kind.PARAGRAPH && p.paragraph() == index).toList();
            assertThat(ofParagraph.getFirst().start()).isEqualTo(paragraphs.get(i).start());
            assertThat(ofParagraph.getLast().end()).isEqualTo(paragraphs.get(i).end());
        }
    }

    @Test
    void the_passage_is_marked_only_inside_the_paragraphs_it_covers() {
        List<BodyParagraphs.Paragraph> paragraphs = BodyParagraphs.split(BODY);
        int start = BODY.indexOf("here.");
        int end = BODY.indexOf(", longer");
        Optional<PassageRange> passage = Optional.of(new PassageRange(start, end));

        assertThat(BodyParagraphs.highlight(paragraphs.get(0), passage).segments()).containsExactly(
                new Segment("First paragraph ", false), new Segment("here.", true));
        assertThat(BodyParagraphs.highlight(paragraphs.get(1), passage).segments()).containsExactly(
                new Segment("Second one", true), new Segment(", longer.", false));
        assertThat(BodyParagraphs.highlight(paragraphs.get(2), passage).hasHighlight()).isFalse();
    }

    @Test
    void a_passage_beyond_the_body_highlights_nothing() {
        BodyParagraphs.Paragraph only = BodyParagraphs.split("Short.").getFirst();

        HighlightedText text = BodyParagraphs.highlight(only, Optional.of(new PassageRange(100, 120)));

        assertThat(text.hasHighlight()).isFalse();
        assertThat(text.plainText()).isEqualTo("Short.");
    }
}
