package org.factbench.core.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factbench.core.suggestion.EmbeddingProgress;
import org.factbench.core.suggestion.EvidenceSuggester;
import org.factbench.core.suggestion.Suggestion;
import org.factbench.core.suggestion.SuggestionRequest;
import org.springframework.stereotype.Component;

/** Core's suggestion port in memory: returns the suggestions a test put in, minus the excluded ones; the indexer ranks for real. */
@Component
public class InMemoryEvidenceSuggester implements EvidenceSuggester {

    private final List<Suggestion> suggestions = new CopyOnWriteArrayList<>();
    private volatile SuggestionRequest lastRequest;

    public void offer(Suggestion suggestion) {
        suggestions.add(suggestion);
    }

    public void clear() {
        suggestions.clear();
    }

    public SuggestionRequest lastRequest() {
        return lastRequest;
    }

    @Override
    public List<Suggestion> suggest(SuggestionRequest request) {
        lastRequest = request;
        List<Suggestion> result = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (!request.excludedPassageIds().contains(s.passageId()) && !request.excludedSpans().contains(s.span())
                    && result.size() < request.limit()) {
                result.add(s);
            }
        }
        return result;
    }

    @Override
    public EmbeddingProgress progress() {
        return new EmbeddingProgress(3, 4, 10.0, true, "in-memory");
    }
}
