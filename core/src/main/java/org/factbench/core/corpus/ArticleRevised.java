package org.factbench.core.corpus;

/**
 * Published (as a Spring application event) by whoever stores a new version of an article in the corpus, so
 * core re-anchors the evidence that points into older versions. {@code version} is the new version.
 */
public record ArticleRevised(String articleId, int version) {
}
