package org.factbench.core.evidence;

/** What a re-anchoring pass over one article did, for the progress log and the UI. */
public record ReanchorSummary(String articleId, int toVersion, int examined, int exactPosition, int exactQuote, int fuzzy,
        int orphaned) {

    static ReanchorSummary start(String articleId, int toVersion) {
        return new ReanchorSummary(articleId, toVersion, 0, 0, 0, 0, 0);
    }

    ReanchorSummary plus(ReanchorSummary chunk) {
        return new ReanchorSummary(articleId, toVersion, examined + chunk.examined, exactPosition + chunk.exactPosition,
                exactQuote + chunk.exactQuote, fuzzy + chunk.fuzzy, orphaned + chunk.orphaned);
    }
}
