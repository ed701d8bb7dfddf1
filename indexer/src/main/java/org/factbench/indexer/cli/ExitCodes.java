package org.factbench.indexer.cli;

/** What the CLI's exit status means. */
final class ExitCodes {

    static final int OK = 0;
    /** The command ran, but some inputs or articles were not stored (the summary lists them). */
    static final int SOME_FAILED = 1;
    /** Bad command line (picocli's own code for usage errors). */
    static final int USAGE = 2;
    /** Elasticsearch could not be reached or the indices could not be set up. */
    static final int UNAVAILABLE = 3;

    private ExitCodes() {
    }
}
