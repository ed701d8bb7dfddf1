package org.factbench.indexer.parse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/** Finishes each draft a format reader hands over for one file and passes the results to the caller's sink. */
final class FinishingSink implements ArticleSink {

    private static final Logger log = LoggerFactory.getLogger(FinishingSink.class);

    private final ArticleFinisher finisher;
    private final SidecarMetadata sidecar;
    private final boolean singleArticle;
    private final ReadOptions options;
    private final Consumer<ParseResult> sink;
    private int delivered;

    FinishingSink(ArticleFinisher finisher, SidecarMetadata sidecar, boolean singleArticle, ReadOptions options,
                  Consumer<ParseResult> sink) {
        this.finisher = finisher;
        this.sidecar = sidecar;
        this.singleArticle = singleArticle;
        this.options = options;
        this.sink = sink;
    }

    @Override
    public void article(ParsedArticle draft) {
        ParseResult result;
        try {
            result = finisher.finish(draft, sidecar, singleArticle, options);
        } catch (RuntimeException e) {
            log.warn("Finishing {} failed unexpectedly", draft.source(), e);
            result = new ParseResult.Failed(draft.source(), "could not be normalized (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        deliver(result);
    }

    @Override
    public void failed(String source, String reason) {
        deliver(new ParseResult.Failed(source, reason));
    }

    @Override
    public void note(String source, String note) {
        SinkException.deliver(sink, new ParseResult.Noted(source, note));
    }

    /** How many results of this file reached the caller, for messages about failures that come later. */
    int delivered() {
        return delivered;
    }

    private void deliver(ParseResult result) {
        delivered++;
        SinkException.deliver(sink, result);
    }
}
