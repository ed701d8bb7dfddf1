package org.factbench.indexer.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factbench.indexer.segment.ExtractedDate;
import org.factbench.indexer.segment.ExtractedNumber;
import org.factbench.indexer.segment.Passage;
import org.factbench.indexer.segment.Segmenter;
import org.factbench.indexer.segment.TextSegmenter;

/**
 * What a claim states that a passage can agree or disagree with: dates and numbers found by the very scanners
 * the loader runs on passages (the segmenter's, with the claim's day resolving "on Friday"), and names and places.
 */
record ClaimFacts(String statement, List<ExtractedDate> dates, List<ExtractedNumber> numbers, List<Names.Name> names) {

    private static final Segmenter SEGMENTER = new TextSegmenter();

    static ClaimFacts of(String statement, String language, LocalDate claimedOn) {
        List<ExtractedDate> dates = new ArrayList<>();
        List<ExtractedNumber> numbers = new ArrayList<>();
        for (Passage passage : SEGMENTER.segment(statement, language, claimedOn)) {
            if (passage.kind() == Passage.Kind.PARAGRAPH) {
                dates.addAll(passage.dates());
                numbers.addAll(passage.numbers());
            }
        }
        // A number inside a date ("23" of "23 December") is part of the date.
        numbers.removeIf(n -> dates.stream().anyMatch(d -> n.start() < d.end() && d.start() < n.end()));
        return new ClaimFacts(statement, List.copyOf(dates), List.copyOf(numbers), Names.of(statement));
    }
}
