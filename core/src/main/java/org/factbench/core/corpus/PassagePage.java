package org.factbench.core.corpus;

import java.util.List;

/** One page of passage hits and the total number of matches. */
public record PassagePage(List<PassageHit> hits, long total, int page, int size) {

    public PassagePage {
        hits = List.copyOf(hits);
    }
}
