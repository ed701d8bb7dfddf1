package org.factbench.core.corpus;

import java.time.Instant;

/** A version of an article without its body, for version pickers. */
public record ArticleVersionSummary(String articleId, int version, String contentHash, Instant ingestedAt) {
}
