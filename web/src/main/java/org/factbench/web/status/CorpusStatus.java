package org.factbench.web.status;

/**
 * Whether passage search can reach the corpus store.
 *
 * @param location where the store was expected, e.g. {@code http://127.0.0.1:9200}
 * @param problem  what went wrong, or null when available
 */
public record CorpusStatus(boolean available, String location, String problem) {

    static CorpusStatus reachable(String location) {
        return new CorpusStatus(true, location, null);
    }

    static CorpusStatus unreachable(String location, String problem) {
        return new CorpusStatus(false, location, problem);
    }

    /** What the user reads in the banner and in the search view. */
    public String message() {
        return available
                ? "Search is available."
                : "Search is unavailable: cannot reach Elasticsearch at " + location + "; retrying.";
    }
}
