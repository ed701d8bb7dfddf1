package org.factbench.web.status;

import java.time.Instant;

/** Asks the corpus store whether it answers. */
interface CorpusProbe {

    /** A fresh, or a few seconds old, answer. */
    Observation check();

    /**
     * What was seen, and when: a cached answer may be older than a failure seen since.
     *
     * @param localNode true when the store is the local node Factbench runs (and starts again when it goes away)
     * @param detail    the cause for people who can fix it, when not up
     */
    record Observation(boolean up, boolean localNode, String detail, Instant at) {

        static Observation up(boolean localNode, Instant at) {
            return new Observation(true, localNode, "", at);
        }

        static Observation down(boolean localNode, String detail, Instant at) {
            return new Observation(false, localNode, detail, at);
        }
    }
}
