package org.factbench.web.article;

/**
 * A browser selection as the reader's script reports it: for each end, the {@code data-start} of the paragraph
 * element it lies in and the number of characters of that paragraph's text before it; plus the text the browser
 * says is selected (only compared, never stored).
 */
record SelectionEnds(int startParagraph, int startOffset, int endParagraph, int endOffset, String text) {
}
