package org.factbench.core.suggestion;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A passage suggested as evidence: the whole paragraph at [start, end) of {@code articleId} at
 * {@code articleVersion} (so accepting it links exactly {@code text}), and why it was suggested.
 *
 * @param lexicalRank  1-based rank in the keyword retrieval, 0 when it was not among its hits
 * @param semanticRank 1-based rank in the vector retrieval, 0 when it was not among its hits (or not embedded yet)
 * @param matchedTerms the claim's words (or their stems) found in the passage
 * @param signals      the claim's dates, numbers, places and names compared with the passage's
 */
public record Suggestion(String passageId, String articleId, int articleVersion, String title, String outlet,
        OffsetDateTime published, String language, int start, int end, String text, double score, int lexicalRank,
        int semanticRank, List<String> matchedTerms, List<AgreementSignal> signals) {

    public Suggestion {
        matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    public boolean semanticMatch() {
        return semanticRank > 0;
    }

    public boolean lexicalMatch() {
        return lexicalRank > 0;
    }

    public String span() {
        return SuggestionRequest.span(articleId, start, end);
    }
}
