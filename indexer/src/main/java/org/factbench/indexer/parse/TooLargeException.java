package org.factbench.indexer.parse;

import java.io.IOException;

/** An input that would have to be held in memory at once is bigger than the configured limit. */
public final class TooLargeException extends IOException {

    public TooLargeException(String what, long limitBytes) {
        super(what + " is larger than the limit of " + Sizes.describe(limitBytes)
                + " for one document held in memory; split it, or raise factbench.parse.max-document-bytes");
    }
}
