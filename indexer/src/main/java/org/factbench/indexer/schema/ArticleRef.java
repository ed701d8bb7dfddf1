package org.factbench.indexer.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A few fields of an {@link ArticleDocument}, for reads that fetch part of the source (version checks, lookups,
 * near-duplicate candidates). Every field may be absent from such a read, so none is primitive.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleRef(String articleId, Integer version, String contentHash, Integer passageCount,
                         Instant ingestedAt, int[] dedupSignature, String duplicateOf, List<String> versionHashes) {

    /** True when {@code hash} is the text of this version or of an earlier one. */
    public boolean hasHadContent(String hash) {
        return hash.equals(contentHash) || (versionHashes != null && versionHashes.contains(hash));
    }

    public int versionOrZero() {
        return version == null ? 0 : version;
    }
}
