package org.factbench.indexer.parse.html;

/** A page over the {@link HtmlLimits}: reported as too complex and skipped, so it cannot stall the load. */
public final class TooComplexException extends RuntimeException {

    TooComplexException(String message) {
        super(message, null, false, false);
    }
}
