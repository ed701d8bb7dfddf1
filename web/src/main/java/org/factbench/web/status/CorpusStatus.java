package org.factbench.web.status;

/**
 * Whether passage search can reach the corpus store, in words for the user.
 *
 * @param message what the banner says (empty when available)
 * @param detail  why, for whoever can fix it (empty when available)
 */
public record CorpusStatus(boolean available, String message, String detail) {

    static CorpusStatus reachable() {
        return new CorpusStatus(true, "", "");
    }

    static CorpusStatus unreachable(String location, String detail) {
        return new CorpusStatus(false,
                "Search is unavailable: cannot reach Elasticsearch at " + location + "; retrying.", detail);
    }

    static CorpusStatus starting(String location) {
        return new CorpusStatus(false,
                "Search is not available yet: Elasticsearch at " + location + " is starting; retrying.", "");
    }
}
