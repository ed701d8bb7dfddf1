package org.factbench.core.suggestion;

import java.time.LocalDate;
import java.util.Set;

/**
 * What to find evidence for.
 *
 * @param claimedOn          when the claim was made (its first appearance), or null: a time window around it is preferred
 * @param excludedPassageIds dismissed for this claim
 * @param excludedSpans      already linked as evidence, as {@code articleId:start:end}
 */
public record SuggestionRequest(String statement, String language, LocalDate claimedOn, Set<String> excludedPassageIds,
        Set<String> excludedSpans, int limit) {

    public SuggestionRequest {
        excludedPassageIds = excludedPassageIds == null ? Set.of() : Set.copyOf(excludedPassageIds);
        excludedSpans = excludedSpans == null ? Set.of() : Set.copyOf(excludedSpans);
        limit = Math.clamp(limit, 1, 50);
    }

    public static SuggestionRequest of(String statement, String language, LocalDate claimedOn, int limit) {
        return new SuggestionRequest(statement, language, claimedOn, Set.of(), Set.of(), limit);
    }

    public static String span(String articleId, int start, int end) {
        return articleId + ":" + start + ":" + end;
    }
}
