package org.factbench.indexer.parse;

/** Where a format reader hands what it found: one call per article or per unreadable part of its input. */
public interface ArticleSink {

    void article(ArticleDraft draft);

    /**
     * @param source the file, plus "#line 12", "#item 3" or "#record 5" for a part of a container
     * @param reason a sentence a user can act on
     */
    void failed(String source, String reason);
}
