/**
 * Reading article sources of every supported format into {@link org.factbench.indexer.parse.ParsedArticle}s:
 * the {@link org.factbench.indexer.parse.CorpusReader} contract, its implementation
 * {@link org.factbench.indexer.parse.FormatDetectingCorpusReader}, and one sub-package per format
 * (text, html, jsonl, feed, warc). Bad input becomes a {@link org.factbench.indexer.parse.ParseResult.Failed}
 * with the file and a reason; it never stops a batch. See docs/PARSING.md.
 */
package org.factbench.indexer.parse;
