package org.factbench.indexer.parse;

import java.io.IOException;

/** The gzip layer of an input is truncated or damaged; whatever was read before it stays valid. */
public final class CorruptGzipException extends IOException {

    CorruptGzipException(IOException cause) {
        super("truncated or corrupt gzip data (" + cause.getMessage() + ")", cause);
    }
}
