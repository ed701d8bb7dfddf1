package org.factbench.indexer.ingest;

/**
 * Per-load choices.
 *
 * @param bulkMode turn periodic refresh off while loading and refresh once at the end (big loads; the CLI);
 *                 small loads (an upload in the web app) leave it on
 */
public record LoadOptions(boolean bulkMode) {

    public static final LoadOptions SMALL = new LoadOptions(false);
    public static final LoadOptions BULK = new LoadOptions(true);
}
