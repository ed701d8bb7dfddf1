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
}
