package org.factbench.indexer.segment;

import java.util.List;
import org.factbench.core.corpus.ArticleParagraphs;

/** The paragraphs of a normalized body, by core's rule ({@link ArticleParagraphs}) that the reader shares. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<Span> of(String body) {
        return ArticleParagraphs.of(body).stream().map(range -> new Span(range.start(), range.end())).toList();
    }
}
