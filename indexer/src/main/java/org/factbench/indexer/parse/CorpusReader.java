package org.factbench.indexer.parse;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads files and directories of any supported format (plain text, HTML, JSON Lines, RSS/Atom, WARC, .gz)
 * and streams one result per article to {@code sink}, so memory stays bounded whatever the input size.
 * Never throws for bad input: every problem becomes a {@link ParseResult.Failed} and reading goes on.
 */
public interface CorpusReader {

    void read(List<Path> paths, ReadOptions options, Consumer<ParseResult> sink);

    /**
     * Reads like {@link #read}, except that an article whose source states no language arrives with a null
     * language for {@link #detectLanguage} to fill in. Detection is the costliest step of reading and reading is
     * sequential: a caller with a pool of threads detects there instead of on its one reading thread.
     */
    default void readLeavingLanguagesUndetected(List<Path> paths, ReadOptions options, Consumer<ParseResult> sink) {
        read(paths, options, sink);
    }

    /** The article with its language detected if it has none; thread-safe. */
    default ParsedArticle detectLanguage(ParsedArticle article) {
        return article;
    }
}
