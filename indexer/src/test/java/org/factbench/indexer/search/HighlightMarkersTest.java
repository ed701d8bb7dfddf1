package org.factbench.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factbench.core.corpus.HighlightedText;
import org.factbench.core.corpus.HighlightedText.Segment;
import org.junit.jupiter.api.Test;

class HighlightMarkersTest {

    private static final String PRE = HighlightMarkers.PRE;
    private static final String POST = HighlightMarkers.POST;

    @Test
    void markedRangesBecomeHighlightedSegments() {
        HighlightedText text = HighlightMarkers.segments("talks in Moscow ended",
                List.of("talks in " + PRE + "Moscow" + POST + " ended"));

        assertThat(text.segments()).containsExactly(new Segment("talks in ", false), new Segment("Moscow", true),
                new Segment(" ended", false));
    }

    @Test
    void matchesFromSeveralFieldsAreMerged() {
        HighlightedText text = HighlightMarkers.segments("встречи в Москве",
                List.of(PRE + "встречи" + POST + " в Москве", "встречи в " + PRE + "Москве" + POST));

        assertThat(text.segments()).containsExactly(new Segment("встречи", true), new Segment(" в ", false),
                new Segment("Москве", true));
    }

    @Test
    void aHighlightThatDoesNotReproduceTheTextIsIgnored() {
        HighlightedText text = HighlightMarkers.segments("a <b>bold</b> claim", List.of("a " + PRE + "bold" + POST + " claim"));

        assertThat(text).isEqualTo(HighlightedText.plain("a <b>bold</b> claim"));
    }

    @Test
    void textThatContainsTheMarkersItselfIsNeverParsed() {
        String tricky = "odd " + PRE + "text" + POST;

        assertThat(HighlightMarkers.segments(tricky, List.of(tricky))).isEqualTo(HighlightedText.plain(tricky));
    }

    @Test
    void unbalancedMarkersAreRejected() {
        assertThat(HighlightMarkers.ranges(PRE + "a" + PRE + "b" + POST, "ab")).isEmpty();
        assertThat(HighlightMarkers.ranges("a" + POST, "a")).isEmpty();
    }
}
