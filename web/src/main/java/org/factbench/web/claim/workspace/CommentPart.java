package org.factbench.web.claim.workspace;

/**
 * A stretch of a comment's body: plain text, or the {@code @name} of a mentioned user. Public only because Flow
 * serializes renderer properties by reflection, which cannot reach a type that is not.
 */
public record CommentPart(String text, boolean mention) {
}
