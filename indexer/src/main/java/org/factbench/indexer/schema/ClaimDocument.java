package org.factbench.indexer.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A claim in the {@code claims} index (doc id = claim id). {@code embedding} and {@code embeddedWith} are null for a
 * claim the model does not cover (not English) or saved while the model was unavailable: it is matched lexically only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimDocument(long claimId, String statement, String claimant, String language, List<String> tags,
                            String status, float[] embedding, String embeddedWith) {

    public ClaimDocument {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A claim without a vector. */
    public ClaimDocument(long claimId, String statement, String claimant, String language, List<String> tags,
                         String status) {
        this(claimId, statement, claimant, language, tags, status, null, null);
    }

    @JsonAnyGetter
    public Map<String, Object> languageFields() {
        return Languages.localized("statement", language, statement)
                .<Map<String, Object>>map(f -> Map.of(f.getKey(), f.getValue())).orElse(Map.of());
    }
}
