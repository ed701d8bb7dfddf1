package org.factbench.core.report;

import java.util.List;

/**
 * What a report shows about one evidence link beyond the link itself, read from the article version at publish
 * time: its authors and a short context around the quote (about a sentence each side, cut at a word). Kept in
 * the snapshot so a report never needs the corpus to be up, nor the article to be unchanged.
 *
 * @param evidenceId    the {@code EvidenceView.id} this belongs to
 * @param contextBefore text just before the quote (empty at the start of the article)
 * @param contextAfter  text just after the quote
 */
public record EvidenceSource(long evidenceId, List<String> articleAuthors, String articleLanguage, String contextBefore,
        String contextAfter) {

    public EvidenceSource {
        articleAuthors = articleAuthors == null ? List.of() : List.copyOf(articleAuthors);
        contextBefore = contextBefore == null ? "" : contextBefore;
        contextAfter = contextAfter == null ? "" : contextAfter;
    }
}
