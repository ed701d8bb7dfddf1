package org.factbench.core.evidence;

/**
 * A span a checker selected in the article reader: [start, end) over the normalized body of that article
 * version, the text they saw there ({@code quote}), and what it means for the claim. Any span can be
 * linked, partial sentences included; the quote must equal the article text at those offsets.
 */
public record EvidenceSelection(String articleId, int articleVersion, int start, int end, String quote, Stance stance,
        String note) {
}
