package org.factbench.web.article;

/**
 * What the user selected in the reader, as core's evidence selectors need it: {@code [start, end)} over the
 * body of that article version and {@code quote}, the body text there (never the text the browser reported).
 */
public record ArticleSelection(String articleId, int articleVersion, int start, int end, String quote) {
}
