package org.factbench.indexer.segment;

import java.time.LocalDate;
import java.util.List;

/** Splits a normalized body into paragraph and sentence passages with extracted dates and numbers. */
public interface Segmenter {

    /** @param published the publication date used to resolve relative dates; null when unknown */
    List<Passage> segment(String body, String language, LocalDate published);
}
