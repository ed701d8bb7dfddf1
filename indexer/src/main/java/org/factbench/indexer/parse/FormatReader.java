package org.factbench.indexer.parse;

import java.io.IOException;

/**
 * Reads one input file of one format. A reader reports what it can recover from (a bad line, item or record)
 * through {@link ArticleSink#failed} and goes on; anything it throws fails the rest of the file only.
 */
public interface FormatReader {

    void read(InputFile input, ArticleSink sink) throws IOException;
}
