package org.factbench.indexer.parse;

import java.util.function.Consumer;

/**
 * Carries an exception thrown by the caller's sink through the format readers, which must not mistake it for
 * bad input; {@link FormatDetectingCorpusReader} rethrows the original.
 */
final class SinkException extends RuntimeException {

    private SinkException(RuntimeException cause) {
        super(cause);
    }

    static void deliver(Consumer<ParseResult> sink, ParseResult result) {
        try {
            sink.accept(result);
        } catch (RuntimeException e) {
            throw new SinkException(e);
        }
    }

    @Override
    public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
    }
}
