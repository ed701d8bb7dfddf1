package org.factbench.indexer.parse;

/** Where a format reader hands what it found: one call per article or per unreadable part of its input. */
public interface ArticleSink {

    void article(ParsedArticle draft);

    /**
     * @param source the file, plus "#line 12", "#item 3" or "#record 5" for a part of a container
     * @param reason a sentence a user can act on
     */
    void failed(String source, String reason);

    /**
     * A remark about the input that is neither an article nor a failure, e.g. "skipped 38 non-HTTP record(s)";
     * it goes to the load summary's notes and does not make a load fail.
     */
    void note(String source, String note);
}
