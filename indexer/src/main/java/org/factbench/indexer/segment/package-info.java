/**
 * Passage segmentation: a normalized article body becomes paragraph and sentence passages with character offsets
 * into the body and the dates and numbers they mention. {@link org.factbench.indexer.segment.TextSegmenter} is the
 * {@link org.factbench.indexer.segment.Segmenter} the indexer uses; the rest is package-private.
 */
package org.factbench.indexer.segment;
