package org.factbench.core.review;

/** A verdict a checker puts forward: a code of the rating scale and the reasoning. */
public record VerdictDraft(String rating, String summary) {
}
