package org.factbench.indexer.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects what a {@link CorpusReader} delivered, for assertions. */
final class Results {

    final List<ParsedArticle> parsed = new ArrayList<>();
    final List<ParseResult.Failed> failed = new ArrayList<>();
    final List<ParseResult.Noted> notes = new ArrayList<>();

    static Results read(CorpusReader reader, ReadOptions options, Path... paths) {
        Results results = new Results();
        reader.read(List.of(paths), options, result -> {
            switch (result) {
                case ParseResult.Parsed p -> results.parsed.add(p.article());
                case ParseResult.Failed f -> results.failed.add(f);
                case ParseResult.Noted n -> results.notes.add(n);
            }
        });
        return results;
    }

    static Results read(Path... paths) {
        return read(new FormatDetectingCorpusReader(), ReadOptions.defaults(), paths);
    }

    ParsedArticle only() {
        if (parsed.size() != 1 || !failed.isEmpty()) {
            throw new AssertionError("expected exactly one article and no failure, got " + parsed.size()
                    + " article(s) and failures " + failed);
        }
        return parsed.getFirst();
    }

    ParseResult.Failed onlyFailure() {
        if (failed.size() != 1) {
            throw new AssertionError("expected exactly one failure, got " + failed + " and " + parsed.size() + " article(s)");
        }
        return failed.getFirst();
    }
}
