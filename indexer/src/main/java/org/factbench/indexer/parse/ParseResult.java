package org.factbench.indexer.parse;

/** What reading one article-sized unit of a source gave: an article, or a failure that is reported and skipped. */
public sealed interface ParseResult {

    String source();

    record Parsed(ParsedArticle article) implements ParseResult {
        @Override
        public String source() {
            return article.source();
        }
    }

    /** @param reason a sentence a user can act on, e.g. "invalid JSON at line 17: unexpected end of input" */
    record Failed(String source, String reason) implements ParseResult {
    }

    /**
     * A remark about an input that is not a failure, e.g. records of a web archive that were skipped because they
     * hold no web page.
     */
    record Noted(String source, String note) implements ParseResult {
    }
}
