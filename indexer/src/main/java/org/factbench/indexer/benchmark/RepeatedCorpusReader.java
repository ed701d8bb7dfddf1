package org.factbench.indexer.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.factbench.indexer.parse.CorpusReader;
import org.factbench.indexer.parse.ParseResult;
import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.parse.ReadOptions;

/**
 * Reads the same inputs {@code times} times; every repetition after the first gives each article a new URL,
 * hence a new id, so the corpus really grows (the copies are near-duplicates of the first round, as syndicated
 * news would be). Streams like the reader it wraps: nothing is held between articles.
 */
final class RepeatedCorpusReader implements CorpusReader {

    private final CorpusReader reader;
    private final int times;

    RepeatedCorpusReader(CorpusReader reader, int times) {
        this.reader = reader;
        this.times = times;
    }

    @Override
    public void read(List<Path> paths, ReadOptions options, Consumer<ParseResult> sink) {
        repeat(sink, copies -> reader.read(paths, options, copies));
    }

    @Override
    public void readLeavingLanguagesUndetected(List<Path> paths, ReadOptions options, Consumer<ParseResult> sink) {
        repeat(sink, copies -> reader.readLeavingLanguagesUndetected(paths, options, copies));
    }

    private void repeat(Consumer<ParseResult> sink, Consumer<Consumer<ParseResult>> readOnce) {
        for (int round = 0; round < times; round++) {
            int r = round;
            readOnce.accept(result -> sink.accept(r == 0 ? result : copy(result, r)));
        }
    }

    @Override
    public ParsedArticle detectLanguage(ParsedArticle article) {
        return reader.detectLanguage(article);
    }

    private static ParseResult copy(ParseResult result, int round) {
        return switch (result) {
            case ParseResult.Failed f -> new ParseResult.Failed(f.source() + "#round" + round, f.reason());
            case ParseResult.Noted n -> n;
            case ParseResult.Parsed p -> {
                ParsedArticle a = p.article();
                String origin = a.url() != null ? a.url() : a.source();
                String key = UUID.nameUUIDFromBytes(origin.getBytes(StandardCharsets.UTF_8)).toString();
                yield new ParseResult.Parsed(new ParsedArticle(a.source() + "#round" + round,
                        "https://repeat.example/round-" + round + "/" + key, a.title(), a.outlet(), a.authors(),
                        a.published(), a.language(), a.body(), a.notes()));
            }
        };
    }
}
